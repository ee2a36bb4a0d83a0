package copula

import (
	"fmt"
	"math"
)

// bisect returns the root of f in [lo, hi] to about 1e-13 relative precision.
// It returns an error when f(lo) and f(hi) have the same sign (no bracket),
// so callers can report that no solution exists.
func bisect(f func(float64) float64, lo, hi float64) (float64, error) {
	flo, fhi := f(lo), f(hi)
	if math.IsNaN(flo) || math.IsNaN(fhi) {
		return math.NaN(), fmt.Errorf("function is NaN at the bracket [%v, %v]", lo, hi)
	}
	if flo == 0 {
		return lo, nil
	}
	if fhi == 0 {
		return hi, nil
	}
	if (flo > 0) == (fhi > 0) {
		return math.NaN(), fmt.Errorf("no root in [%v, %v]: f = %.3g and %.3g have the same sign", lo, hi, flo, fhi)
	}
	for i := 0; i < 200 && hi-lo > 1e-13*math.Max(1, math.Abs(lo)); i++ {
		mid := lo + (hi-lo)/2
		fm := f(mid)
		if fm == 0 {
			return mid, nil
		}
		if (fm > 0) == (flo > 0) {
			lo, flo = mid, fm
		} else {
			hi = mid
		}
	}
	return lo + (hi-lo)/2, nil
}
