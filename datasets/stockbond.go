package datasets

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// Relative paths of the files behind the stock-bond builders.
const fileGSPC = "yahoo_daily/GSPC_daily.csv"

// SP500Daily returns the daily close of the S&P 500 price index (Yahoo
// ^GSPC, dividends excluded; the paper's SPX) in index points, 1927-12-30
// to 2025-01-03, from yahoo_daily/GSPC_daily.csv located with Locate(dir,
// ...). Name "SPX".
func SP500Daily(dir string) (series.Series, error) {
	p, err := Locate(dir, fileGSPC)
	if err != nil {
		return series.Series{}, err
	}
	f, err := yahooClose.read(p)
	if err != nil {
		return series.Series{}, err
	}
	s := f.Cols[0]
	s.Name, s.Unit = "SPX", series.UnitIndex
	return s, nil
}

// DGS10Daily returns the 10-year Treasury constant-maturity yield in
// DECIMALS, 1962-01-02 to 2025-12-30: CMTDaily(dir, 10). Name "DGS10".
func DGS10Daily(dir string) (series.Series, error) { return CMTDaily(dir, 10) }

// cmtSplice is the last date taken from the H.15 snapshot
// (fred_h15_treasury_cmt ends on 2021-01-04); later dates come from
// fred_daily where it has the maturity.
var cmtSplice = series.Date(2021, 1, 4)

// CMTDaily returns the daily Treasury constant-maturity yield of the given
// maturity in years (one of CMTTenors: 1/12, 0.25, 0.5, 1, 2, 3, 5, 7, 10,
// 20, 30) in DECIMALS (4.25% -> 0.0425), Freq Daily, one value per day on
// which H.15 published it (missing rows dropped), named after its FRED id
// (e.g. "DGS30"). It reads fred_h15_treasury_cmt/<id>.csv (to 2021-01-04)
// and, for DGS2, DGS10 and DGS30, splices fred_daily/<id>.csv for later
// dates (to 2025-12-30); the two files agree on their overlap (see
// TestDGS10SpliceOverlap). Start dates differ by maturity (1962 for 10
// years, 1977 for 30 years; see CMTTenors). It returns an error for a
// maturity that is not a CMT tenor.
func CMTDaily(dir string, maturity float64) (series.Series, error) {
	id, have := "", make([]string, len(CMTTenors))
	for i, t := range CMTTenors {
		if t.Years == maturity {
			id = t.Name
		}
		have[i] = strconv.FormatFloat(t.Years, 'g', 4, 64)
	}
	if id == "" {
		return series.Series{}, fmt.Errorf("datasets: CMTDaily: no constant-maturity series of %v years (have %s)", maturity, strings.Join(have, ", "))
	}
	s, err := locateFRED(dir, "fred_h15_treasury_cmt/"+id+".csv")
	if err != nil {
		return series.Series{}, err
	}
	s = s.DropNaN()
	if id == "DGS2" || id == "DGS10" || id == "DGS30" {
		late, err := locateFRED(dir, "fred_daily/"+id+".csv")
		if err != nil {
			return series.Series{}, err
		}
		s = splice(s, late.DropNaN(), cmtSplice)
	}
	s.Name, s.Freq = id, series.Daily
	return s.InUnit(series.UnitPercent).PercentToDecimal(), nil
}

// locateFRED locates and reads a FRED file.
func locateFRED(dir, rel string) (series.Series, error) {
	p, err := Locate(dir, rel)
	if err != nil {
		return series.Series{}, err
	}
	return ReadFRED(p)
}

// splice takes a up to and including cut and b after it; the provenance
// lists both files.
func splice(a, b series.Series, cut time.Time) series.Series {
	a = a.Between(time.Time{}, cut)
	b = b.Between(cut.AddDate(0, 0, 1), time.Time{})
	out := a
	out.Dates = append(append([]time.Time(nil), a.Dates...), b.Dates...)
	out.Values = append(append([]float64(nil), a.Values...), b.Values...)
	out.Prov = append(append([]series.Provenance(nil), a.Prov...), b.Prov...)
	return out
}

// PriceYield holds the S&P 500 level and the 10-year yield on their JOINT
// calendar: only dates on which both have a value. The bond market closes
// on days the stock market trades (Columbus Day, Veterans Day) and vice
// versa (e.g. some national days of mourning), so joining first and
// differencing second guarantees that a stock return and a yield change
// always span the same two dates. Bond returns are computed from the
// yield by the fixed-income code (sbcorr/bond), not here.
type PriceYield struct {
	Stock series.Series // S&P 500 price index, index points ("SPX")
	Yield series.Series // 10-year CMT yield, decimal ("DGS10")
	// Synthetic is true for the offline sample (see SampleStockBondDaily):
	// never report its numbers as results on real data.
	Synthetic bool
}

// StockBondDaily returns SP500Daily and DGS10Daily on their joint daily
// calendar (1962-01-02 .. 2025-01-03 with the shared data).
func StockBondDaily(dir string) (PriceYield, error) {
	spx, err := SP500Daily(dir)
	if err != nil {
		return PriceYield{}, err
	}
	y, err := DGS10Daily(dir)
	if err != nil {
		return PriceYield{}, err
	}
	return jointStockBond(spx, y, false), nil
}

// jointStockBond aligns stock and yield on the dates where both have a
// value.
func jointStockBond(stock, yield series.Series, synthetic bool) PriceYield {
	f := series.InnerJoin(stock, yield).DropNaN()
	return PriceYield{Stock: f.Cols[0], Yield: f.Cols[1], Synthetic: synthetic}
}

// StockBondMonthly returns the last joint observation of each month of
// StockBondDaily (dated at that day, e.g. 1999-12-31, 2001-09-28): true
// month-end values, unlike the monthly AVERAGES of the Shiller and H.15
// monthly files.
func StockBondMonthly(dir string) (PriceYield, error) {
	d, err := StockBondDaily(dir)
	if err != nil {
		return PriceYield{}, err
	}
	return d.ResampleLast(series.Monthly), nil
}

// ResampleLast returns the last joint observation of each period (both
// markets open: Frame.ResampleLast). The pair is on the joint calendar
// already; month ends taken per series (a bond holiday on the last stock
// day) are Frame.ResampleLastEach of the series loaded separately
// (series.OuterJoin of SP500Daily and DGS10Daily). It panics for a
// frequency without calendar periods (Daily, Intraday).
func (p PriceYield) ResampleLast(f series.Freq) PriceYield {
	if f != series.Weekly && f != series.Monthly && f != series.Quarterly && f != series.Annual {
		panic(fmt.Sprintf("datasets: PriceYield.ResampleLast: frequency %q has no calendar periods", f))
	}
	fr := series.Frame{Dates: p.Stock.Dates, Cols: []series.Series{p.Stock, p.Yield}}.ResampleLast(f)
	return PriceYield{Stock: fr.Cols[0], Yield: fr.Cols[1], Synthetic: p.Synthetic}
}

// In returns the observations inside the period, e.g.
// p.In(series.Period1980to1999). Cutting before differencing drops the
// return INTO the first date of the period (1979-12-31 -> 1980-01-02);
// difference first and cut the returns to keep it.
func (p PriceYield) In(per series.Period) PriceYield {
	return PriceYield{Stock: p.Stock.In(per), Yield: p.Yield.In(per), Synthetic: p.Synthetic}
}

// Len returns the number of joint observations.
func (p PriceYield) Len() int { return p.Stock.Len() }
