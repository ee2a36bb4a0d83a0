package curve

import (
	"math"
	"testing"
)

// FuzzFitNelsonSiegel checks that fits of arbitrary curves never panic and
// return either an error or finite parameters within the bounds.
func FuzzFitNelsonSiegel(f *testing.F) {
	f.Add(0.01, 0.02, 0.03, 0.035, 0.04, false)
	f.Add(0.05, 0.04, 0.03, 0.02, 0.01, true)
	f.Add(-0.5, 2.0, 0.0, 1e-9, 5.0, true)
	f.Fuzz(func(t *testing.T, a, b, c, d, e float64, par bool) {
		y := []float64{a, b, c, d, e}
		opt := FitOptions{}
		if par {
			opt.Target = ParYields
		}
		p, diag, err := FitNelsonSiegel([]float64{0.25, 1, 2, 5, 10}, y, opt)
		if err != nil {
			return
		}
		for _, v := range []float64{p.B0, p.B1, p.B2, p.Tau, diag.RMSE} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("non-finite fit %+v %+v for %v", p, diag, y)
			}
		}
		if p.Tau < 0.125-1e-12 || p.Tau > 10+1e-12 {
			t.Fatalf("tau %v out of bounds", p.Tau)
		}
	})
}
