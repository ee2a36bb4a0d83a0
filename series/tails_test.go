package series

import (
	"math"
	"slices"
	"testing"
)

// TestTails checks the tails against the quantiles, with NaN and ±Inf, and
// that subnormal values (ordinary values times 2^-1074) fall in the same
// tails as the ordinary ones.
func TestTails(t *testing.T) {
	v := []float64{5, 1, math.NaN(), 3, 9, 7, math.Inf(-1), 2, math.Inf(1), 4}
	lower, upper := Tails(v, 0.2)
	lo, hi := Quantile(v, 0.2), Quantile(v, 0.8)
	for i, x := range v {
		if lower[i] != (x <= lo) || upper[i] != (x >= hi) {
			t.Errorf("v[%d] = %v: lower %v upper %v, quantiles %v %v", i, x, lower[i], upper[i], lo, hi)
		}
	}
	if lower[2] || upper[2] || !lower[6] || !upper[8] {
		t.Errorf("NaN or infinities misplaced: lower %v upper %v", lower, upper)
	}
	tiny := make([]float64, len(v))
	for i, x := range v {
		tiny[i] = x * 0x1p-1074
	}
	tl, tu := Tails(tiny, 0.2)
	if !slices.Equal(tl, lower) || !slices.Equal(tu, upper) {
		t.Errorf("subnormal tails %v %v, want %v %v", tl, tu, lower, upper)
	}
}
