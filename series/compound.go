package series

import (
	"fmt"
	"math"
)

// CompoundReturns returns the h-period compounded return ending at each
// date of a series of one-period simple returns (decimals),
//
//	R_t(h) = (1 + r_{t-h+1}) (1 + r_{t-h+2}) ... (1 + r_t) - 1,
//
// dated at t: the overlapping 3-year returns of monthly data are
// CompoundReturns(36) (Portelli & Roncalli (2024), section 3.5.2, Figures
// 114-115). The result has the dates of s; the first h-1 values are NaN
// (TooFew), a value is NaN where a return of its window is NaN (that
// return's reason) and where two consecutive returns of the window are not
// adjacent at the series' frequency (SpansGap: the window would hold a
// missing period). Cut a series to a period before compounding to keep
// every window inside the period. It panics unless h >= 1.
func (s Series) CompoundReturns(h int) Series {
	s.check("CompoundReturns")
	if h < 1 {
		panic(fmt.Sprintf("series: CompoundReturns: horizon %d < 1", h))
	}
	v := make([]float64, len(s.Values))
	why := make([]Reason, len(s.Values))
	gapAt, nanAt := -1, -1 // last index with a gap before it, last NaN return
	anyNaN := false
	for t := range v {
		if t > 0 && !s.Adjacent(t) {
			gapAt = t
		}
		if math.IsNaN(s.Values[t]) {
			nanAt = t
		}
		switch {
		case t < h-1:
			why[t] = TooFew
		case nanAt > t-h:
			why[t] = s.Reason(nanAt)
		case gapAt > t-h+1:
			why[t] = SpansGap
		default:
			p := 1.0
			for _, r := range s.Values[t-h+1 : t+1] {
				p *= 1 + r
			}
			v[t] = p - 1
			continue
		}
		v[t], anyNaN = math.NaN(), true
	}
	if !anyNaN {
		why = nil
	}
	out := s
	out.Values, out.Why, out.Unit = v, why, UnitDecimal
	return out
}
