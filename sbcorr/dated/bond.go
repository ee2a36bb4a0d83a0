package dated

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/sbcorr/bond"
	"github.com/stockbond/sbcorr/series"
)

// ApproxBondReturns returns bond.ApproxReturns on a dated yield series
// (decimals): the paper's footnote 15, R_B(t) = -S(t) (y(t) - y(t-1)) with
// S the modified duration of a par bond of the given maturity (years) at
// y(t-1), dated at t (one observation shorter than y). A return is NaN with
// its reason where a yield is missing or where the two yields are not one
// period apart (see series.Series.Changes): the 2002-2006 hole of a
// 30-year series never becomes one monthly return. Named "<y> bond".
func ApproxBondReturns(y series.Series, maturity float64) series.Series {
	return bondReturns(y, fmt.Sprintf("%s bond", y.Name), bond.ApproxReturns(y.Values, maturity))
}

// ParBondReturns returns bond.ParReturns on a dated yield series: the
// exact holding-period return of a par bond of the given maturity bought at
// y(t-1) and sold at y(t), coupon carry included, over the period of the
// series' frequency (bond.Daily, bond.Weekly, bond.Monthly, a quarter or a
// year). NaN as in ApproxBondReturns. It panics for a series without a
// frequency or an intraday series. Named "<y> par bond".
func ParBondReturns(y series.Series, maturity float64) series.Series {
	period := map[series.Freq]float64{series.Daily: bond.Daily, series.Weekly: bond.Weekly,
		series.Monthly: bond.Monthly, series.Quarterly: 0.25, series.Annual: bond.Yearly}[y.Freq]
	if period == 0 {
		panic(fmt.Sprintf("dated: ParBondReturns: %q has frequency %q: need daily, weekly, monthly, quarterly or annual", y.Name, y.Freq))
	}
	return bondReturns(y, fmt.Sprintf("%s par bond", y.Name), bond.ParReturns(y.Values, maturity, period))
}

// bondReturns dates r (element t is the return from t-1 to t) like
// y.Changes: NaN with its reason where a yield is missing or a gap is
// spanned, Undefined where the pricing failed.
func bondReturns(y series.Series, name string, r []float64) series.Series {
	out := y.Changes(series.UnitDecimal, func(prev, cur float64) float64 { return 0 })
	for t := range out.Values {
		if out.Reason(t) != series.OK {
			continue
		}
		out.Values[t] = r[t+1]
		if math.IsNaN(r[t+1]) {
			if out.Why == nil {
				out.Why = make([]series.Reason, len(out.Values))
			}
			out.Why[t] = series.Undefined
		}
	}
	return out.Named(name)
}
