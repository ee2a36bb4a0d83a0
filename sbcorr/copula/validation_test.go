package copula

import (
	"fmt"
	"math"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestBVTCDFLargeNu checks: BVTCDF(h, k, rho, nu) tends to
// BVNCDF(h, k, rho) as nu grows, with |T2 - Phi2| shrinking like 1/nu (it
// used to drift: 0.3646 at nu = 1e7, 0.4354 at 1e8, 0 at 1e12, for a
// limit of 0.36011), and the integral over the scale used from nu = 100 on
// agrees with the Dunnett-Sobel series and the theta quadrature at their
// accurate nu.
func TestBVTCDFLargeNu(t *testing.T) {
	cases := [][3]float64{{0.2, 0.1, 0.3}, {0.7, -0.4, 0.5}, {-3, 2, 0.9}, {-2, 3, -0.5}, {4, 1, -0.95}, {-1, -1, 0.99}}
	for _, c := range cases {
		h, k, r := c[0], c[1], c[2]
		limit := BVNCDF(h, k, r)
		for _, nu := range []float64{1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e12, 1e15, 1e100, math.Inf(1)} {
			got := BVTCDF(h, k, r, nu)
			// |T2 - Phi2| = O(1/nu); the bound 1/nu holds with room for
			// these arguments, and 1e-15 for the rounding of both.
			if d := math.Abs(got - limit); !(d <= 1/nu+1e-15) {
				t.Errorf("BVTCDF(%v, %v, %v, %g) = %.16g, BVNCDF %.16g: off by %.3g", h, k, r, nu, got, limit, d)
			}
		}
		// The scale integral against the series (integer nu) and the theta
		// quadrature (real nu) just above and below its threshold.
		for _, nu := range []float64{100, 150, 256} {
			if d := math.Abs(bvtMixture(h, k, r, nu) - bvtl(int(nu), h, k, r)); d > 1e-14 {
				t.Errorf("nu = %v: mixture - series = %.3g", nu, d)
			}
		}
		for _, nu := range []float64{99.5, 100.5, 120.25} {
			if d := math.Abs(bvtMixture(h, k, r, nu) - bvtQuad(h, k, r, nu)); d > 1e-12 {
				t.Errorf("nu = %v: mixture - quadrature = %.3g", nu, d)
			}
		}
	}
	if got := BVTCDF(math.Inf(1), 0.3, 0.5, 1e8); math.Abs(got-phi(0.3)) > 1e-8 {
		t.Errorf("BVTCDF(+Inf, 0.3, 0.5, 1e8) = %v, want about Phi(0.3) = %v", got, phi(0.3))
	}
}

// copulas returns one valid copula of each family.
func copulas() []Copula {
	return []Copula{Independence{}, Gaussian{Rho: -0.4}, StudentT{Rho: 0.3, Nu: 5}, Clayton{Theta: 2},
		Frank{Theta: -3}, Gumbel{Theta: 2}, Rotated{C: Clayton{Theta: 1.5}, Angle: 90},
		Rotated{C: Gumbel{Theta: 1.7}, Angle: 180}}
}

// TestCDFBoundary checks C(u, 0) = C(0, v) = 0, C(u, 1) = u and
// C(1, v) = v exactly for every family (Gumbel{Theta: 2}.CDF(1, 1) was NaN).
func TestCDFBoundary(t *testing.T) {
	for _, c := range copulas() {
		for _, p := range []float64{0, 1e-300, 0.25, 0.5, 1 - 1e-16, 1} {
			if got := c.CDF(p, 0); got != 0 {
				t.Errorf("%T.CDF(%v, 0) = %v", c, p, got)
			}
			if got := c.CDF(0, p); got != 0 {
				t.Errorf("%T.CDF(0, %v) = %v", c, p, got)
			}
			if got := c.CDF(p, 1); got != p {
				t.Errorf("%T.CDF(%v, 1) = %v", c, p, got)
			}
			if got := c.CDF(1, p); got != p {
				t.Errorf("%T.CDF(1, %v) = %v", c, p, got)
			}
		}
	}
}

// TestProgrammerErrors checks: a probability outside
// [0, 1] (NaN included) and a copula whose parameters fail Validate make
// every method panic with "copula: Family.Method:", instead of returning
// numbers (negative probabilities among them) or gonum's and cephes'
// unnamed panics.
func TestProgrammerErrors(t *testing.T) {
	methods := func(c Copula, u float64) map[string]func() {
		return map[string]func(){
			"CDF":             func() { c.CDF(u, 0.3) },
			"CDF v":           func() { c.CDF(0.3, u) },
			"Density":         func() { c.Density(u, 0.3) },
			"LogDensityTails": func() { c.LogDensityTails(0.3, 0.7, u, 1-u) },
			"CondCDF":         func() { c.CondCDF(0.3, u) },
		}
	}
	for _, c := range copulas() {
		family := familyName(c)
		for _, u := range []float64{1.5, -0.1, math.NaN(), math.Inf(1)} {
			for m, f := range methods(c, u) {
				name := fmt.Sprintf("%s.%s(u = %v)", family, m, u)
				errtest.Panics(t, name, f, "copula: "+family+"."+methodName(m)+":")
			}
		}
	}
	invalid := []Copula{Gaussian{Rho: 1.2}, Gaussian{Rho: math.NaN()}, StudentT{Rho: 0.3, Nu: -1},
		StudentT{Rho: 0.3, Nu: 1e7}, StudentT{Rho: -1, Nu: 4}, Clayton{Theta: -0.5}, Clayton{Theta: math.Inf(1)},
		Frank{Theta: 0}, Frank{Theta: math.NaN()}, Gumbel{Theta: 0.5}, Gumbel{Theta: math.NaN()},
		Rotated{C: Clayton{Theta: 1}, Angle: 45}, Rotated{C: Gumbel{Theta: 0.2}, Angle: 90}, Rotated{Angle: 90}}
	for _, c := range invalid {
		if c.Validate() == nil {
			t.Errorf("%#v: Validate returns nil", c)
		}
		family := familyName(c)
		ms := methods(c, 0.4)
		ms["Rand"] = func() { c.Rand() }
		ms["Tau"] = func() { c.Tau() }
		for m, f := range ms {
			errtest.Panics(t, fmt.Sprintf("%#v.%s", c, m), f, "copula: "+family+"."+methodName(m)+": invalid parameters")
		}
	}
	errtest.Panics(t, "Empirical lengths", func() { Empirical{U: []float64{0.5}, V: nil}.CDF(0.5, 0.5) }, "copula: Empirical.CDF:")
	errtest.Panics(t, "Empirical u 2", func() { Empirical{U: []float64{0.5}, V: []float64{0.5}}.CDF(2, 0.5) }, "copula: Empirical.CDF: u = 2")
	if s := Regime(7).String(); s != "Regime(7)" {
		t.Errorf("Regime(7).String() = %q", s)
	}
	if s := Regime(-1).String(); s != "Regime(-1)" {
		t.Errorf("Regime(-1).String() = %q", s)
	}
}

// familyName returns the type name of c ("Gumbel").
func familyName(c Copula) string {
	s := fmt.Sprintf("%T", c)
	return s[len("copula."):]
}

// methodName returns the method name without the " v" suffix of the test's
// second CDF case.
func methodName(m string) string {
	if m == "CDF v" {
		return "CDF"
	}
	return m
}
