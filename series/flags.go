package series

import (
	"github.com/stockbond/sbcorr/internal/must"
	"math"
)

// Where returns the observations of s at the dates where the 0/1 indicator
// flag is 1 (a NaN flag never selects): the returns of the bond-safety days
// of dated.SafetyRisky, say, r.Where(safety). s and flag must share their
// dates; it panics otherwise.
func (s Series) Where(flag Series) Series {
	return s.When(flag, func(f float64) bool { return f == 1 })
}

// Share returns the share, in [0, 1], of the non-NaN values of s that
// satisfy pred: the share of months with a negative bond premium is
// pb.Share(func(v float64) bool { return v < 0 }). It is NaN when s has no
// non-NaN value, and panics when pred is nil.
func (s Series) Share(pred func(v float64) bool) float64 {
	must.NotNil("series: Share", "pred", pred)
	n, k := 0, 0
	for _, v := range s.Values {
		if math.IsNaN(v) {
			continue
		}
		n++
		if pred(v) {
			k++
		}
	}
	if n == 0 {
		return math.NaN()
	}
	return float64(k) / float64(n)
}
