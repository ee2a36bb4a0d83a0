package basket

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/sbcorr/premia"
)

// TestErrorsNameTheCondition covers every bad-input condition of the
// package (weights not summing to 1, a negative volatility, |rho| > 1, a
// matrix that is not positive semi-definite, bad budgets, too few or
// constant returns, an infeasible constant-correlation bound): each returns
// an error whose text names the function and the failed condition.
func TestErrorsNameTheCondition(t *testing.T) {
	vols3 := []float64{0.2, 0.1, 0.15}
	notPSD := premia.Cov(vols3, mat.NewSymDense(3, []float64{1, 0.9, 0.9, 0.9, 1, -0.9, 0.9, -0.9, 1}))
	rhoAbove1 := mat.NewSymDense(2, []float64{0.04, 0.05, 0.05, 0.01})
	negVar := mat.NewSymDense(2, []float64{0.04, 0, 0, -0.01})
	newBasket := func(w, vols []float64, corr *mat.SymDense, corrB []float64) func() error {
		return func() error { _, err := New(w, vols, corr, corrB); return err }
	}
	solver := func(name string, cov mat.Symmetric) func() error {
		f := map[string]func(mat.Symmetric) ([]float64, error){"MinVariance": MinVariance, "MostDiversified": MostDiversified, "ERC": ERC}[name]
		return func() error { _, err := f(cov); return err }
	}
	stocks := [][]float64{{0.01, -0.02, 0.03, 0.01}, {0.02, 0.01, -0.01, 0}}
	bond := []float64{0.001, -0.002, 0.003, 0}
	for _, c := range []struct {
		name string
		err  func() error
		want []string
	}{
		{"weights sum", newBasket([]float64{0.5, 0.5, 0.5, 0}, table3Vols, table3Corr, table3CorrB), []string{"basket: New", "weights sum to 1.5, not 1"}},
		{"negative volatility", newBasket(EqualWeight(4), []float64{0.2, -0.1, 0.15, 0.25}, table3Corr, table3CorrB), []string{"volatility 2 is negative"}},
		{"|rho_i,B| > 1", newBasket(EqualWeight(4), table3Vols, table3Corr, []float64{-0.5, -0.3, 0.3, 1.4}), []string{"|rho_4,5| = 1.4 > 1", "the bond is asset 5"}},
		{"joint matrix not PSD", newBasket(EqualWeight(4), table3Vols, table3Corr, []float64{-0.9, 0.9, 0.3, 0.4}), []string{"not positive semi-definite"}},
		{"zero basket volatility", newBasket(EqualWeight(4), []float64{0, 0, 0, 0}, table3Corr, table3CorrB), []string{"zero volatility"}},
		{"MV |rho| > 1", solver("MinVariance", rhoAbove1), []string{"basket: MinVariance", "> 1"}},
		{"MV not PSD", solver("MinVariance", notPSD), []string{"basket: MinVariance", "not positive semi-definite"}},
		{"MV negative variance", solver("MinVariance", negVar), []string{"variance 2 is -0.01, must be > 0"}},
		{"MDP not PSD", solver("MostDiversified", notPSD), []string{"basket: MostDiversified", "not positive semi-definite"}},
		{"MDP zero variance", solver("MostDiversified", mat.NewSymDense(2, []float64{0.04, 0, 0, 0})), []string{"variance 2 is 0"}},
		{"ERC not PSD", solver("ERC", notPSD), []string{"basket: RiskBudget", "not positive semi-definite"}},
		{"budgets sum", func() error { _, err := RiskBudget(table5Cov, []float64{0.5, 0.5, 0.5, 0.5}); return err }, []string{"budgets: premia: CheckWeights: weights sum to 2, not 1"}},
		{"zero budget", func() error { _, err := RiskBudget(table5Cov, []float64{0.5, 0.5, 0, 0}); return err }, []string{"budget 3 is 0, must be > 0"}},
		{"too few dates", func() error {
			_, err := Estimate([]float64{1}, [][]float64{{0.1, 0.2}}, []float64{0, 0.1}, 12)
			return err
		}, []string{"basket: Estimate", "2 dates, need at least 3"}},
		{"NaN return", func() error {
			_, err := Estimate([]float64{0.5, 0.5}, stocks, []float64{0.001, math.NaN(), 0.003, 0}, 12)
			return err
		}, []string{"bond: NaN return at row 2"}},
		{"constant series", func() error {
			_, err := Estimate([]float64{0.5, 0.5}, [][]float64{stocks[0], {0, 0, 0, 0}}, bond, 12)
			return err
		}, []string{"stock 2 is constant"}},
		{"DRConstCorr |rho| > 1", func() error { _, err := DRConstCorr(EqualWeight(2), []float64{0.1, 0.2}, 1.2); return err }, []string{"DRConstCorr", "|rho| = 1.2 > 1"}},
		{"DRConstCorr zero volatility", func() error { _, err := DRConstCorr(EqualWeight(2), []float64{0, 0}, 0.5); return err }, []string{"zero volatility"}},
		{"MaxDRConstCorr n < 1", func() error { _, err := MaxDRConstCorr(0.5, 0); return err }, []string{"MaxDRConstCorr", "n = 0 < 1"}},
		{"MaxDRConstCorr rho too low", func() error { _, err := MaxDRConstCorr(-0.5, 5); return err }, []string{"constant correlation -0.5 is not valid for 5 stocks"}},
		{"MaxDRConstCorr rho > 1", func() error { _, err := MaxDRConstCorr(1.5, 5); return err }, []string{"constant correlation 1.5"}},
		{"MDPCorrBounds infeasible", func() error { _, _, err := MDPCorrBounds(-0.5, 0.1, math.Inf(1)); return err }, []string{"MDPCorrBounds", "not a valid correlation matrix"}},
	} {
		errtest.Says(t, c.name, c.err(), c.want...)
	}
}

// TestPanicsNameTheFunction: programmer errors panic with a message naming
// the function.
func TestPanicsNameTheFunction(t *testing.T) {
	b, err := New(EqualWeight(4), table3Vols, table3Corr, table3CorrB)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		want string
		f    func()
	}{
		{"basket: New", func() { New(EqualWeight(3), table3Vols, table3Corr, table3CorrB) }},
		{"basket: EqualWeight: n = 0", func() { EqualWeight(0) }},
		{"basket: Concentration: m = 5 not in [1, 4]", func() { b.Concentration(5) }},
		{"basket: Eta: alpha = 0", func() { b.Eta(0) }},
		{"basket: Drift: sizes differ", func() { Drift(EqualWeight(4), []float64{0.1}) }},
		{"basket: Xi", func() { Xi(b, b, []float64{0.1}) }},
		{"basket: RiskBudget: 2 budgets", func() { RiskBudget(table5Cov, []float64{0.5, 0.5}) }},
		{"basket: Estimate: 1 weights for 2 stocks", func() { Estimate([]float64{1}, [][]float64{{1}, {1}}, []float64{1}, 12) }},
		{"basket: Estimate: periodsPerYear", func() { Estimate([]float64{1}, [][]float64{{1}}, []float64{1}, 0) }},
		{"basket: DRConstCorr", func() { DRConstCorr(EqualWeight(2), []float64{0.1}, 0.5) }},
	} {
		errtest.Panics(t, c.want, c.f, c.want)
	}
}
