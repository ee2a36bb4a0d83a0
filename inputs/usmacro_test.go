package inputs

import (
	"math"
	"testing"

	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/sbcorr/macro"
	"github.com/stockbond/sbcorr/series"
)

// usMacro returns the macro data or skips the test without the data folder.
func usMacro(t *testing.T) Macro {
	t.Helper()
	needData(t)
	m, err := USMacro()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The splices: the CPI starts in 1871 and is CPIAUCSL itself from 1980;
// real GDP starts in 1947 without a gap; growth and inflation are
// year-on-year rates on the quarters where both are defined.
func TestUSMacroSplices(t *testing.T) {
	m := usMacro(t)
	if m.CPI.First() != series.Date(1871, 1, 1) || m.CPI.CountNaN() != 0 || m.CPI.Freq != series.Monthly {
		t.Errorf("CPI from %v with %d NaN, %s", m.CPI.First(), m.CPI.CountNaN(), m.CPI.Freq)
	}
	if v := m.CPI.At(series.Date(1980, 1, 1)); v != 78.0 {
		t.Errorf("CPI 1980-01 = %v, CPIAUCSL 78.0", v)
	}
	if len(m.CPI.Prov) != 2 {
		t.Errorf("CPI provenance %v, want Shiller and CPIAUCSL", m.CPI.Prov)
	}
	if m.RealGDP.First() != series.Date(1947, 1, 1) || m.RealGDP.CountNaN() != 0 || len(m.RealGDP.Gaps()) != 0 {
		t.Errorf("real GDP from %v with %d NaN, gaps %v", m.RealGDP.First(), m.RealGDP.CountNaN(), m.RealGDP.Gaps())
	}
	if m.GDP.Freq != series.Quarterly || m.GDP.First() != series.Date(1947, 1, 1) {
		t.Errorf("GDP %s from %v", m.GDP.Freq, m.GDP.First())
	}
	// Growth in 1990Q1 is real GDP over its value four quarters before.
	d := series.Date(1990, 1, 1)
	if g, want := m.Growth.At(d), m.RealGDP.At(d)/m.RealGDP.At(series.Date(1989, 1, 1))-1; g != want {
		t.Errorf("growth 1990Q1 = %v, want %v", g, want)
	}
	if m.Growth.Len() != m.Inflation.Len() || m.Growth.CountNaN()+m.Inflation.CountNaN() != 0 {
		t.Errorf("growth and inflation not aligned: %d %d", m.Growth.Len(), m.Inflation.Len())
	}
}

// TestUSMacroTable13 compares the US row of Table 13 with our data.
// Tolerances: 2000-2023 uses FRED's real GDP and CPI like the paper's OECD
// data, so volatilities must agree to 0.1 percentage point and the
// correlation to 10 points; before 1980 real growth is nominal GDP deflated
// by CPI, so sigma_g may exceed the paper's 2.4% by up to 0.5 point. Our
// 1960-1999 correlation (-60%) is well below the paper's -45.2%, and the
// splice is not the cause: 1980-1999 alone, on official real GDP (GDPC1)
// and CPIAUCSL with no splice, gives -62%, which the test pins down.
func TestUSMacroTable13(t *testing.T) {
	m := usMacro(t)
	stats := func(y0, y1 int) macro.GrowthInflationStats {
		s, err := macro.DescribeGrowthInflation(m.Growth.Years(y0, y1).Values, m.Inflation.Years(y0, y1).Values)
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
}

// TestUSMacroRegressions checks the regressions of Tables 19-22 and 33-34
// on our 1965-2023 data against the paper, built as notebook 09 builds them:
// the 4-year rolling correlation of the monthly pair, inflation factors
// from the monthly CPI (pi = CPI(t)/CPI(t-h) - 1 and its 48-month rolling
// volatility annualised by sqrt(12/h)) and growth factors from quarterly
// nominal GDP (h in quarters, 16-quarter window, sqrt(4/h)). Tolerances:
// R^2 within 2 points (1 point for the growth regressions of Table 21;
// our bond returns, CPI splice and S&P 500 price index differ from
// Bloomberg's series), the yield slope within 0.5, the growth slope within
// 0.2, and the signs and significance the paper reports for beta_pi and
// beta_g (1%) and beta_sigma_g (not significant); for Table 33 the slopes
// on y within 0.5 and on sigma_pi within 1.0.
func TestUSMacroRegressions(t *testing.T) {
	m := usMacro(t)
	us, err := US(series.Monthly, 10)
	if err != nil {
		t.Fatal(err)
	}
	rho := dated.RollingCorr(us.Stock, us.Bond, 48).Years(1965, 2023)
	y := us.Yield.Named("y")
	fit := func(x ...series.Series) dated.RegressionFit {
		r, err := dated.Regress(rho, x...)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if r := fit(y); math.Abs(r.Term("y").Coef-7.75) > 0.5 || r.Term("y").P >= 0.01 || math.Abs(r.R2-0.4872) > 0.02 {
		t.Errorf("yield regression: beta_1 %.2f (p %.3g), R2 %.4f; paper 7.75***, 48.72%%", r.Term("y").Coef, r.Term("y").P, r.R2)
	}
	paper := map[string][]float64{
		"T20 R2": {0.1044, 0.1026, 0.1516, 0.2165, 0.3456}, "T21 R2": {0.0535, 0.1475, 0.2455, 0.3055, 0.3527},
		"T21 g": {6.39, 4.02, 2.85, 2.15, 1.30}, "T22 R2": {0.5501, 0.5241, 0.5232, 0.5149, 0.5292},
		"T34 R2": {0.5603, 0.5377, 0.5383, 0.5436, 0.5313}, "T33 y": {8.03, 9.33, 9.98, 10.08, 9.25},
		"T33 sigma_pi": {-25.61, -7.40, -5.35, -1.42, 4.74},
	}
	for i, h := range macro.PaperHorizons() {
		pi := m.CPI.Change(h.Months).Named("pi")
		spi := dated.RollingVol(pi, 48).Scale(math.Sqrt(12/float64(h.Months)), series.UnitDecimal).Named("sigma_pi")
		q := max(1, h.Months/3)
		g := m.GDP.Change(q).Named("g")
		sg := dated.RollingVol(g, 16).Scale(math.Sqrt(4/float64(q)), series.UnitDecimal).Named("sigma_g")
		infl, grow, yi, yig := fit(pi, spi), fit(g, sg), fit(y, pi, spi), fit(y, pi, spi, g, sg)
		near := func(what string, ours, tol float64) {
			if p := paper[what][i]; math.Abs(ours-p) > tol {
				t.Errorf("%s %s: %.4f, paper %.4f (tol %g)", what, h.Name, ours, p, tol)
			}
		}
		near("T20 R2", infl.R2, 0.02)
		near("T21 R2", grow.R2, 0.01)
		near("T21 g", grow.Term("g").Coef, 0.2)
		near("T22 R2", yi.R2, 0.02)
		near("T34 R2", yig.R2, 0.02)
		near("T33 y", yi.Term("y").Coef, 0.5)
		near("T33 sigma_pi", yi.Term("sigma_pi").Coef, 1.0)
		if b := infl.Term("pi"); b.Coef <= 0 || b.P >= 0.01 {
			t.Errorf("Table 20 %s: beta_pi %.2f (p %.3g), paper positive ***", h.Name, b.Coef, b.P)
		}
		if b := grow.Term("g"); b.P >= 0.01 {
			t.Errorf("Table 21 %s: beta_g p = %.3g, paper ***", h.Name, b.P)
		}
		if b := grow.Term("sigma_g"); b.P < 0.05 {
			t.Errorf("Table 21 %s: beta_sigma_g significant (p %.3g), paper not significant", h.Name, b.P)
		}
		if yig.R2 < yi.R2 || yi.R2 < fit(y).R2 {
			t.Errorf("Table 22 %s: nested R2 not increasing", h.Name)
		}
	}
}
