package copula

import (
	"math"
	"testing"
)

// bvnRef is an independent high-precision reference:
// Phi2(h, k; rho) = int_{-inf}^{h} phi(x) Phi((k - rho x)/sqrt(1 - rho^2)) dx
// by composite 20-point Gauss-Legendre on panels of width 0.01 from -12.
func bvnRef(h, k, rho float64) float64 {
	s := math.Sqrt(1 - rho*rho)
	f := func(x float64) float64 {
		return math.Exp(-x*x/2) / math.Sqrt(2*math.Pi) * phi((k-rho*x)/s)
	}
	lo := -12.0 // phi(-12) < 1e-31
	m := int(math.Ceil((h - lo) / 0.01))
	return panels(f, lo, h, m, 20)
}

var bvnGrid = struct{ hk, rho []float64 }{
	hk:  []float64{-5, -2.5, -1, -0.3, 0, 0.7, 1.5, 3, 6},
	rho: []float64{-0.999, -0.95, -0.9, -0.6, -0.337, -0.1, 0, 0.2, 0.342, 0.5, 0.8, 0.93, 0.99, 0.9999},
}

func TestBVNCDFQuadrature(t *testing.T) {
	worst := 0.0
	for _, h := range bvnGrid.hk {
		for _, k := range bvnGrid.hk {
			for _, r := range bvnGrid.rho {
				got, want := BVNCDF(h, k, r), bvnRef(h, k, r)
				d := math.Abs(got - want)
				worst = math.Max(worst, d)
				if d > 1e-12 {
					t.Errorf("BVNCDF(%v, %v, %v) = %.17g, quadrature %.17g", h, k, r, got, want)
				}
			}
		}
	}
	t.Logf("largest |BVNCDF - quadrature| = %.2g", worst)
}

func TestBVNCDFIdentities(t *testing.T) {
	for _, r := range []float64{-1, -0.99, -0.7, -0.3, 0, 0.25, 0.6, 0.95, 1} {
		want := 0.25 + math.Asin(r)/(2*math.Pi)
		if d := math.Abs(BVNCDF(0, 0, r) - want); d > 1e-15 {
			t.Errorf("Phi2(0,0,%v) off by %g", r, d)
		}
	}
	// Independence, symmetry, limits.
	for _, h := range []float64{-2, 0.3, 1.7} {
		for _, k := range []float64{-1, 0.5, 2.2} {
			if d := math.Abs(BVNCDF(h, k, 0) - phi(h)*phi(k)); d > 1e-15 {
				t.Errorf("rho = 0: off by %g", d)
			}
			if d := math.Abs(BVNCDF(h, k, 0.4) - BVNCDF(k, h, 0.4)); d > 1e-15 {
				t.Errorf("symmetry off by %g", d)
			}
			// Pr{X <= h, Y <= k} + Pr{X <= h, Y > k} = Phi(h), with -Y of correlation -rho.
			if d := math.Abs(BVNCDF(h, k, 0.4) + BVNCDF(h, -k, -0.4) - phi(h)); d > 1e-15 {
				t.Errorf("reflection off by %g", d)
			}
			if d := math.Abs(BVNCDF(h, k, 1) - phi(math.Min(h, k))); d > 1e-15 {
				t.Errorf("rho = 1 off by %g", d)
			}
		}
	}
	if !math.IsNaN(BVNCDF(0, 0, 1.1)) || !math.IsNaN(BVNCDF(math.NaN(), 0, 0)) {
		t.Error("bad arguments must give NaN")
	}
	if BVNCDF(math.Inf(1), 0.3, 0.5) != phi(0.3) || BVNCDF(math.Inf(-1), 0.3, 0.5) != 0 {
		t.Error("infinite limits")
	}
}

func TestBVTCDF(t *testing.T) {
	// The Dunnett-Sobel series (integer nu) against the quadrature used for
	// real nu, evaluated at the same integer nu.
	worst := 0.0
	for _, nu := range []float64{1, 2, 3, 4, 5, 8, 30} {
		for _, h := range []float64{-4, -1, 0, 0.5, 2.5} {
			for _, k := range []float64{-3, -0.2, 0, 1, 4} {
				for _, r := range []float64{-0.95, -0.5, 0, 0.3, 0.9} {
					got, want := BVTCDF(h, k, r, nu), bvtQuad(h, k, r, nu)
					d := math.Abs(got - want)
					worst = math.Max(worst, d)
					if d > 1e-9 {
						t.Errorf("BVTCDF(%v,%v,%v,%v) = %.15g, quadrature %.15g", h, k, r, nu, got, want)
					}
				}
			}
		}
	}
	t.Logf("largest |series - quadrature| = %.2g", worst)
	// Orthant probability: T2(0,0;rho,nu) = 1/4 + asin(rho)/(2 pi) for every nu.
	for _, nu := range []float64{1, 2.5, 7} {
		for _, r := range []float64{-0.6, 0, 0.342} {
			if d := math.Abs(BVTCDF(0, 0, r, nu) - (0.25 + math.Asin(r)/(2*math.Pi))); d > 1e-10 {
				t.Errorf("orthant nu=%v rho=%v off by %g", nu, r, d)
			}
		}
	}
	// Large nu tends to the normal.
	if d := math.Abs(BVTCDF(0.7, -0.4, 0.5, 1e6) - BVNCDF(0.7, -0.4, 0.5)); d > 1e-6 {
		t.Errorf("nu = 1e6 vs normal off by %g", d)
	}
}
