package dated

import (
	"math"

	"github.com/stockbond/sbcorr/sbcorr/bond"
	"github.com/stockbond/sbcorr/series"
)

// EquityDuration returns bond.EquityDuration of each value of a dividend
// yield series (decimals): the modified duration in years of an equity
// index in the Gordon model, D(t) = 1 / DY(t) (Portelli & Roncalli (2024),
// eq. (12), section 3.3.4, Figure 44), on the dates of dy, named "equity
// duration", unit years. A value is NaN with dy's reason where dy is NaN,
// and with reason Undefined where the dividend yield is not positive.
func EquityDuration(dy series.Series) series.Series {
	v := make([]float64, dy.Len())
	var why []series.Reason
	for t, y := range dy.Values {
		d, err := bond.EquityDuration(y)
		if err == nil {
			v[t] = d
			continue
		}
		if why == nil {
			why = make([]series.Reason, len(v))
		}
		v[t], why[t] = math.NaN(), dy.Reason(t)
		if why[t] == series.OK {
			why[t] = series.Undefined
		}
	}
	out := dy.WithValues(v).Named("equity duration").InUnit(series.UnitYears)
	out.Why = why
	return out
}
