package inputs

import (
	"fmt"

	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/series"
)

// Mix returns the return of the constant-mix portfolio holding the weight w
// in stocks and 1-w in bonds, rebalanced at every period of the pair
// (monthly for a monthly pair): R(t) = w R_S(t) + (1-w) R_B(t), decimal,
// on the pair's dates, named after the weights in percent ("60/40" for
// w = 0.6). Its risk and return are dated.Perform(p.Mix(w)) (Portelli &
// Roncalli (2024), section 4, Figure 59). A NaN return of either asset
// gives a NaN return.
func (p Pair) Mix(w float64) series.Series {
	return series.Combine(p.Stock, p.Bond, func(s, b float64) float64 { return w*s + (1-w)*b }).
		Named(fmt.Sprintf("%.0f/%.0f", 100*w, 100*(1-w)))
}

// Corr returns the Pearson correlation of the pair's stock and bond
// returns over its dates (sbcorr.Corr), e.g. us.Years(1980, 1999).Corr()
// for the positive correlation of the paper's first sub-period. It
// returns sbcorr.Corr's error (a NaN return, fewer than 2 dates, a
// constant series): cut the pair to dates where both returns are defined.
func (p Pair) Corr() (float64, error) { return sbcorr.Corr(p.Stock.Values, p.Bond.Values) }

// When returns the pair at the dates where cond's value satisfies pred:
// the days in NBER recessions, say, with cond a recession flag read on the
// pair's dates (usrec.AsOf(p.Stock.Dates)). cond must have the pair's
// dates (series.Series.When panics otherwise).
func (p Pair) When(cond series.Series, pred func(v float64) bool) Pair {
	p.Stock, p.Bond, p.Yield = p.Stock.When(cond, pred), p.Bond.When(cond, pred), p.Yield.When(cond, pred)
	return p
}
