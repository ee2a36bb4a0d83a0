package inputs

import (
	"errors"
	"fmt"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// BondReturn says how a bond return is computed from its yield.
type BondReturn int

const (
	// Footnote15 is the paper's R_B(t) = -S(t) (y(t) - y(t-1)), S the
	// modified duration of a par bond at y(t-1): a price return without
	// carry (dated.ApproxBondReturns). The default.
	Footnote15 BondReturn = iota
	// ParBond is the exact holding-period return of a par bond, coupon
	// carry included (dated.ParBondReturns).
	ParBond
)

// StockReturn says which S&P 500 index the stock return is taken on.
type StockReturn int

const (
	// PriceIndex is the S&P 500 price index (Yahoo ^GSPC, the paper's SPX,
	// dividends excluded). The default.
	PriceIndex StockReturn = iota
	// TotalReturn is the S&P 500 with dividends reinvested (the
	// Schwert/Yahoo/Shiller index of schwert_yahoo_sp500tr).
	TotalReturn
)

// Options selects the US stock-bond pair: frequency, bond maturity and how
// both returns are computed. The zero value is the daily pair of the paper
// with the 10-year bond.
type Options struct {
	Freq     series.Freq // Daily (the zero value), Weekly, Monthly, Quarterly or Annual
	Maturity float64     // constant maturity of the bond in years (datasets.CMTTenors); 0 means 10
	Bond     BondReturn  // Footnote15 (default) or ParBond
	Stock    StockReturn // PriceIndex (default) or TotalReturn
	Dir      string      // data folder; "" uses the environment (see datasets.Locate)
}

// Pair is the US stock-bond pair of Portelli & Roncalli (2024), section
// 3.1: simple S&P 500 returns and bond returns computed from a Treasury
// constant-maturity yield, on the JOINT calendar of the two markets (a
// stock return and a bond return always span the same two dates), at the
// end of each period of the frequency (the last joint observation of each
// month for Monthly). All three series share their dates.
type Pair struct {
	Stock series.Series // S&P 500 return over the period, decimal
	Bond  series.Series // bond return over the period, decimal
	Yield series.Series // the yield at the end of the period, decimal
	// Synthetic is true on the offline sample (datasets.SampleStockBondDaily):
	// never report its numbers as results on real data.
	Synthetic bool
	// Notice is datasets.SyntheticNotice on the sample and "" on real data:
	// display it (nb.Markdown) before the first result.
	Notice string
}

// US returns the pair at frequency freq with the bond of the given
// maturity in years (10 for the paper's generic 10-year bond; any tenor of
// datasets.CMTTenors), footnote-15 bond returns and S&P 500 price returns.
// Without the data folder, the 10-year pair falls back to the synthetic
// sample (see Pair.Synthetic); other maturities return the missing-data
// error.
func US(freq series.Freq, maturity float64) (Pair, error) {
	return USWith(Options{Freq: freq, Maturity: maturity})
}

// USWith returns the pair selected by o (see Options and US).
func USWith(o Options) (Pair, error) {
	if o.Maturity == 0 {
		o.Maturity = 10
	}
	if o.Freq == "" {
		o.Freq = series.Daily
	}
	stock, yield, synthetic, err := levels(o)
	if err != nil {
		return Pair{}, err
	}
	f := series.InnerJoin(stock, yield).DropNaN()
	if o.Freq != series.Daily {
		f = f.ResampleLast(o.Freq)
	}
	stock, yield = f.Cols[0], f.Cols[1]
	p := Pair{Stock: stock.SimpleReturns().Named("S&P 500"), Yield: yield, Synthetic: synthetic}
	if o.Bond == ParBond {
		p.Bond = dated.ParBondReturns(yield, o.Maturity)
	} else {
		p.Bond = dated.ApproxBondReturns(yield, o.Maturity)
	}
	p.Bond = p.Bond.Named(fmt.Sprintf("%gY bond", o.Maturity))
	p.Yield = yield.In(series.Period{From: p.Stock.First()})
	if synthetic {
		p.Notice = datasets.SyntheticNotice
	}
	return p, nil
}

// levels returns the S&P 500 level and the yield of o, or the synthetic
// sample's when the real files are missing and the sample fits o.
func levels(o Options) (stock, yield series.Series, synthetic bool, err error) {
	yield, err = datasets.CMTDaily(o.Dir, o.Maturity)
	if err == nil {
		stock, err = stockLevel(o)
	}
	if err == nil || !errors.Is(err, datasets.ErrNoData) || o.Maturity != 10 || o.Stock != PriceIndex {
		return stock, yield, false, err
	}
	s := datasets.SampleStockBondDaily()
	return s.Stock, s.Yield, true, nil
}

// stockLevel returns the S&P 500 index level of o.
func stockLevel(o Options) (series.Series, error) {
	if o.Stock == TotalReturn {
		s, err := datasets.LoadSeries(o.Dir, "schwert_yahoo_sp500tr/adjusted_close_data")
		if err != nil {
			return s, err
		}
		return s.DropNaN().AtFreq(series.Daily), nil
	}
	return datasets.SP500Daily(o.Dir)
}

// Title returns s, marked "[SYNTHETIC DATA]" on the synthetic sample: use
// it for every chart and table title built from the pair.
func (p Pair) Title(s string) string {
	if p.Synthetic {
		return s + " [SYNTHETIC DATA]"
	}
	return s
}

// In returns the pair inside the period (dates inclusive), cut after the
// returns were computed.
func (p Pair) In(per series.Period) Pair {
	p.Stock, p.Bond, p.Yield = p.Stock.In(per), p.Bond.In(per), p.Yield.In(per)
	return p
}

// Years returns the pair in calendar years from to to (see In).
func (p Pair) Years(from, to int) Pair { return p.In(series.Years(from, to)) }

// Fingerprint returns a short digest of the files and date range behind
// the pair, for the version of a datasets.Cached result.
func (p Pair) Fingerprint() string { return datasets.Fingerprint(p.Stock, p.Bond) }
