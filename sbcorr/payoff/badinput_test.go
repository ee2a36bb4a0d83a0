package payoff

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/sbcorr/copula"
)

// TestBadInput checks that every data problem reaching this
// package (empty or constant samples, a bandwidth <= 0, |rho| >= 1 in a
// Gaussian copula, copula or margin parameters out of range) is an error
// whose message says what is wrong.
func TestBadInput(t *testing.T) {
	x := make([]float64, 40)
	y := make([]float64, 40)
	flat := make([]float64, 40)
	for i := range x {
		x[i] = math.Sin(float64(i))
		y[i] = math.Cos(float64(3 * i))
		flat[i] = 0.02
	}
	grid := []float64{-0.5, 0, 0.5}
	fit := func(l LocalPoly, x, y []float64) func() error {
		return func() error { _, err := l.Fit(x, y, grid); return err }
	}
	cv := func(l LocalPoly) func() error {
		return func() error { _, _, err := l.CV(x, y); return err }
	}
	binned := func(l LocalPoly) func() error {
		return func() error { _, _, err := l.CVBinned(x, y, 20); return err }
	}
	band := func(l LocalPoly) func() error {
		return func() error { _, err := l.Band(x, y, grid, 0.95); return err }
	}
	quantile := func(q LocalQuantile) func() error {
		return func() error { _, err := q.Fit(x, y, grid); return err }
	}
	copulaPayoff := func(c copula.Copula) func() error {
		return func() error { _, err := CopulaModel{C: c, S: normS, B: normB}.Payoff(grid); return err }
	}
	ll := LocalPoly{Degree: 1, H: 0.3}
	cases := []struct {
		name, want string
		err        func() error
	}{
		// Empty and constant samples.
		{"FitLinear empty", "0 observations", func() error { _, err := FitLinear(nil, nil); return err }},
		{"FitLinear constant x", "x is constant", func() error { _, err := FitLinear(flat, y); return err }},
		{"DefaultBandwidth empty", "0 observations", func() error { _, err := DefaultBandwidth(nil); return err }},
		{"DefaultBandwidth constant", "x is constant", func() error { _, err := DefaultBandwidth(flat); return err }},
		{"LocalPoly.Fit empty", "0 observations", fit(ll, nil, nil)},
		{"LocalPoly.Fit constant x", "x is constant", fit(ll, flat, y)},
		{"LocalPoly.Fit NaN", "observation 2 is not finite", fit(ll, append(append([]float64{0, 1}, math.NaN()), x[3:]...), y)},
		{"LocalQuantile.Fit constant", "x is constant", func() error {
			_, err := LocalQuantile{Degree: 1, H: 0.3, Tau: 0.5}.Fit(flat, y, grid)
			return err
		}},
		// Bandwidth <= 0 (or not finite) in every estimator taking one.
		{"Fit H 0", "bandwidth 0 must be > 0", fit(LocalPoly{Degree: 1}, x, y)},
		{"Fit H -0.1", "bandwidth -0.1 must be > 0", fit(LocalPoly{Degree: 1, H: -0.1}, x, y)},
		{"Fit H NaN", "bandwidth NaN must be > 0", fit(LocalPoly{Degree: 0, H: math.NaN()}, x, y)},
		{"Fit H +Inf", "bandwidth +Inf must be > 0", fit(LocalPoly{Degree: 0, H: math.Inf(1)}, x, y)},
		{"CV H 0", "bandwidth 0 must be > 0", cv(LocalPoly{Degree: 1})},
		{"CVBinned H -1", "bandwidth -1 must be > 0", binned(LocalPoly{Degree: 1, H: -1})},
		{"Band H 0", "bandwidth 0 must be > 0", band(LocalPoly{Degree: 1})},
		{"LocalQuantile H 0", "bandwidth 0 must be > 0", quantile(LocalQuantile{Degree: 1, Tau: 0.5})},
		{"LocalQuantile tau 1", "tau = 1 outside (0, 1)", quantile(LocalQuantile{Degree: 1, H: 0.3, Tau: 1})},
		{"SelectBandwidth lo 0", "need 0 < lo < hi", func() error {
			_, err := SelectBandwidth(func(float64) (float64, error) { return 1, nil }, 0, 1)
			return err
		}},
		{"Band level 1", "level 1 outside (0, 1)", func() error { _, err := ll.Band(x, y, grid, 1); return err }},
		// Copula and margin parameters out of range.
		{"Gaussian copula rho 1", "|rho| < 1", copulaPayoff(copula.Gaussian{Rho: 1})},
		{"Gaussian copula rho -1", "|rho| < 1", copulaPayoff(copula.Gaussian{Rho: -1})},
		{"Student-t copula nu 0", "0 < nu", copulaPayoff(copula.StudentT{Rho: -0.2})},
		{"Clayton theta -2", "0 < theta", copulaPayoff(copula.Clayton{Theta: -2})},
		{"Rotated Gumbel theta 0.5", "1 <= theta", copulaPayoff(copula.Rotated{C: copula.Gumbel{Theta: 0.5}, Angle: 90})},
		{"nil copula", "nil copula", copulaPayoff(nil)},
		{"bond margin sigma 0", "bond margin: payoff: Margin:", func() error {
			_, err := CopulaModel{C: copula.Independence{}, S: normS, B: Margin{Mu: 0.02}}.Payoff(grid)
			return err
		}},
		{"stock margin nu -1", "stock margin: payoff: Margin:", func() error {
			_, err := CopulaModel{C: copula.Independence{}, S: Margin{Sigma: 0.15, Nu: -1}, B: normB}.Payoff(grid)
			return err
		}},
		{"Gaussian model |rho| > 1", "|Rho| = 1.5 > 1", NormalModel{SigmaS: 0.15, SigmaB: 0.03, Rho: -1.5}.Validate},
		{"Gaussian model sigma 0", "volatilities must be > 0", NormalModel{SigmaB: 0.03}.Validate},
	}
	for _, c := range cases {
		errtest.Says(t, c.name, c.err(), c.want)
	}
}

// TestNilArguments checks: nil matrices, generators and
// functions panic with a message naming the function, not a nil pointer
// dereference.
func TestNilArguments(t *testing.T) {
	var typed *mat.SymDense
	for _, m := range []mat.Symmetric{nil, typed} {
		errtest.Panics(t, "Conditional nil", func() { Conditional([]float64{0, 0}, m, []int{0}, []float64{1}) }, "payoff: Conditional: sigma is nil")
		errtest.Panics(t, "Regression nil", func() { Regression([]float64{0, 0}, m, 0) }, "payoff: Regression: sigma is nil")
	}
	g := NormalModel{SigmaS: 0.2, SigmaB: 0.05, Rho: -0.3}
	errtest.Panics(t, "SimulateProbPositive nil src", func() { SimulateProbPositive(g, 0, 0.1, 100, nil) }, "payoff: SimulateProbPositive: src is nil")
	errtest.Panics(t, "SelectBandwidth nil", func() { SelectBandwidth(nil, 0.1, 1) }, "payoff: SelectBandwidth: score is nil")
}
