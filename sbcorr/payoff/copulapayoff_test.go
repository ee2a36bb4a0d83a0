package payoff

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/integrate/quad"

	"github.com/stockbond/sbcorr/sbcorr/copula"
)

var (
	normS = Margin{Mu: 0.08, Sigma: 0.15}
	normB = Margin{Mu: 0.02, Sigma: 0.03}
)

func TestCopulaPayoffGaussianIsLinear(t *testing.T) {
	xs := Grid(-0.6, 0.8, 57)
	for _, rho := range []float64{-0.9, -0.25, 0.342, 0.8} {
		m, err := CopulaModel{C: copula.Gaussian{Rho: rho}, S: normS, B: normB}.Payoff(xs)
		if err != nil {
			t.Fatal(err)
		}
		g := paperDefaults(rho)
		for i, x := range xs {
			if d := math.Abs(m[i] - g.Payoff(x)); d > 1e-8 {
				t.Errorf("rho %v x %v: copula payoff %v, eq. (4) %v (diff %g)", rho, x, m[i], g.Payoff(x), d)
			}
		}
	}
}

func TestCopulaPayoffIndependence(t *testing.T) {
	xs := Grid(-0.6, 0.8, 15)
	for _, b := range []Margin{normB, {Mu: 0.02, Sigma: 0.03, Nu: 4}, {Mu: -0.01, Sigma: 0.05, Nu: 1.5}} {
		m, err := CopulaModel{C: copula.Independence{}, S: Margin{Mu: 0.08, Sigma: 0.15, Nu: 3}, B: b}.Payoff(xs)
		if err != nil {
			t.Fatal(err)
		}
		for i := range m {
			if d := math.Abs(m[i] - b.Mu); d > 1e-10 {
				t.Errorf("margin %+v: m(%v) = %v, want E[R_B] = %v", b, xs[i], m[i], b.Mu)
			}
		}
	}
	// A Cauchy bond margin has no mean: the integral must be reported as divergent.
	_, err := CopulaModel{C: copula.Independence{}, S: normS, B: Margin{Mu: 0.02, Sigma: 0.03, Nu: 1}}.Payoff([]float64{0})
	if err == nil || !strings.Contains(err.Error(), "does not converge") {
		t.Errorf("Cauchy bond margin with independence: err = %v", err)
	}
	// Same for Clayton rotated by 270 degrees: c(u, v) -> (1+theta) u^theta > 0 as v -> 0.
	cl, _ := copula.Calibrate(copula.FamilyClayton, -0.25, 0, 270)
	_, err = CopulaModel{C: cl, S: normS, B: Margin{Mu: 0.02, Sigma: 0.03, Nu: 1}}.Payoff([]float64{-0.2})
	if err == nil {
		t.Error("Cauchy bond margin with Clayton: no error")
	}
	// The Gaussian copula's density vanishes fast enough: the payoff exists.
	if _, err := (CopulaModel{C: copula.Gaussian{Rho: -0.25}, S: normS, B: Margin{Mu: 0.02, Sigma: 0.03, Nu: 1}}).Payoff([]float64{-0.2}); err != nil {
		t.Error(err)
	}
}

// TestCopulaPayoffTower checks E[m(R_S)] = E[R_B] (law of iterated
// expectations) for non-Gaussian copulas and Student-t margins, integrating
// m over the stock distribution in its normal score.
func TestCopulaPayoffTower(t *testing.T) {
	const n = 64
	zs, ws := make([]float64, n), make([]float64, n)
	quad.Legendre{}.FixedLocations(zs, ws, -8, 8)
	for _, f := range []copula.Family{copula.FamilyClayton, copula.FamilyFrank, copula.FamilyGumbel, copula.FamilyStudentT} {
		c, err := copula.Calibrate(f, -0.25, 4, 270)
		if err != nil {
			t.Fatal(err)
		}
		mod := CopulaModel{C: c, S: Margin{Mu: 0.08, Sigma: 0.15, Nu: 5}, B: Margin{Mu: 0.02, Sigma: 0.03, Nu: 4}}
		xs := make([]float64, n)
		for i, z := range zs {
			p, pb := phiTails(z)
			xs[i] = mod.S.QuantileTails(p, pb)
		}
		m, err := mod.Payoff(xs)
		if err != nil {
			t.Fatal(err)
		}
		var e float64
		for i, z := range zs {
			e += ws[i] * math.Exp(-z*z/2) / math.Sqrt(2*math.Pi) * m[i]
		}
		if d := math.Abs(e - 0.02); d > 1e-6 {
			t.Errorf("%s: E[m(R_S)] = %v, want E[R_B] = 0.02", f, e)
		}
	}
}

func TestCopulaPayoffErrors(t *testing.T) {
	bad := []CopulaModel{
		{C: copula.Gaussian{Rho: 1}, S: normS, B: normB},
		{C: copula.Clayton{Theta: -2}, S: normS, B: normB},
		{C: copula.Gaussian{Rho: 0.2}, S: Margin{Sigma: 0}, B: normB},
		{S: normS, B: normB},
	}
	for _, m := range bad {
		if _, err := m.Payoff([]float64{0}); err == nil {
			t.Errorf("%+v: no error", m)
		}
	}
}

// BenchmarkCopulaPayoffClayton is the target: a 200-point payoff
// curve with Student-t margins (nu = 3) and a rotated Clayton copula (< 50
// ms). With nu_B = 1 (Cauchy) the Clayton payoff does not exist: the copula
// density stays positive at v -> 0, so E[R_B | R_S] diverges.
func BenchmarkCopulaPayoffClayton(b *testing.B) {
	c, err := copula.Calibrate(copula.FamilyClayton, -0.25, 0, 270)
	if err != nil {
		b.Fatal(err)
	}
	m := CopulaModel{C: c, S: Margin{Mu: 0.08, Sigma: 0.15, Nu: 3}, B: Margin{Mu: 0.02, Sigma: 0.03, Nu: 3}}
	xs := Grid(-0.5, 0.6, 200)
	for b.Loop() {
		if _, err := m.Payoff(xs); err != nil {
			b.Fatal(err)
		}
	}
}
