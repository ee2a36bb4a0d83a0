package usdata

import (
	"errors"
	"math"
	"testing"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/sbcorr/macro"
)

// need skips the test when the shared data are absent (unless
// SBCORR_REQUIRE_DATA=1, in which case datasets returns a plain error and
// the test fails).
func need(t *testing.T, err error) {
	t.Helper()
	if errors.Is(err, datasets.ErrNoData) {
		t.Skipf("shared data not found: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
}

func TestSplices(t *testing.T) {
	cpi, err := CPIMonthly("")
	need(t, err)
	if cpi.First() != datasets.Date(1871, 1, 1) || cpi.CountNaN() != 0 {
		t.Errorf("CPI from %v with %d NaN", cpi.First(), cpi.CountNaN())
	}
	// From 1980 the spliced CPI is CPIAUCSL itself.
	i := 0
	for cpi.Dates[i].Before(datasets.Date(1980, 1, 1)) {
		i++
	}
	if cpi.Values[i] != 78.0 {
		t.Errorf("CPI 1980-01 = %v, CPIAUCSL 78.0", cpi.Values[i])
	}
	gdp, err := RealGDPQuarterly("")
	need(t, err)
	if gdp.First() != datasets.Date(1947, 1, 1) || gdp.CountNaN() != 0 {
		t.Errorf("real GDP from %v with %d NaN", gdp.First(), gdp.CountNaN())
	}
}

// TestTable13 compares the US row of Table 13 with our data. Tolerances:
// 2000-2023 uses FRED's real GDP and CPI like the paper's OECD data, so
// volatilities must agree to 0.1 percentage point and the correlation to 10
// points; before 1980 real growth is nominal GDP deflated by CPI, so
// sigma_g may exceed the paper's 2.4% by up to 0.5 point. Our 1960-1999
// correlation (-60%) is well below the paper's -45.2%, and the splice is
// not the cause: 1980-1999 alone, on official real GDP (GDPC1) and
// CPIAUCSL with no splice, gives -62%, which the test pins down.
func TestTable13(t *testing.T) {
	g, pi, err := GrowthInflation("")
	need(t, err)
	stats := func(y0, y1 int) macro.MacroStats {
		from, to := datasets.Date(y0, 1, 1), datasets.Date(y1, 12, 31)
		s, err := macro.GrowthInflationStats(g.Between(from, to).Values, pi.Between(from, to).Values)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	late := stats(2000, 2023)
	for _, c := range []struct {
		name             string
		ours, paper, tol float64
	}{
		{"2000-2023 sigma_g", late.SigmaG, 0.022, 0.001},
		{"2000-2023 sigma_pi", late.SigmaPi, 0.018, 0.001},
		{"2000-2023 rho", late.Rho, 0.350, 0.10},
		{"2000-2023 phi", late.Phi, 1.2, 0.1},
	} {
		if math.Abs(c.ours-c.paper) > c.tol {
			t.Errorf("%s = %.4f, paper %.4f (tol %.3f)", c.name, c.ours, c.paper, c.tol)
		}
	}
	if mid := stats(1980, 1999); mid.Rho > -0.55 || mid.Rho < -0.70 {
		t.Errorf("1980-1999 (no splice): rho_g_pi = %.3f, expected about -0.62", mid.Rho)
	}
	early := stats(1960, 1999)
	if math.Abs(early.SigmaPi-0.031) > 0.001 || early.SigmaG < 0.024 || early.SigmaG > 0.029 ||
		early.Rho > -0.3 || early.Phi >= 1 {
		t.Errorf("1960-1999: %+v, paper sigma_g 2.4%% sigma_pi 3.1%% rho -45.2%% phi 0.8", early)
	}
	r, err := macro.RollingGrowthInflation(g.Values, pi.Values, WindowQuarters)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.Rho); math.IsNaN(r.Rho[n-1]) || !math.IsNaN(r.Rho[WindowQuarters-2]) || math.IsNaN(r.Rho[WindowQuarters-1]) {
		t.Errorf("rolling window edges wrong")
	}
}

// TestRegressionsPaper checks the regressions of Tables 19-22 and 34 on our
// 1965-2023 data against the paper: R^2 within 2 points (1 point for the
// growth regressions of Table 21; our bond returns, CPI splice and S&P 500
// price index differ from Bloomberg's series), the yield slope within 0.5,
// the growth slope within 0.2, and the signs and significance the paper
// reports for beta_pi and beta_g (1%) and beta_sigma_g (not significant);
// for Table 33 the slopes on y within 0.5 and on sigma_pi within 1.0.
func TestRegressionsPaper(t *testing.T) {
	r, err := RunRegressions("", datasets.Date(1965, 1, 1), datasets.Date(2023, 12, 31))
	need(t, err)
	if b, p, _ := r.Yield.Coef("y"); math.Abs(b-7.75) > 0.5 || p >= 0.01 || math.Abs(r.Yield.R2-0.4872) > 0.02 {
		t.Errorf("yield regression: beta_1 %.2f (p %.3g), R2 %.4f; paper 7.75***, 48.72%%", b, p, r.Yield.R2)
	}
	paperR2 := []float64{0.1044, 0.1026, 0.1516, 0.2165, 0.3456}
	// Table 21, GDP panel: R^2 and slope on g; Table 34, GDP panel: R^2.
	paperG := []float64{0.0535, 0.1475, 0.2455, 0.3055, 0.3527}
	paperBetaG := []float64{6.39, 4.02, 2.85, 2.15, 1.30}
	paperYIG := []float64{0.5603, 0.5377, 0.5383, 0.5436, 0.5313}
	paperT33Y := []float64{8.03, 9.33, 9.98, 10.08, 9.25}
	paperT33Sigma := []float64{-25.61, -7.40, -5.35, -1.42, 4.74}
	paperYI := []float64{0.5501, 0.5241, 0.5232, 0.5149, 0.5292}
	for i, h := range r.Horizons {
		if d := r.Inflation[i].R2 - paperR2[i]; math.Abs(d) > 0.02 {
			t.Errorf("Table 20 %s: R2 %.4f, paper %.4f", h.Name, r.Inflation[i].R2, paperR2[i])
		}
		if d := r.YieldInflation[i].R2 - paperYI[i]; math.Abs(d) > 0.02 {
			t.Errorf("Table 22 + Inflation %s: R2 %.4f, paper %.4f", h.Name, r.YieldInflation[i].R2, paperYI[i])
		}
		if b, p, _ := r.Inflation[i].Coef("pi"); b <= 0 || p >= 0.01 {
			t.Errorf("Table 20 %s: beta_pi %.2f (p %.3g), paper positive ***", h.Name, b, p)
		}
		if d := r.Growth[i].R2 - paperG[i]; math.Abs(d) > 0.01 {
			t.Errorf("Table 21 %s: R2 %.4f, paper %.4f", h.Name, r.Growth[i].R2, paperG[i])
		}
		if b, p, _ := r.Growth[i].Coef("g"); math.Abs(b-paperBetaG[i]) > 0.2 || p >= 0.01 {
			t.Errorf("Table 21 %s: beta_g %.2f (p %.3g), paper %.2f***", h.Name, b, p, paperBetaG[i])
		}
		if _, p, _ := r.Growth[i].Coef("sigma_g"); p < 0.05 {
			t.Errorf("Table 21 %s: beta_sigma_g significant (p %.3g), paper not significant", h.Name, p)
		}
		if d := r.YieldInflationGrowth[i].R2 - paperYIG[i]; math.Abs(d) > 0.02 {
			t.Errorf("Table 34 (GDP) %s: R2 %.4f, paper %.4f", h.Name, r.YieldInflationGrowth[i].R2, paperYIG[i])
		}
		// Table 33 (yield + inflation): slopes on y within 0.5 and on the
		// annualised sigma_pi within 1.0 (they are off by sqrt(12/h)
		// without the annualisation).
		if b, _, _ := r.YieldInflation[i].Coef("y"); math.Abs(b-paperT33Y[i]) > 0.5 {
			t.Errorf("Table 33 %s: beta_y %.2f, paper %.2f", h.Name, b, paperT33Y[i])
		}
		if b, _, _ := r.YieldInflation[i].Coef("sigma_pi"); math.Abs(b-paperT33Sigma[i]) > 1.0 {
			t.Errorf("Table 33 %s: beta_sigma_pi %.2f, paper %.2f", h.Name, b, paperT33Sigma[i])
		}
		if r.YieldInflationGrowth[i].R2 < r.YieldInflation[i].R2 || r.YieldInflation[i].R2 < r.Yield.R2 {
			t.Errorf("Table 22 %s: nested R2 not increasing", h.Name)
		}
	}
}
