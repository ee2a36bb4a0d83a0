package series

import (
	"fmt"
	"math"
)

// Tails marks the values of v in its lower and upper tails: lower[i] when
// v[i] <= Quantile(v, p), upper[i] when v[i] >= Quantile(v, 1-p) (type-7
// quantiles over the non-NaN values). The quantiles and comparisons run on
// v times 2^-e, e the binary exponent of its largest finite magnitude (an
// exact scaling), so subnormal values interpolate as ordinary ones. NaN is
// in neither tail; +Inf is in the upper tail and -Inf in the lower. Used
// for bond-safety and bond-risky days (Hu, Jin & Pan, "A Tale of Two
// Days") and for the bad and good regimes of the copula tables. It panics
// unless 0 <= p <= 1.
func Tails(v []float64, p float64) (lower, upper []bool) {
	if !(p >= 0 && p <= 1) {
		panic(fmt.Sprintf("series: Tails: p = %v outside [0, 1]", p))
	}
	big := 0.0
	for _, x := range v {
		if !math.IsInf(x, 0) && !math.IsNaN(x) {
			big = math.Max(big, math.Abs(x))
		}
	}
	_, e := math.Frexp(big)
	scaled := make([]float64, len(v))
	for i, x := range v {
		scaled[i] = math.Ldexp(x, -e)
	}
	lo, hi := Quantile(scaled, p), Quantile(scaled, 1-p)
	lower, upper = make([]bool, len(v)), make([]bool, len(v))
	for i, x := range scaled {
		lower[i], upper[i] = x <= lo, x >= hi
	}
	return lower, upper
}
