package macro

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"
)

// nullable decodes JSON numbers with null as NaN.
type nullable []float64

func (v *nullable) UnmarshalJSON(b []byte) error {
	var raw []*float64
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*v = make([]float64, len(raw))
	for i, p := range raw {
		(*v)[i] = math.NaN()
		if p != nil {
			(*v)[i] = *p
		}
	}
	return nil
}

type macroPeer struct {
	GDP, CPI, Y, G, Pi nullable
	Window, H          int
	Rolling            map[string]nullable
	StatsFrom          int `json:"stats_from"`
	StatsTo            int `json:"stats_to"`
	Stats              map[string]float64
	Reg                struct {
		N, Lag           int
		Coef, SE, PValue []float64
		R2               float64
	}
}

func loadMacroPeer(t *testing.T) macroPeer {
	t.Helper()
	raw, err := os.ReadFile("testdata/macro_peer.json")
	if err != nil {
		t.Fatal(err)
	}
	var p macroPeer
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func closeSeries(t *testing.T, name string, got, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", name, len(got), len(want))
	}
	for i := range got {
		if math.IsNaN(want[i]) != math.IsNaN(got[i]) || math.Abs(got[i]-want[i]) > tol*math.Max(1, math.Abs(want[i])) {
			t.Fatalf("%s[%d] = %v, pandas %v", name, i, got[i], want[i])
		}
	}
}

// TestDescribeGrowthInflationPandas compares with pandas (testdata/gen_macro_peer.py):
// pct_change(4), rolling(16).std(), rolling(16).corr(), std() and corr().
func TestDescribeGrowthInflationPandas(t *testing.T) {
	p := loadMacroPeer(t)
	g, pi := Change(p.GDP, p.H), Change(p.CPI, p.H)
	closeSeries(t, "g", g, p.G, 1e-14)
	closeSeries(t, "pi", pi, p.Pi, 1e-14)
	r, err := RollingGrowthInflation(g, pi, p.Window)
	if err != nil {
		t.Fatal(err)
	}
	closeSeries(t, "sigma_g", r.SigmaG, p.Rolling["sigma_g"], 1e-12)
	closeSeries(t, "sigma_pi", r.SigmaPi, p.Rolling["sigma_pi"], 1e-12)
	closeSeries(t, "rho", r.Rho, p.Rolling["rho"], 1e-10)
	closeSeries(t, "phi", r.Phi, p.Rolling["phi"], 1e-12)
	s, err := DescribeGrowthInflation(g[p.StatsFrom:p.StatsTo], pi[p.StatsFrom:p.StatsTo])
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string][2]float64{
		"sigma_g": {s.SigmaG, p.Stats["sigma_g"]}, "sigma_pi": {s.SigmaPi, p.Stats["sigma_pi"]},
		"rho": {s.Rho, p.Stats["rho"]}, "phi": {s.Phi, p.Stats["sigma_g"] / p.Stats["sigma_pi"]},
	} {
		if math.Abs(c[0]-c[1]) > 1e-12 {
			t.Errorf("stats %s = %v, pandas %v", name, c[0], c[1])
		}
	}
}

// TestRegressStatsmodels compares Regress (NaN rows dropped, NW94 lag) with
// statsmodels OLS(...).fit(cov_type='HAC', cov_kwds={'maxlags': L}).
func TestRegressStatsmodels(t *testing.T) {
	p := loadMacroPeer(t)
	lv, vol := LevelVol(p.CPI, p.H, p.Window)
	reg, err := Regress(p.Y, []Factor{{"pi", lv}, {"sigma_pi", vol}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if reg.N != p.Reg.N || reg.HAC.Lag != p.Reg.Lag || len(reg.Rows) != p.Reg.N {
		t.Fatalf("n = %d lag = %d, statsmodels n = %d lag = %d", reg.N, reg.HAC.Lag, p.Reg.N, p.Reg.Lag)
	}
	for j := range p.Reg.Coef {
		for _, c := range [][3]float64{{reg.OLSFit.Coef[j], p.Reg.Coef[j], 1e-9}, {reg.StdErr[j], p.Reg.SE[j], 1e-8}, {reg.PValue[j], p.Reg.PValue[j], 1e-8}} {
			if math.Abs(c[0]-c[1]) > c[2]*math.Max(1, math.Abs(c[1])) {
				t.Errorf("%s: ours %v, statsmodels %v", reg.Names[j], c[0], c[1])
			}
		}
	}
	if math.Abs(reg.R2-p.Reg.R2) > 1e-12 {
		t.Errorf("R2 %v, statsmodels %v", reg.R2, p.Reg.R2)
	}
	if c, _, ok := reg.Coef("sigma_pi"); !ok || c != reg.OLSFit.Coef[2] {
		t.Errorf("Coef(sigma_pi) = %v, %v", c, ok)
	}
	if _, _, ok := reg.Coef("nope"); ok {
		t.Error("unknown name found")
	}
}

func TestStars(t *testing.T) {
	for p, want := range map[float64]string{0.001: "***", 0.02: "**", 0.07: "*", 0.2: "", math.NaN(): ""} {
		if got := Stars(p); got != want {
			t.Errorf("Stars(%v) = %q, want %q", p, got, want)
		}
	}
}

func TestMacroErrors(t *testing.T) {
	if _, err := RollingGrowthInflation(make([]float64, 10), make([]float64, 10), 16); err == nil ||
		!strings.Contains(err.Error(), "10 observations, shorter than the window of 16") {
		t.Errorf("short series: %v", err)
	}
	if _, err := DescribeGrowthInflation([]float64{1, math.NaN(), 2}, []float64{1, 2, 3}); err == nil || !strings.Contains(err.Error(), "row 1") {
		t.Errorf("NaN: %v", err)
	}
	if _, err := DescribeGrowthInflation([]float64{1, 1, 1}, []float64{1, 2, 3}); err == nil || !strings.Contains(err.Error(), "constant") {
		t.Errorf("constant: %v", err)
	}
	if _, err := DescribeGrowthInflation([]float64{1, 2}, []float64{1, 2}); err == nil {
		t.Error("2 observations accepted")
	}
	if _, err := Regress([]float64{1, 2, math.NaN()}, []Factor{{"x", []float64{1, math.NaN(), 3}}}, nil); err == nil ||
		!strings.Contains(err.Error(), "macro: Regress: on [x]") {
		t.Errorf("too few rows: %v", err)
	}
	if _, err := RatioSplice([]float64{1, 2}, []float64{math.NaN(), math.NaN()}); err == nil {
		t.Error("empty late series accepted")
	}
	for name, f := range map[string]func(){
		"Change h=0":        func() { Change([]float64{1}, 0) },
		"Rolling lengths":   func() { RollingGrowthInflation([]float64{1}, []float64{1, 2}, 2) },
		"Regress lengths":   func() { Regress([]float64{1, 2}, []Factor{{"x", []float64{1}}}, nil) },
		"RatioSplice sizes": func() { RatioSplice([]float64{1}, []float64{1, 2}) },
	} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.HasPrefix(r.(string), "macro: ") {
					t.Errorf("%s: panic %v", name, r)
				}
			}()
			f()
		}()
	}
}

func TestRatioSplice(t *testing.T) {
	nan := math.NaN()
	got, err := RatioSplice([]float64{10, 11, 12, 13}, []float64{nan, nan, 24, nan})
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{20, 22, 24, nan}
	closeSeries(t, "splice", got, want, 1e-15)
	if c := Change(got, 1); math.Abs(c[1]-0.1) > 1e-15 {
		t.Errorf("growth of the early part changed: %v", c[1])
	}
}
