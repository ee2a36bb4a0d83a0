package series

import (
	"fmt"
	"github.com/stockbond/sbcorr/internal/must"
	"math"
)

// WithValues returns s's dates, name, unit, frequency and provenance with
// new values: the way to put a plain-slice estimator's output back on its
// dates, e.g.
//
//	rho := x.WithValues(sbcorr.RollingCorr(x.Values, y.Values, 48, 48)).Named("rho")
//
// Why is cleared (set it with WithWhy when the estimator reports reasons).
// It panics when len(v) differs from s.Len().
func (s Series) WithValues(v []float64) Series {
	if len(v) != len(s.Dates) {
		panic(fmt.Sprintf("series: WithValues: %d values for the %d dates of %q", len(v), len(s.Dates), s.Name))
	}
	s.Values, s.Why = v, nil
	return s
}

// WithWhy returns s with the reasons why its NaN values are NaN (see
// Reason). It panics when len(why) differs from s.Len() or a reason other
// than OK is given for a defined value.
func (s Series) WithWhy(why []Reason) Series {
	if len(why) != len(s.Values) {
		panic(fmt.Sprintf("series: WithWhy: %d reasons for the %d values of %q", len(why), len(s.Values), s.Name))
	}
	for i, r := range why {
		if r != OK && !math.IsNaN(s.Values[i]) {
			panic(fmt.Sprintf("series: WithWhy: %q: reason %q at index %d, whose value %v is defined", s.Name, r, i, s.Values[i]))
		}
	}
	s.Why = why
	return s
}

// Map returns the series with f applied to every value (NaN values
// included; f decides). The unit is unchanged: relabel it with InUnit when
// f changes it. A NaN result keeps the input's reason when the input was
// NaN, and has reason Undefined when f made it (the square root of a
// negative value); a value f defines has no reason. It panics when f is
// nil.
func (s Series) Map(f func(v float64) float64) Series {
	s.check("Map")
	must.NotNil("series: Map", "f", f)
	v := make([]float64, len(s.Values))
	var why []Reason
	for i, x := range s.Values {
		if v[i] = f(x); math.IsNaN(v[i]) {
			if why == nil {
				why = make([]Reason, len(v))
			}
			why[i] = Undefined
			if math.IsNaN(x) {
				why[i] = s.Reason(i)
			}
		}
	}
	s.Values, s.Why = v, why
	return s
}

// Scale returns the series with every value multiplied by k and labelled
// with unit u, e.g. s.Scale(0.01, UnitDecimal) turns percent into
// decimals. It panics when k is NaN or infinite.
func (s Series) Scale(k float64, u Unit) Series {
	if math.IsNaN(k) || math.IsInf(k, 0) {
		panic(fmt.Sprintf("series: Scale: factor %v is not finite", k))
	}
	out := s.Map(func(v float64) float64 { return v * k })
	out.Unit = u
	return out
}

// PercentToDecimal returns the series divided by 100 with UnitDecimal
// (4.25 -> 0.0425). The result is within one unit in the last place of the
// decimal written in the file (0.93/100 = 0.009300000000000001). It panics
// when s is already in decimals, so a series is never divided twice; a
// series of unknown unit is converted.
func (s Series) PercentToDecimal() Series {
	if s.Unit == UnitDecimal {
		panic(fmt.Sprintf("series: PercentToDecimal: %q is already in decimals", s.Name))
	}
	out := s.Map(func(v float64) float64 { return v / 100 })
	out.Unit = UnitDecimal
	return out
}

// Lag returns the series shifted by k observations on the same dates:
// out_t = x_{t-k}. The first k values are NaN (reason TooFew); a negative k
// leads. It panics when |k| exceeds the length.
func (s Series) Lag(k int) Series {
	s.check("Lag")
	n := len(s.Values)
	if k > n || -k > n {
		panic(fmt.Sprintf("series: Lag: |k| = %d exceeds the length %d of %q", k, n, s.Name))
	}
	v := make([]float64, n)
	why := make([]Reason, n)
	for i := range v {
		j := i - k
		if j < 0 || j >= n {
			v[i], why[i] = math.NaN(), TooFew
			continue
		}
		v[i] = s.Values[j]
		if math.IsNaN(v[i]) {
			why[i] = s.Reason(j)
		}
	}
	s.Values, s.Why = v, why
	return s
}

// FillForward replaces a missing value by the last available one, carrying
// it over at most limit consecutive observations; longer gaps stay NaN
// beyond the limit. Leading missing values stay NaN. It panics when limit
// is negative. Forward-filling is never done implicitly by the toolkit.
func (s Series) FillForward(limit int) Series {
	s.check("FillForward")
	if limit < 0 {
		panic(fmt.Sprintf("series: FillForward: negative limit %d", limit))
	}
	v := make([]float64, len(s.Values))
	var why []Reason
	if s.Why != nil {
		why = make([]Reason, len(s.Values))
	}
	last, run := math.NaN(), 0
	for i, x := range s.Values {
		switch {
		case !math.IsNaN(x):
			v[i], last, run = x, x, 0
		case run < limit && !math.IsNaN(last):
			v[i] = last
			run++
		default:
			v[i] = math.NaN()
			if why != nil {
				why[i] = s.Why[i]
			}
			run++
		}
	}
	s.Values, s.Why = v, why
	return s
}
