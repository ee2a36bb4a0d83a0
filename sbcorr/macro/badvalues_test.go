package macro

import (
	"math"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestRatioSpliceInfinite checks: an infinite level at the
// splice (in either series) or among the values used is an error naming the
// index, not a series of zeros or infinities.
func TestRatioSpliceInfinite(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	for _, c := range []struct {
		name        string
		early, late []float64
		want        string
	}{
		{"early +Inf at the splice", []float64{10, 11, inf, 13}, []float64{nan, nan, 24, 26}, "early series is +Inf at the splice index 2"},
		{"late +Inf at the splice", []float64{10, 11, 12, 13}, []float64{nan, nan, inf, 26}, "late series is +Inf at index 2"},
		{"early -Inf before the splice", []float64{10, math.Inf(-1), 12, 13}, []float64{nan, nan, 24, 26}, "early series is -Inf at index 1"},
		{"late +Inf after the splice", []float64{10, 11, 12, 13}, []float64{nan, nan, 24, inf}, "late series is +Inf at index 3"},
	} {
		_, err := RatioSplice(c.early, c.late)
		errtest.Says(t, c.name, err, "macro: RatioSplice:", c.want)
	}
	// Infinite values where they are not used (early after the splice) are
	// ignored, as NaN are.
	got, err := RatioSplice([]float64{10, 11, 12, inf}, []float64{nan, nan, 24, 26})
	if err != nil || got[0] != 20 || got[3] != 26 {
		t.Errorf("unused +Inf: %v, %v", got, err)
	}
}

// TestChangeInfinite checks that an infinite level gives NaN changes (not
// -100% or +Inf) at the dates that use it.
func TestChangeInfinite(t *testing.T) {
	c := Change([]float64{100, math.Inf(1), 110, 121}, 1)
	for i, want := range []bool{true, true, true, false} {
		if math.IsNaN(c[i]) != want {
			t.Errorf("Change t=%d: %v", i, c[i])
		}
	}
}
