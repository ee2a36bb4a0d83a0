package macro

import (
	"math"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestCorrelationCurve checks the curve against Sensitivity (a column of
// Tables 6-10) and NaN where the model is invalid.
func TestCorrelationCurve(t *testing.T) {
	m := LiDefault()
	values := []float64{0.005, 0.01, 0.03, 0.05}
	want, err := m.Sensitivity(SigmaPi, values)
	if err != nil {
		t.Fatal(err)
	}
	f := m.CorrelationCurve(SigmaPi)
	for i, v := range values {
		if got := f(v); got != want[i] {
			t.Errorf("sigma_pi = %v: %v, want %v", v, got, want[i])
		}
	}
	if got := m.CorrelationCurve(VelR)(1); !math.IsNaN(got) {
		t.Errorf("varrho_r = 1 (unit root): %v, want NaN", got)
	}
	errtest.Panics(t, "unknown parameter", func() { m.CorrelationCurve(NumLiParams) }, "macro: Li.With: ")
}
