package macro

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestGrowthInflationStandard(t *testing.T) {
	m := GrowthInflationStandard()
	// rho_{g,pi} = 0: (-varphi^2 + 1) / (varphi^2 + 1) = -3/5.
	rho, err := m.Correlation()
	if err != nil || math.Abs(rho+0.6) > 1e-15 {
		t.Errorf("standard rho = %v, %v; want -0.6", rho, err)
	}
	star, err := m.Threshold()
	if err != nil || star != 1 {
		t.Errorf("threshold %v, %v; want 1", star, err)
	}
	// Table 13 reading (section 2.4.3): 1960-2000 (rho_g_pi = -45.2%,
	// varphi = 0.8) predicts a positive correlation, 2000-2023 (+35.0%,
	// 1.2) a negative one.
	for _, c := range []struct {
		phi, rho float64
		pos      bool
	}{{0.8, -0.452, true}, {1.2, 0.35, false}} {
		r, _ := m.With(Phi, c.phi).With(RhoGPi, c.rho).Correlation()
		if (r > 0) != c.pos {
			t.Errorf("varphi %v rho_g_pi %v: rho_SB %v", c.phi, c.rho, r)
		}
	}
}

// TestGrowthInflationMatrixForm compares the closed forms of appendix A.9
// with b_S' Sigma b_B computed from the 2x2 shock covariance matrix.
func TestGrowthInflationMatrixForm(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		m := GrowthInflation{BetaSG: 4*r.Float64() - 2, BetaSPi: 4*r.Float64() - 2, BetaBG: 4*r.Float64() - 2,
			BetaBPi: 4*r.Float64() - 2, Phi: 3 * r.Float64(), RhoGPi: 2*r.Float64() - 1}
		sp := 0.05 * r.Float64()
		sg := m.Phi * sp
		cov := [2][2]float64{{sg * sg, m.RhoGPi * sg * sp}, {m.RhoGPi * sg * sp, sp * sp}}
		q := func(x, y [2]float64) float64 {
			return x[0]*cov[0][0]*y[0] + x[0]*cov[0][1]*y[1] + x[1]*cov[1][0]*y[0] + x[1]*cov[1][1]*y[1]
		}
		bS, bB := [2]float64{m.BetaSG, m.BetaSPi}, [2]float64{m.BetaBG, m.BetaBPi}
		mo, err := m.Moments(sp)
		if err != nil {
			t.Fatal(err)
		}
		want := q(bS, bB) / math.Sqrt(q(bS, bS)*q(bB, bB))
		if math.Abs(mo.Rho-want) > 1e-12 || math.Abs(mo.Cov-q(bS, bB)) > 1e-15 {
			t.Fatalf("%+v: rho %v, matrix form %v", m, mo.Rho, want)
		}
		rho, _ := m.Correlation()
		if math.Abs(rho-mo.Rho) > 1e-12 {
			t.Fatalf("%+v: rho depends on sigma_pi (%v vs %v)", m, rho, mo.Rho)
		}
	}
}

// TestGrowthInflationSignTable checks the sign table of section 2.4.3 with
// beta_Spi, beta_Bg, beta_Bpi < 0 and beta_Sg on both sides of beta*_Sg.
func TestGrowthInflationSignTable(t *testing.T) {
	base := GrowthInflation{BetaSPi: -0.5, BetaBG: -2, BetaBPi: -0.8, Phi: 1.5}
	star, _ := base.Threshold() // 1.25
	for _, c := range []struct {
		betaSG, rho float64
		cross       Sign
	}{
		{0.5 * star, -0.3, -1}, {0.5 * star, 0.3, 1},
		{2 * star, -0.3, 1}, {2 * star, 0.3, -1},
	} {
		g, p, x := base.With(BetaSG, c.betaSG).With(RhoGPi, c.rho).Signs()
		if g != -1 || p != 1 || x != c.cross {
			t.Errorf("beta_Sg %v rho %v: signs (%d, %d, %d), want (-1, +1, %d)", c.betaSG, c.rho, g, p, x, c.cross)
		}
	}
}

// TestGrowthInflationFigures checks the statements about Figures 66-69.
func TestGrowthInflationFigures(t *testing.T) {
	grid := func(lo, hi float64, n int) []float64 {
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = lo + (hi-lo)*float64(i)/float64(n-1)
		}
		return xs
	}
	std := GrowthInflationStandard()
	// Figure 66: negative except when beta_Sg or beta_Bg is very low.
	for _, p := range []GIParam{BetaSPi, BetaBPi, RhoGPi} {
		xs := grid(-2, 0, 41)
		if p == RhoGPi {
			xs = grid(-0.9, 0.9, 37)
		}
		ys, err := std.Curve(p, xs)
		if err != nil {
			t.Fatal(err)
		}
		for i, y := range ys {
			if y >= 0 {
				t.Errorf("Figure 66: %s = %v gives rho_SB = %v >= 0", p, xs[i], y)
			}
		}
	}
	if y, _ := std.With(BetaSG, 0.1).Correlation(); y <= 0 {
		t.Errorf("Figure 66: beta_Sg = 0.1 gives %v, expected positive", y)
	}
	if y, _ := std.With(BetaBG, -0.1).Correlation(); y <= 0 {
		t.Errorf("Figure 66: beta_Bg = -0.1 gives %v, expected positive", y)
	}
	// Figure 67: beta_Sg = 0.2, positive especially when rho_g_pi > 0.
	low := std.With(BetaSG, 0.2)
	ys, _ := low.Curve(RhoGPi, grid(0, 0.9, 10))
	for _, y := range ys {
		if y <= 0 {
			t.Errorf("Figure 67: rho_SB %v <= 0 for rho_g_pi >= 0", y)
		}
	}
	// Figure 68: rho_g_pi = -40%, decreasing in varphi.
	f68 := std.With(RhoGPi, -0.4)
	for _, bsg := range []float64{0.2, 0.5, 1, 2} {
		ys, err := f68.With(BetaSG, bsg).Curve(Phi, grid(0.05, 5, 100))
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(ys); i++ {
			if ys[i] > ys[i-1] {
				t.Errorf("Figure 68: beta_Sg %v not decreasing in varphi at %d", bsg, i)
				break
			}
		}
	}
}

func TestGrowthInflationErrors(t *testing.T) {
	std := GrowthInflationStandard()
	for _, c := range []struct {
		m    GrowthInflation
		want string
	}{
		{std.With(RhoGPi, 1.2), "rho_g_pi = 1.2 outside"},
		{std.With(Phi, -1), "varphi = -1"},
		{std.With(BetaBPi, math.Inf(1)), "beta_B_pi = +Inf"},
		{std.With(BetaSG, 0).With(BetaSPi, 0), "zero variance"},
	} {
		_, err := c.m.Correlation()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want %q", err, c.want)
		}
	}
	if _, err := std.Moments(0); err == nil {
		t.Error("sigma_pi = 0 accepted")
	}
	if _, err := std.With(BetaBPi, 0).Threshold(); err == nil {
		t.Error("threshold with beta_B_pi = 0 accepted")
	}
	if _, err := std.Curve(RhoGPi, []float64{0, 2}); err == nil || !strings.Contains(err.Error(), "rho_g_pi = 2:") {
		t.Errorf("Curve error %v", err)
	}
}
