package premia

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestErrorsNameTheCondition covers every bad-input condition of the
// estimators (weights not summing to 1, |rho| > 1, a correlation matrix that
// is not positive semi-definite, a negative volatility, SR <= 0, NaN, no
// real or no valid root of the implied correlation): each returns an error
// whose text names the function and the failed condition.
func TestErrorsNameTheCondition(t *testing.T) {
	x, vols := []float64{0.5, 0.4, 0.1}, []float64{0.2, 0.1, 0.05}
	good := corr3(0.5, 0.6, 0.7)
	market := func(x, vols []float64, corr *mat.SymDense, sr float64) func() error {
		return func() error { _, err := NewMarket(x, vols, corr, sr); return err }
	}
	table1, err := NewMarket(x, vols, good, 0.25)
	if err != nil {
		t.Fatal(err)
	}
	example, err := NewMarket([]float64{0.5, 0.45, 0.05}, []float64{0.2, 0.2, 0.2}, corr3(0.6, -0.1, -0.5), 0.25)
	if err != nil {
		t.Fatal(err)
	}
	noBond, err := NewMarket([]float64{0.5, 0.5, 0}, []float64{0.2, 0.2, 0.2}, good, 0.25)
	if err != nil {
		t.Fatal(err)
	}
	implied := func(m *Market, i, j int, target float64) func() error {
		return func() error { _, err := m.ImpliedCorr(i, j, target); return err }
	}
	sb := func(p Mix) func() error { _, _, err := p.Premia(); return func() error { return err } }
	mix := Mix{XS: 0.6, VolS: 0.15, VolB: 0.04, Corr: -0.2, SR: 0.3}
	with := func(f func(*Mix)) Mix { p := mix; f(&p); return p }
	for _, c := range []struct {
		name string
		err  func() error
		want []string
	}{
		{"weights sum", market([]float64{0.5, 0.4, 0.2}, vols, good, 0.25), []string{"NewMarket", "weights sum to 1.1, not 1"}},
		{"NaN weight", market([]float64{0.5, math.NaN(), 0.1}, vols, good, 0.25), []string{"weight 2 is NaN"}},
		{"negative volatility", market(x, []float64{0.2, -0.1, 0.05}, good, 0.25), []string{"volatility 2 is negative"}},
		{"|rho| > 1", market(x, vols, corr3(1.2, 0.6, 0.7), 0.25), []string{"|rho_1,2| = 1.2 > 1"}},
		{"NaN rho", market(x, vols, corr3(0.5, math.NaN(), 0.7), 0.25), []string{"rho_1,3 is NaN"}},
		{"diagonal", market(x, vols, mat.NewSymDense(3, []float64{1, 0, 0, 0, 0.9, 0, 0, 0, 1}), 0.25), []string{"diagonal entry 2 is 0.9"}},
		{"not PSD", market(x, vols, corr3(0.9, 0.9, -0.9), 0.25), []string{"not positive semi-definite", "smallest eigenvalue"}},
		{"SR = 0", market(x, vols, good, 0), []string{"Sharpe ratio must be > 0, got 0"}},
		{"SR < 0", market(x, vols, good, -0.1), []string{"Sharpe ratio must be > 0, got -0.1"}},
		{"zero portfolio volatility", market(x, []float64{0, 0, 0}, good, 0.25), []string{"zero volatility"}},
		{"no real root", implied(table1, 0, 1, 0.01), []string{"ImpliedCorr: rho_1,2", "no real root", "b^2 - ac"}},
		{"no valid root", implied(example, 2, 1, 0.05), []string{"no valid root", "outside [-1, 1]"}},
		{"a = 0", implied(noBond, 0, 2, 0.01), []string{"a = SR^2", "x_3 = 0"}},
		{"NaN target", implied(table1, 0, 1, math.NaN()), []string{"target premium is not finite"}},
		{"Mix negative sigma_S", sb(with(func(p *Mix) { p.VolS = -0.15 })), []string{"Mix.Premia", "negative volatility sigma_S"}},
		{"Mix negative sigma_B", sb(with(func(p *Mix) { p.VolB = -0.04 })), []string{"negative volatility sigma_B"}},
		{"Mix |rho| > 1", sb(with(func(p *Mix) { p.Corr = -1.1 })), []string{"|rho| = 1.1 > 1"}},
		{"Mix SR = 0", sb(with(func(p *Mix) { p.SR = 0 })), []string{"Sharpe ratio must be > 0"}},
		{"Mix SR < 0", sb(with(func(p *Mix) { p.SR = -0.3 })), []string{"Sharpe ratio must be > 0, got -0.3"}},
		{"Mix NaN", sb(with(func(p *Mix) { p.VolB = math.NaN() })), []string{"sigma_B is NaN"}},
		{"Mix zero volatility", sb(with(func(p *Mix) { p.VolS, p.VolB = 0, 0 })), []string{"zero volatility"}},
		{"Mix derivative", func() error { _, err := with(func(p *Mix) { p.Corr = 2 }).DBondPremiumDVolB(); return err }, []string{"DBondPremiumDVolB", "> 1"}},
		{"Mix implied, no valid root", func() error { _, err := mix.ImpliedCorr(0.10); return err }, []string{"ImpliedCorr", "root"}},
		{"Mix implied, bad input", func() error { _, err := with(func(p *Mix) { p.SR = 0 }).ImpliedCorr(0.01); return err }, []string{"Mix.ImpliedCorr", "Sharpe"}},
		{"break-even x_S = 0", func() error { _, err := BreakEvenCorr(0, 0.15, 0.04); return err }, []string{"BreakEvenCorr", "x_S = 0 not in (0, 1]"}},
		{"break-even x_S > 1", func() error { _, err := BreakEvenCorr(1.1, 0.15, 0.04); return err }, []string{"x_S = 1.1 not in (0, 1]"}},
		{"break-even sigma_S = 0", func() error { _, err := BreakEvenCorr(0.6, 0, 0.04); return err }, []string{"equity volatility must be > 0"}},
		{"break-even sigma_B < 0", func() error { _, err := BreakEvenCorr(0.6, 0.15, -0.04); return err }, []string{"bond volatility must be >= 0"}},
		{"x_B bound |rho| > 1", func() error { _, err := MaxHedgeBondWeight(-1.5, 0.15, 0.04); return err }, []string{"MaxHedgeBondWeight", "|rho| = 1.5 > 1"}},
		{"x_B bound volatility", func() error { _, err := MaxHedgeBondWeight(-0.5, 0.15, -0.04); return err }, []string{"volatilities must be > 0"}},
		{"x_B bound sigma_B <= rho sigma_S", func() error { _, err := MaxHedgeBondWeight(0.5, 0.15, 0.04); return err }, []string{"sigma_B - rho sigma_S"}},
	} {
		errtest.Says(t, c.name, c.err(), c.want...)
	}
}

// TestPanicsNameTheFunction: programmer errors (mismatched lengths, bad
// indices, impossible arguments) panic with a message naming the function.
func TestPanicsNameTheFunction(t *testing.T) {
	m := table2Market(t)
	two := []float64{1, 2}
	for _, c := range []struct {
		want string
		f    func()
	}{
		{"premia: NewMarket", func() { NewMarket([]float64{1}, []float64{0.2, 0.1, 0.05}, corr3(0, 0, 0), 0.25) }},
		{"premia: Cov", func() { Cov(two, corr3(0, 0, 0)) }},
		{"premia: ImpliedCorr: bad indices i=1 j=1", func() { m.ImpliedCorr(1, 1, 0.01) }},
		{"premia: DPremiumDCorr: bad indices", func() { m.DPremiumDCorr(0, 2, 2) }},
		{"premia: RollingInputs: periodsPerYear", func() { RollingInputs(two, two, 2, 0) }},
		{"premia: MixHistory: slices of different lengths", func() { MixHistory(two, two, two, []float64{0}, 0.3) }},
		{"premia: ImpliedCorrSeries", func() { ImpliedCorrSeries(two, two, []float64{0}, two, 0.3, 0.01) }},
		{"premia: BreakEvenSeries", func() { BreakEvenSeries(two, []float64{0}, two) }},
	} {
		errtest.Panics(t, c.want, c.f, c.want)
	}
}
