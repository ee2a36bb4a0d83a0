package premia

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestInfiniteParameters checks: an infinite volatility is
// an error, not NaN with a nil error, and volatilities whose variance
// overflows say so.
func TestInfiniteParameters(t *testing.T) {
	inf := math.Inf(1)
	_, err := MaxHedgeBondWeight(-0.25, inf, 0.04)
	errtest.Says(t, "MaxHedgeBondWeight sigma_S +Inf", err, "premia: MaxHedgeBondWeight:", "finite")
	_, err = MaxHedgeBondWeight(-0.25, 0.15, inf)
	errtest.Says(t, "MaxHedgeBondWeight sigma_B +Inf", err, "premia: MaxHedgeBondWeight:", "finite")
	_, err = MaxHedgeBondWeight(math.NaN(), 0.15, 0.04)
	errtest.Says(t, "MaxHedgeBondWeight NaN rho", err, "premia: MaxHedgeBondWeight:")
	_, err = BreakEvenCorr(0.4, inf, 0.04)
	errtest.Says(t, "BreakEvenCorr sigma_S +Inf", err, "premia: BreakEvenCorr:", "finite")
	_, err = BreakEvenCorr(0.4, 0.15, inf)
	errtest.Says(t, "BreakEvenCorr sigma_B +Inf", err, "premia: BreakEvenCorr:", "finite")
	_, _, err = Mix{XS: 0.6, VolS: 1e200, VolB: 0.04, Corr: -0.2, SR: 0.3}.Premia()
	errtest.Says(t, "Mix sigma_S 1e200", err, "premia: Mix.Premia:", "overflows")
	_, err = NewMarket([]float64{0.6, 0.4}, []float64{1e200, 0.04}, mat.NewSymDense(2, []float64{1, 0, 0, 1}), 0.3)
	errtest.Says(t, "NewMarket sigma 1e200", err, "premia: NewMarket:", "overflows")
}

// TestRollingInputsProgrammerErrors checks: mismatched
// lengths and a window of 1 are named panics (the window-1 volatility is
// undefined: it used to return NaN everywhere).
func TestRollingInputsProgrammerErrors(t *testing.T) {
	three, two := []float64{0.01, -0.02, 0.03}, []float64{0.01, 0.02}
	errtest.Panics(t, "RollingInputs lengths", func() { RollingInputs(three, two, 2, 12) }, "premia: RollingInputs: len(rs) = 3 != len(rb) = 2")
	errtest.Panics(t, "RollingInputs lengths", func() { RollingInputs(two, three, 2, 12) }, "premia: RollingInputs:")
	errtest.Panics(t, "RollingInputs window 1", func() { RollingInputs(three, three, 1, 12) }, "premia: RollingInputs: window 1 < 2")
	errtest.Panics(t, "RollingInputs +Inf periods", func() { RollingInputs(three, three, 2, math.Inf(1)) }, "premia: RollingInputs: periodsPerYear")
	// An infinite return: NaN only in the windows that hold it.
	rs := []float64{0.01, -0.02, math.Inf(1), 0.03, 0.00, 0.01, 0.02}
	rb := []float64{0.002, 0.001, -0.004, 0.003, 0.0, 0.001, -0.002}
	vs, _, c := RollingInputs(rs, rb, 2, 12)
	for i := range rs {
		if bad := i == 2 || i == 3; bad != math.IsNaN(vs[i]) && i > 0 || bad != math.IsNaN(c[i]) && i > 0 {
			t.Errorf("t=%d: vol %v corr %v", i, vs[i], c[i])
		}
	}
}

// TestNilMatrices checks that a nil correlation or covariance matrix (nil
// interface or nil *mat.SymDense) panics naming the function.
func TestNilMatrices(t *testing.T) {
	var typed *mat.SymDense
	for _, m := range []mat.Symmetric{nil, typed} {
		for name, f := range map[string]func(){
			"premia: CheckCorr: corr is nil":        func() { CheckCorr(m) },
			"premia: Cov: corr is nil":              func() { Cov([]float64{0.2}, m) },
			"premia: RiskContributions: cov is nil": func() { RiskContributions([]float64{1}, m) },
			"premia: NewMarket: corr is nil":        func() { NewMarket([]float64{1}, []float64{0.2}, m, 0.3) },
		} {
			errtest.Panics(t, name, f, name)
		}
	}
}
