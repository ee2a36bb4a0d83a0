package copula

import (
	"math"
	"math/rand/v2"
	"testing"
)

// testCopulas returns one copula of each kind with a seeded source.
func testCopulas(seed uint64) map[string]Copula {
	src := func(i uint64) rand.Source { return rand.NewPCG(seed, i) }
	return map[string]Copula{
		"Gaussian+":   Gaussian{Rho: 0.342, Src: src(1)},
		"Gaussian-":   Gaussian{Rho: -0.6, Src: src(2)},
		"StudentT":    StudentT{Rho: -0.25, Nu: 4, Src: src(3)},
		"Clayton":     Clayton{Theta: 2, Src: src(4)},
		"Frank+":      Frank{Theta: 5, Src: src(5)},
		"Frank-":      Frank{Theta: -3, Src: src(6)},
		"Gumbel":      Gumbel{Theta: 1.8, Src: src(7)},
		"Clayton90":   Rotated{C: Clayton{Theta: 1.5, Src: src(8)}, Angle: 90},
		"Clayton180":  Rotated{C: Clayton{Theta: 1.5, Src: src(9)}, Angle: 180},
		"Gumbel270":   Rotated{C: Gumbel{Theta: 2.5, Src: src(10)}, Angle: 270},
		"Independent": Independence{},
	}
}

var testPoints = []float64{0.03, 0.2, 0.5, 0.71, 0.96}

func TestCopulaBoundaries(t *testing.T) {
	for name, c := range testCopulas(1) {
		if err := c.Validate(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, u := range testPoints {
			if d := math.Abs(c.CDF(u, 1) - u); d > 1e-12 {
				t.Errorf("%s: C(%v, 1) off by %g", name, u, d)
			}
			if d := math.Abs(c.CDF(1, u) - u); d > 1e-12 {
				t.Errorf("%s: C(1, %v) off by %g", name, u, d)
			}
			if c.CDF(u, 0) > 1e-12 || c.CDF(0, u) > 1e-12 {
				t.Errorf("%s: C(%v, 0) != 0", name, u)
			}
		}
	}
}

// TestCopulaDerivatives checks Density and CondCDF against finite
// differences of CDF, and LogDensityTails against Density.
func TestCopulaDerivatives(t *testing.T) {
	const h = 1e-4
	for name, c := range testCopulas(1) {
		for _, u := range testPoints {
			for _, v := range testPoints {
				d2 := (c.CDF(u+h, v+h) - c.CDF(u+h, v-h) - c.CDF(u-h, v+h) + c.CDF(u-h, v-h)) / (4 * h * h)
				if got := c.Density(u, v); math.Abs(got-d2) > 1e-4*math.Max(1, got) {
					t.Errorf("%s: c(%v, %v) = %v, finite difference %v", name, u, v, got, d2)
				}
				d1 := (c.CDF(u+h, v) - c.CDF(u-h, v)) / (2 * h)
				if got := c.CondCDF(v, u); math.Abs(got-d1) > 1e-5 {
					t.Errorf("%s: h(%v | %v) = %v, finite difference %v", name, v, u, got, d1)
				}
				if d := math.Abs(math.Exp(c.LogDensityTails(u, 1-u, v, 1-v)) - c.Density(u, v)); d > 1e-12*c.Density(u, v) {
					t.Errorf("%s: LogDensityTails off by %g", name, d)
				}
			}
		}
	}
}

// kendall is the O(n^2) sample Kendall's tau (no ties in continuous draws).
func kendall(u, v []float64) float64 {
	var s float64
	for i := range u {
		for j := i + 1; j < len(u); j++ {
			if (u[i]-u[j])*(v[i]-v[j]) > 0 {
				s++
			} else {
				s--
			}
		}
	}
	n := float64(len(u))
	return 2 * s / (n * (n - 1))
}

// TestCopulaRandTau checks Rand against Tau (sample Kendall's tau of 3000
// seeded draws, standard error below 0.013) and against CDF at a point.
func TestCopulaRandTau(t *testing.T) {
	const n = 3000
	for name, c := range testCopulas(7) {
		if name == "Independent" {
			continue
		}
		u, v := make([]float64, n), make([]float64, n)
		below := 0
		for i := range u {
			u[i], v[i] = c.Rand()
			if u[i] <= 0.3 && v[i] <= 0.6 {
				below++
			}
		}
		if d := math.Abs(kendall(u, v) - c.Tau()); d > 0.04 {
			t.Errorf("%s: sample tau %v, Tau %v", name, kendall(u, v), c.Tau())
		}
		p := c.CDF(0.3, 0.6)
		if d := math.Abs(float64(below)/n - p); d > 4*math.Sqrt(p*(1-p)/n) {
			t.Errorf("%s: empirical C(0.3, 0.6) = %v, CDF %v", name, float64(below)/n, p)
		}
	}
}

func TestFromTau(t *testing.T) {
	for _, tau := range []float64{-0.5, -0.1606, 0.05, 0.2223, 0.7} {
		g, err := GaussianFromTau(tau)
		if err != nil || math.Abs(g.Tau()-tau) > 1e-14 {
			t.Errorf("Gaussian tau %v: %v %v", tau, g.Tau(), err)
		}
		f, err := FrankFromTau(tau)
		if err != nil || math.Abs(f.Tau()-tau) > 1e-10 {
			t.Errorf("Frank tau %v: %v %v", tau, f.Tau(), err)
		}
		if tau > 0 {
			c, _ := ClaytonFromTau(tau)
			gu, _ := GumbelFromTau(tau)
			if math.Abs(c.Tau()-tau) > 1e-14 || math.Abs(gu.Tau()-tau) > 1e-14 {
				t.Errorf("tau %v: Clayton %v Gumbel %v", tau, c.Tau(), gu.Tau())
			}
		}
	}
	// Frank's tau at theta = 5: 1 - 4/5 (1 - D1(5)) = 0.4567009581601168 with
	// D1(5) from scipy.integrate.quad (0.3208761977001461).
	if d := math.Abs(Frank{Theta: 5}.Tau() - 0.4567009581601168); d > 1e-13 {
		t.Errorf("Frank tau(5) = %v", Frank{Theta: 5}.Tau())
	}
	for _, c := range []Copula{Gaussian{Rho: 1}, StudentT{Rho: 0.5, Nu: 0}, Clayton{Theta: -1}, Frank{Theta: 0}, Gumbel{Theta: 0.9}, Rotated{C: Clayton{Theta: 1}, Angle: 45}} {
		if c.Validate() == nil {
			t.Errorf("%#v: no error", c)
		}
	}
	if _, err := ClaytonFromTau(-0.2); err == nil {
		t.Error("Clayton with negative tau: no error")
	}
	if _, err := Calibrate(FamilyClayton, -0.25, 0, 180); err == nil {
		t.Error("Calibrate with angle 180 for negative rho: no error")
	}
	for _, f := range []Family{FamilyGaussian, FamilyStudentT, FamilyClayton, FamilyFrank, FamilyGumbel} {
		c, err := Calibrate(f, -0.25, 5, 270)
		if err != nil {
			t.Fatal(err)
		}
		if d := math.Abs(c.Tau() - TauFromRho(-0.25)); d > 1e-10 {
			t.Errorf("%s: tau %v, want %v", f, c.Tau(), TauFromRho(-0.25))
		}
	}
}

func TestGaussianCopulaIdentity(t *testing.T) {
	// C(1/2, 1/2) = 1/4 + asin(rho) / (2 pi).
	for _, r := range []float64{-0.337, 0, 0.342} {
		if d := math.Abs(Gaussian{Rho: r}.CDF(0.5, 0.5) - (0.25 + math.Asin(r)/(2*math.Pi))); d > 1e-15 {
			t.Errorf("rho %v: off by %g", r, d)
		}
	}
}
