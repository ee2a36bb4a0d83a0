package dated

import (
	"math"

	"github.com/stockbond/sbcorr/sbcorr/bond"
	"github.com/stockbond/sbcorr/series"
)

// EquityDuration returns the equity duration of Portelli & Roncalli
// (2024), eq. (12), section 3.3.4 (Figure 44), on a dated dividend yield:
// D(t) = 1/DY(t) years (bond.EquityDuration, the Gordon growth model with
// growth independent of the discount rate), DY in decimals. It is NaN with
// its reason where DY is missing, and NaN (Undefined) where DY <= 0.
// Named "equity duration (eq. 12)", unit years.
func EquityDuration(dy series.Series) series.Series {
	d := dy.Map(func(v float64) float64 {
		if math.IsNaN(v) {
			return v
		}
		x, err := bond.EquityDuration(v)
		if err != nil {
			return math.NaN()
		}
		return x
	})
	return undefinedWhereNaN(dy, d).InUnit(series.UnitYears).Named("equity duration (eq. 12)")
}

// EquityDurationRolling returns the equity duration of eq. (11) when
// growth reacts to rates, D(t) = (1 - dg/dr) / (r(t) - g(t))
// (bond.EquityDurationGeneral), with g = r - DY, so that r - g = DY,
// and dg/dr the OLS slope of the h-step changes of g on the h-step
// changes of r over the window observations ending at t (RollingBeta of
// g.Difference(h) on r.Difference(h)). The paper (section 3.3.4, Figure
// 104) does not say how it estimates dg/dr; this rolling regression is one
// choice, e.g. h = 12 and window = 120 for annual changes over ten years
// of monthly data. dy and r are decimals on the same dates. The first
// h + window - 1 values are NaN, and so is any date whose window holds a
// missing value (with the reason) or where DY <= 0 (Undefined). Named
// "equity duration (eq. 11)", unit years. It panics when the dates differ.
func EquityDurationRolling(dy, r series.Series, h, window int) series.Series {
	sameDates("EquityDurationRolling", dy, r)
	g := series.Combine(r, dy, func(r, dy float64) float64 { return r - dy })
	slope := RollingBeta(g.Difference(h), r.Difference(h), window)
	d := make([]float64, dy.Len())
	for t := range d {
		x, err := bond.EquityDurationGeneral(r.Values[t], g.Values[t], slope.Values[t])
		if err != nil {
			x = math.NaN()
		}
		d[t] = x
	}
	// A missing DY at t makes g, its change and so the slope at t NaN.
	out := undefinedWhereNaN(slope, slope.WithValues(d))
	return out.InUnit(series.UnitYears).Named("equity duration (eq. 11)")
}

// undefinedWhereNaN gives d, computed on the dates of in, the reasons of
// in where in is NaN, and reason Undefined where only d is.
func undefinedWhereNaN(in, d series.Series) series.Series {
	why := make([]series.Reason, d.Len())
	for t, v := range d.Values {
		switch {
		case math.IsNaN(in.Values[t]):
			why[t] = in.Reason(t)
		case math.IsNaN(v):
			why[t] = series.Undefined
		}
	}
	return d.WithWhy(why)
}
