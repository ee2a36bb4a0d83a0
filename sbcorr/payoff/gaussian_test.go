package payoff

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distuv"
)

// paperDefaults are the parameters of Figures 4 and 6 (section 2.2.1).
func paperDefaults(rho float64) NormalModel {
	return NormalModel{MuS: 0.08, MuB: 0.02, SigmaS: 0.15, SigmaB: 0.03, Rho: rho}
}

func TestGaussianClosedForms(t *testing.T) {
	g := paperDefaults(-0.30)
	if d := math.Abs(g.Beta() - (-0.06)); d > 1e-15 {
		t.Errorf("Beta = %v, want -0.06", g.Beta())
	}
	if d := math.Abs(g.Alpha() - 0.0248); d > 1e-15 {
		t.Errorf("Alpha = %v, want 0.0248", g.Alpha())
	}
	if d := math.Abs(g.CondVar() - 0.91*0.0009); d > 1e-18 {
		t.Errorf("CondVar = %v", g.CondVar())
	}
	// Unconditional mean: the payoff at MuS is MuB.
	if d := math.Abs(g.Payoff(g.MuS) - g.MuB); d > 1e-16 {
		t.Errorf("Payoff(MuS) = %v, want MuB", g.Payoff(g.MuS))
	}
	if d := math.Abs(g.Payoff(g.Breakeven())); d > 1e-16 {
		t.Errorf("Payoff(Breakeven) = %v", g.Payoff(g.Breakeven()))
	}
	// The last line of the probability formula equals Phi(payoff / conditional sd).
	for _, rho := range []float64{-0.9, -0.3, 0, 0.4, 0.95} {
		g := paperDefaults(rho)
		for _, rs := range []float64{-0.4, -0.2, 0, 0.3} {
			want := distuv.UnitNormal.CDF(g.Payoff(rs) / math.Sqrt(g.CondVar()))
			if d := math.Abs(g.ProbPositive(rs) - want); d > 1e-14 {
				t.Errorf("rho %v rs %v: ProbPositive %v, want %v", rho, rs, g.ProbPositive(rs), want)
			}
		}
	}
}

func TestCriticalRho(t *testing.T) {
	// Section 2.2.1: "the probability is greater than 50% when the correlation
	// is less than 40%" (default parameters), and "less than [-]70%" when
	// MuB = -2% and SigmaS = 30%.
	cases := []struct {
		g      NormalModel
		want   float64
		paperR float64
	}{
		{paperDefaults(0), 0.02 * 0.15 / (0.03 * 0.28), 0.40},
		{NormalModel{MuS: 0.08, MuB: -0.02, SigmaS: 0.30, SigmaB: 0.03}, -0.02 * 0.30 / (0.03 * 0.28), -0.70},
	}
	for _, c := range cases {
		r := c.g.CriticalRho(-0.20)
		if math.Abs(r-c.want) > 1e-14 {
			t.Errorf("CriticalRho = %v, want %v", r, c.want)
		}
		if math.Abs(r-c.paperR) > 0.05 {
			t.Errorf("CriticalRho = %v, paper reads about %v", r, c.paperR)
		}
		g := c.g
		g.Rho = r
		if p := g.ProbPositive(-0.20); math.Abs(p-0.5) > 1e-14 {
			t.Errorf("ProbPositive at rho* = %v, want 0.5", p)
		}
	}
}

func TestSimulateProbPositive(t *testing.T) {
	// Figure 6 at rho = -30%, 0, +40%: 10^6 seeded draws, band +-0.5% around
	// R_S = -20%, closed form within 3 standard errors.
	for i, rho := range []float64{-0.30, 0, 0.40} {
		g := paperDefaults(rho)
		sim, err := SimulateProbPositive(g, -0.20, 0.005, 1_000_000, rand.NewPCG(2024, uint64(i)))
		p, se, kept := sim.P, sim.SE, sim.Kept
		if err != nil {
			t.Fatal(err)
		}
		want := g.ProbPositive(-0.20)
		if kept < 3000 || math.Abs(p-want) > 3*se {
			t.Errorf("rho %v: MC %v +- %v (%d draws), closed form %v", rho, p, se, kept, want)
		}
	}
}

func TestGaussianValidate(t *testing.T) {
	bad := []NormalModel{
		{SigmaS: 0, SigmaB: 0.03},
		{SigmaS: 0.15, SigmaB: 0.03, Rho: 1.01},
		{SigmaS: 0.15, SigmaB: 0.03, MuS: math.NaN()},
	}
	for _, g := range bad {
		if g.Validate() == nil {
			t.Errorf("%+v: no error", g)
		}
	}
	if err := paperDefaults(-0.3).Validate(); err != nil {
		t.Error(err)
	}
}

func TestConditionalTwoAssets(t *testing.T) {
	g := paperDefaults(-0.25)
	cov := g.Rho * g.SigmaS * g.SigmaB
	sigma := mat.NewSymDense(2, []float64{g.SigmaS * g.SigmaS, cov, cov, g.SigmaB * g.SigmaB})
	mu := []float64{g.MuS, g.MuB}
	law, err := Conditional(mu, sigma, []int{0}, []float64{-0.1})
	idx, m, v := law.Y, law.Mean, law.Cov
	if err != nil {
		t.Fatal(err)
	}
	if idx[0] != 1 || math.Abs(m[0]-g.Payoff(-0.1)) > 1e-15 || math.Abs(v.At(0, 0)-g.CondVar()) > 1e-18 {
		t.Errorf("Conditional = %v %v %v, want %v %v", idx, m, v.At(0, 0), g.Payoff(-0.1), g.CondVar())
	}
	c, err := Regression(mu, sigma, 1)
	alpha, beta, s2, r2 := c.Alpha, c.Beta, c.S2, c.R2
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(alpha-g.Alpha()) > 1e-15 || math.Abs(beta[0]-g.Beta()) > 1e-14 ||
		math.Abs(s2-g.CondVar()) > 1e-18 || math.Abs(r2-g.Rho*g.Rho) > 1e-14 {
		t.Errorf("Regression = %v %v %v %v", alpha, beta, s2, r2)
	}
}

func TestConditionalThreeAssets(t *testing.T) {
	// Hand computation: Y = R_0 given (R_1, R_2) with S_xx = [[1, .5],[.5, 1]],
	// S_yx = [.3, .2]: beta = S_xx^-1 S_xy = [4/15, 1/15], s2 = 2 - (.3*4 + .2*1)/15.
	sigma := mat.NewSymDense(3, []float64{2, 0.3, 0.2, 0.3, 1, 0.5, 0.2, 0.5, 1})
	mu := []float64{0.1, 0.2, 0.3}
	c, err := Regression(mu, sigma, 0)
	alpha, beta, s2, r2 := c.Alpha, c.Beta, c.S2, c.R2
	if err != nil {
		t.Fatal(err)
	}
	b := []float64{4.0 / 15, 1.0 / 15}
	if math.Abs(beta[0]-b[0]) > 1e-14 || math.Abs(beta[1]-b[1]) > 1e-14 {
		t.Errorf("beta = %v, want %v", beta, b)
	}
	if want := 0.1 - b[0]*0.2 - b[1]*0.3; math.Abs(alpha-want) > 1e-15 {
		t.Errorf("alpha = %v, want %v", alpha, want)
	}
	want := 2 - (0.3*b[0] + 0.2*b[1])
	if math.Abs(s2-want) > 1e-14 || math.Abs(r2-(1-want/2)) > 1e-14 {
		t.Errorf("s2 = %v r2 = %v, want %v", s2, r2, want)
	}
	notPD := mat.NewSymDense(3, []float64{1, 0, 0, 0, 1, 1, 0, 1, 1})
	if _, err := Regression(mu, notPD, 0); err == nil {
		t.Error("singular S_xx: no error")
	}
}

func TestParametricClipping(t *testing.T) {
	base := paperDefaults(0)
	ftq := Parametric{NormalModel: base, Rho: FlightToQuality(base.MuS, base.SigmaS)}
	con := Parametric{NormalModel: base, Rho: Contagion(base.SigmaS)}
	// FlightToQuality standardises with MuS, Contagion divides by SigmaS only.
	ftqAt := func(z float64) float64 { return base.MuS + z*base.SigmaS }
	conAt := func(z float64) float64 { return z * base.SigmaS }
	for _, c := range []struct {
		p    Parametric
		rs   float64
		clip bool
	}{
		{ftq, ftqAt(-4.4), true}, {ftq, ftqAt(-4.2), false}, {ftq, ftqAt(3), false},
		{con, conAt(3.4), true}, {con, conAt(-3.4), true}, {con, conAt(3.3), false}, {con, 0, false},
	} {
		rs := c.rs
		m, clipped := c.p.Payoff(rs)
		if clipped != c.clip {
			t.Errorf("rs = %v: clipped = %v, want %v", rs, clipped, c.clip)
		}
		r := math.Max(-1, math.Min(1, c.p.Rho(rs)))
		if want := base.MuB + r*base.SigmaB/base.SigmaS*(rs-base.MuS); m != want {
			t.Errorf("rs = %v: m = %v, want %v", rs, m, want)
		}
	}
}
