package series

import (
	"fmt"
	"github.com/stockbond/sbcorr/internal/must"
	"math"
)

// Changes applies f to every pair of consecutive observations and dates
// the result at the later one (the result is one observation shorter than
// s), in unit u. It is the building block of returns and differences,
// including the bond returns computed from yields by sbcorr/bond. The
// result is NaN, with its reason in Why, where
//
//   - either value is missing (reason Missing, or the input's own reason),
//   - the two observations are not adjacent at the series' frequency, so
//     the change would span a missing period (SpansGap, see Adjacent),
//   - f returns NaN or ±Inf (Undefined: a return from a zero price).
//
// A change is never silently taken across a gap: drop or fill missing
// values first only if that is what you mean. It panics when f is nil.
func (s Series) Changes(u Unit, f func(prev, cur float64) float64) Series {
	s.check("Changes")
	must.NotNil("series: Changes", "f", f)
	out := s
	out.Unit = u
	if len(s.Values) < 2 {
		out.Dates, out.Values, out.Why = nil, nil, nil
		return out
	}
	n := len(s.Values) - 1
	v := make([]float64, n)
	why := make([]Reason, n)
	anyNaN := false
	for t := range v {
		prev, cur := s.Values[t], s.Values[t+1]
		switch {
		case math.IsNaN(prev):
			why[t] = s.Reason(t)
		case math.IsNaN(cur):
			why[t] = s.Reason(t + 1)
		case !s.Adjacent(t + 1):
			why[t] = SpansGap
		default:
			x := f(prev, cur)
			if math.IsNaN(x) || math.IsInf(x, 0) {
				why[t] = Undefined
			} else {
				v[t] = x
				continue
			}
		}
		v[t], anyNaN = math.NaN(), true
	}
	if !anyNaN {
		why = nil
	}
	out.Dates, out.Values, out.Why = s.Dates[1:], v, why
	return out
}

// SimpleReturns returns r_t = x_t / x_{t-1} - 1 between consecutive
// observations, dated at t, as decimals (0.01 is +1%), not annualised. A
// return is NaN where either price is missing, where it would span a gap
// (see Changes) and where x_{t-1} = 0.
func (s Series) SimpleReturns() Series {
	return s.Changes(UnitDecimal, func(prev, cur float64) float64 { return cur/prev - 1 })
}

// LogReturns returns r_t = ln(x_t / x_{t-1}) as decimals, not annualised
// (see SimpleReturns). It is NaN (reason Undefined) where either value is
// not strictly positive.
func (s Series) LogReturns() Series {
	return s.Changes(UnitDecimal, func(prev, cur float64) float64 {
		if !(prev > 0 && cur > 0) {
			return math.NaN()
		}
		return math.Log(cur / prev)
	})
}

// Diff returns d_t = x_t - x_{t-1} dated at t, in the unit of s (a yield
// change in decimals), NaN as in Changes.
func (s Series) Diff() Series {
	return s.Changes(s.Unit, func(prev, cur float64) float64 { return cur - prev })
}

// Change returns the h-step relative change x_t / x_{t-h} - 1 dated at t
// (year-on-year growth of a quarterly series is Change(4)), decimals. The
// first h values are NaN (TooFew); a value is NaN where either end is
// missing or the h steps are not all adjacent (SpansGap). It panics unless
// h >= 1.
func (s Series) Change(h int) Series {
	s.check("Change")
	if h < 1 {
		panic(fmt.Sprintf("series: Change: horizon %d < 1", h))
	}
	v := make([]float64, len(s.Values))
	why := make([]Reason, len(s.Values))
	gapAt := -1 // last index i with a gap between i-1 and i
	for t := range v {
		if t > 0 && !s.Adjacent(t) {
			gapAt = t
		}
		switch {
		case t < h:
			why[t] = TooFew
		case gapAt > t-h:
			why[t] = SpansGap
		case math.IsNaN(s.Values[t-h]):
			why[t] = s.Reason(t - h)
		case math.IsNaN(s.Values[t]):
			why[t] = s.Reason(t)
		case s.Values[t-h] == 0:
			why[t] = Undefined
		default:
			v[t] = s.Values[t]/s.Values[t-h] - 1
			continue
		}
		v[t] = math.NaN()
	}
	out := s
	out.Values, out.Why, out.Unit = v, why, UnitDecimal
	return out
}
