package series

import (
	"fmt"
	"math"
	"time"
)

// Constant returns the series holding v at every one of dates, named name,
// in decimals: a constant allocation x_S = 75% on the dates of a rolling
// estimate is series.Constant("x_S", 0.75, volS.Dates). The dates are not
// copied; it panics when they do not increase.
func Constant(name string, v float64, dates []time.Time) Series {
	vals := make([]float64, len(dates))
	for i := range vals {
		vals[i] = v
	}
	s := Series{Name: name, Unit: UnitDecimal, Dates: dates, Values: vals}
	s.check("Constant")
	return s
}

// Interpolate returns, at every one of dates, the value of the
// piecewise-linear function of time through the knots (at[k], v[k]):
//
//	x(t) = v[k-1] + (v[k] - v[k-1]) (t - at[k-1]) / (at[k] - at[k-1]),  at[k-1] <= t < at[k],
//
// v[0] before the first knot and the last value from the last knot on, so
// a path read from a text ("70% in the early 1980s, 60% in the
// mid-1980s, 90% in 2000, ...") becomes a series on the dates of the data.
// Time is measured in hours, so the interpolation is linear in calendar
// time. The result is named name, in decimals. It panics when at and v
// differ in length or are empty, when the knots do not increase, when a
// value is NaN or infinite, or when dates do not increase. Values of any
// finite magnitude interpolate without overflow.
func Interpolate(name string, dates, at []time.Time, v []float64) Series {
	if len(at) != len(v) || len(at) == 0 {
		panic(fmt.Sprintf("series: Interpolate: %d knots and %d values (need the same number, at least one)", len(at), len(v)))
	}
	for k := range at {
		if k > 0 && !at[k].After(at[k-1]) {
			panic(fmt.Sprintf("series: Interpolate: knot %d (%s) does not follow the previous one", k, at[k].Format(time.DateOnly)))
		}
		if math.IsNaN(v[k]) || math.IsInf(v[k], 0) {
			panic(fmt.Sprintf("series: Interpolate: value %d is %v", k, v[k]))
		}
	}
	vals := make([]float64, len(dates))
	for i, t := range dates {
		vals[i] = v[len(v)-1]
		if t.Before(at[0]) {
			vals[i] = v[0]
		}
		for k := 1; k < len(at); k++ {
			if !t.Before(at[k-1]) && t.Before(at[k]) {
				h, span := t.Sub(at[k-1]).Hours(), at[k].Sub(at[k-1]).Hours()
				if d := v[k] - v[k-1]; !math.IsInf(d, 0) {
					vals[i] = v[k-1] + d*h/span
				} else { // values more than 1.8e308 apart
					vals[i] = (1-h/span)*v[k-1] + h/span*v[k]
				}
			}
		}
	}
	s := Series{Name: name, Unit: UnitDecimal, Dates: dates, Values: vals}
	s.check("Interpolate")
	return s
}
