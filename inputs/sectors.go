package inputs

import (
	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// SectorTickers are the Select Sector SPDR ETFs, in alphabetical order,
// with the GICS sector of the S&P 500 each one tracks (the sector indices
// of Portelli & Roncalli (2024), section 3.3.1, Table 17).
var SectorTickers = []struct{ Ticker, Sector string }{
	{"XLB", "Materials"}, {"XLC", "Communication Services"}, {"XLE", "Energy"}, {"XLF", "Financials"},
	{"XLI", "Industrials"}, {"XLK", "Information Technology"}, {"XLP", "Consumer Staples"},
	{"XLRE", "Real Estate"}, {"XLU", "Utilities"}, {"XLV", "Health Care"}, {"XLY", "Consumer Discretionary"},
}

// Sectors are the monthly total returns of the S&P 500 and of its GICS
// sectors through exchange-traded funds, with the bond: the public
// counterpart of Table 17 of Portelli & Roncalli (2024) from 2005. Every
// series is a month-end to month-end simple return of adjusted closes
// (dividends reinvested), decimals, dated on the 1st of the month, on one
// calendar: the months from the first sector ETF return (2005-03) where
// SPY and the bond have a return.
type Sectors struct {
	// Index is the SPDR S&P 500 ETF (SPY), the cap-weighted index.
	Index series.Series
	// ETFs holds the 11 sector ETFs of SectorTickers, named by ticker, NaN
	// (reason Missing) before a fund's first month-end return (XLRE
	// 2015-11, XLC 2018-07).
	ETFs series.Frame
	// Bond is the return of a 10-year par bond over the month, coupon
	// included (ParBond on the month-end 10-year CMT yield).
	Bond series.Series
}

// SectorETFs returns the sector ETFs of sector_etfs/ with SPY
// (yahoo_daily/SPY_daily) and the bond (see Sectors). It returns an error
// wrapping datasets.ErrNoData when a file is missing.
func SectorETFs() (Sectors, error) {
	spy, err := datasets.LoadSeries("", "yahoo_daily/SPY_daily")
	if err != nil {
		return Sectors{}, err
	}
	bond, err := monthlyParBond()
	if err != nil {
		return Sectors{}, err
	}
	etfs := make([]series.Series, len(SectorTickers))
	first := bond.Last()
	for i, s := range SectorTickers {
		c, err := datasets.LoadSeries("", "sector_etfs/"+s.Ticker)
		if err != nil {
			return Sectors{}, err
		}
		etfs[i] = monthlyReturns(c).Named(s.Ticker)
		if d := etfs[i].First(); d.Before(first) {
			first = d
		}
	}
	f := series.InnerJoin(monthlyReturns(spy).Named("SPY"), bond).DropNaN().Between(first, bond.Last())
	for i := range etfs {
		etfs[i] = reindex(etfs[i], f.Dates)
	}
	return Sectors{Index: f.Cols[0], ETFs: series.NewFrame(f.Dates, etfs...), Bond: f.Cols[1]}, nil
}

// monthlyReturns returns the month-end to month-end simple returns of a
// daily close series, dated on the 1st of the month.
func monthlyReturns(px series.Series) series.Series {
	return px.DropNaN().AtFreq(series.Daily).ResampleLast(series.Monthly).SimpleReturns().AtPeriodStart(series.Monthly)
}
