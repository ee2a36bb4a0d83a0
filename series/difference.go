package series

import (
	"fmt"
	"math"
)

// Difference returns the h-step difference x_t - x_{t-h} dated at t, in
// the unit of s: the annual change of a monthly yield or duration is
// Difference(12), and Difference(1) equals Diff but keeps s's length. The
// first h values are NaN (reason TooFew); a value is NaN where either end
// is missing or the h steps are not all adjacent (SpansGap), exactly as
// in Change, which it follows for the positions (a zero x_{t-h} is fine
// here). It panics unless h >= 1.
func (s Series) Difference(h int) Series {
	if h < 1 {
		panic(fmt.Sprintf("series: Difference: horizon %d < 1", h))
	}
	c := s.Change(h)
	v := make([]float64, len(s.Values))
	why := make([]Reason, len(s.Values))
	for t := range v {
		r, d := c.Reason(t), math.NaN()
		if r == OK || r == Undefined { // Undefined: a zero base, which a difference allows
			d = s.Values[t] - s.Values[t-h]
		}
		if v[t] = d; math.IsNaN(d) {
			why[t] = r
		}
	}
	out := s
	out.Values, out.Why = v, why
	return out
}
