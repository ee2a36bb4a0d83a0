package curve

import (
	"math"
	"testing"
)

// Treasury par-curve tenors in years.
var tenors = []float64{1.0 / 12, 2.0 / 12, 0.25, 0.5, 1, 2, 3, 5, 7, 10, 20, 30}

var truth = Svensson{B0: 0.045, B1: -0.03, B2: -0.02, B3: 0.025, Tau1: 1.2, Tau2: 8}

func near(t *testing.T, name string, got, want, tol float64) {
	t.Helper()
	if math.IsNaN(got) || math.Abs(got-want) > tol {
		t.Errorf("%s = %.12g, want %.12g (tol %g)", name, got, want, tol)
	}
}

// apply returns f at every maturity of m.
func apply(f func(float64) float64, m []float64) []float64 {
	out := make([]float64, len(m))
	for i, x := range m {
		out[i] = f(x)
	}
	return out
}

func TestFitSvenssonRecoversZeroCurve(t *testing.T) {
	y := apply(truth.Rate, tenors)
	p, d, err := FitSvensson(tenors, y, FitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if d.RMSE > 1e-9 || d.N != len(tenors) {
		t.Errorf("diagnostics %+v", d)
	}
	near(t, "Tau1", p.Tau1, truth.Tau1, 1e-4)
	near(t, "Tau2", p.Tau2, truth.Tau2, 1e-3)
	near(t, "B3", p.B3, truth.B3, 1e-5)
}

func TestFitSvenssonRecoversParCurve(t *testing.T) {
	y := apply(func(m float64) float64 { return ParYield(truth, m) }, tenors)
	p, d, err := FitSvensson(tenors, y, FitOptions{Target: ParYields})
	if err != nil {
		t.Fatal(err)
	}
	// The par polish stops after 40 evaluations: 0.01 bp is far below the
	// bp-level errors on real curves.
	if d.RMSE > 1e-6 {
		t.Errorf("diagnostics %+v, params %+v", d, p)
	}
	for _, m := range []float64{0.5, 4, 15, 25} {
		near(t, "zero rate", p.Rate(m), truth.Rate(m), 1e-5)
	}
}

func TestFitNelsonSiegelAndFixedTau(t *testing.T) {
	ns := NelsonSiegel{B0: 0.05, B1: -0.02, B2: 0.01, Tau: 2}
	y := apply(ns.Rate, tenors)
	p, d, err := FitNelsonSiegel(tenors, y, FitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	near(t, "Tau", p.Tau, 2, 1e-5)
	near(t, "RMSE", d.RMSE, 0, 1e-10)
	// Fixed tau: a wrong tau gives a worse but finite fit with linear betas.
	q, dq, err := FitNelsonSiegel(tenors, y, FitOptions{Tau: []float64{0.5}})
	if err != nil {
		t.Fatal(err)
	}
	if q.Tau != 0.5 || !(dq.RMSE > 1e-5) {
		t.Errorf("fixed tau: %+v %+v", q, dq)
	}
}

func TestFitErrors(t *testing.T) {
	short := []float64{1, 2, 3, 5, 10}
	y := []float64{0.01, 0.02, 0.025, 0.03, 0.035}
	if _, _, err := FitSvensson(short, y, FitOptions{}); err == nil {
		t.Error("5 points for 6 NSS parameters: no error")
	}
	if _, _, err := FitNelsonSiegel([]float64{1, 2, 3, math.NaN()}, []float64{0.01, 0.02, 0.03, 0.04}, FitOptions{}); err == nil {
		t.Error("NaN maturity: no error")
	}
	if _, _, err := FitNelsonSiegel([]float64{-1, 2, 3, 4}, []float64{0.01, 0.02, 0.03, 0.04}, FitOptions{}); err == nil {
		t.Error("negative maturity: no error")
	}
	if _, _, err := FitNelsonSiegel([]float64{1, 3, 2, 4}, []float64{0.01, 0.02, 0.03, 0.04}, FitOptions{}); err == nil {
		t.Error("unsorted maturities: no error")
	}
	// Equal fixed taus make the Svensson design singular.
	yy := apply(truth.Rate, tenors)
	if _, _, err := FitSvensson(tenors, yy, FitOptions{Tau: []float64{2, 2}}); err == nil {
		t.Error("equal taus: no error")
	}
}

// TestFitTauBounds checks that estimated taus respect the bounds and the
// ratio even on a noisy curve that pulls them together.
func TestFitTauBounds(t *testing.T) {
	y := []float64{0.001, 0.0012, 0.0015, 0.002, 0.0025, 0.004, 0.006, 0.009, 0.012, 0.0145, 0.019, 0.0195}
	opt := FitOptions{Target: ParYields, TauMin: 0.2, TauMax: 20, MinTauRatio: 2}
	p, d, err := FitSvensson(tenors, y, opt)
	if err != nil {
		t.Fatal(err)
	}
	if p.Tau1 < 0.2-1e-9 || p.Tau2 > 20+1e-9 || p.Tau2 < 2*p.Tau1-1e-9 {
		t.Errorf("taus out of bounds: %+v", p)
	}
	if d.RMSE > 5e-4 {
		t.Errorf("RMSE %v bp", 1e4*d.RMSE)
	}
}

// BenchmarkFitSvensson fits one Treasury par curve (2021-12-31).
func BenchmarkFitSvensson(b *testing.B) {
	par := []float64{0.0006, 0.0005, 0.0006, 0.0019, 0.0039, 0.0073, 0.0097, 0.0126, 0.0144, 0.0152, 0.0194, 0.0190}
	for i := 0; i < b.N; i++ {
		if _, _, err := FitSvensson(tenors, par, FitOptions{Target: ParYields}); err != nil {
			b.Fatal(err)
		}
	}
}
