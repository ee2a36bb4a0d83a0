package macro

import (
	"math"
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/check"
)

// within reports whether ours is within one unit of the last digit of printed.
func within(t *testing.T, name, printed string, ours float64) {
	t.Helper()
	p, err := check.ParsePrinted(printed)
	v, tol, f := p.Value, p.Tol, p.Format
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if d := math.Abs(ours - v); !(d <= tol*(1+1e-9)) {
		t.Errorf("%s: printed %s, ours %s (diff %s > tol %s)", name, printed, f.Value(ours), f.Diff(ours-v), f.Diff(tol))
	}
}

func mustRho(t *testing.T, m Li) float64 {
	t.Helper()
	rho, err := m.Correlation()
	if err != nil {
		t.Fatal(err)
	}
	return rho
}

func TestLiDefault(t *testing.T) {
	// Section 2.4.1: "we find that the stock-bond correlation is 51%".
	within(t, "default rho_SB", "51%", mustRho(t, LiDefault()))
	within(t, "default rho_SB (Table 6)", "51.1%", mustRho(t, LiDefault()))
	// Footnote 13: sigma_pi = 5% gives -34.3%.
	within(t, "footnote 13", "-34.3%", mustRho(t, LiDefault().With(SigmaPi, 0.05)))
	// Tables 8-9 defaults.
	within(t, "negative default", "44.9%", mustRho(t, LiNegativeDefault()))
}

func TestLiPaperTables(t *testing.T) {
	compared := 0
	for _, tab := range LiPaperTables() {
		for _, col := range tab.Columns {
			got, err := tab.Base.Sensitivity(col.Param, col.Values)
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range col.Printed {
				if p == "" {
					continue
				}
				within(t, tab.Name+" "+col.Param.String()+"="+check.Decimals(2).Value(col.Values[i]), p, got[i])
				compared++
			}
		}
	}
	if compared != 53 {
		t.Errorf("compared %d printed cells, want 53", compared)
	}
}

// TestLiPrintedFormulas expands the printed closed forms term by term and
// compares them with the exposure-vector form: eq. (6), (7) and (8) agree,
// the printed eq. (18) and eq. (20) do not and fail the tables.
func TestLiPrintedFormulas(t *testing.T) {
	for _, m := range []Li{LiDefault(), LiNegativeDefault(), LiDefault().With(RhoPiDelta, 0.5).With(SigmaDelta, 0.3)} {
		mo, err := m.Moments()
		if err != nil {
			t.Fatal(err)
		}
		n := float64(m.N)
		vr, vp, vd := m.VelR, m.VelPi, m.VelDelta
		sr, sp, sd := m.SigmaR, m.SigmaPi, m.SigmaDelta
		ar, ap := 1-math.Pow(vr, n), 1-math.Pow(vp, n)
		head := ar/((1-vr)*(1-vr))*sr*sr - ap*vp/(1-vp)*sp*sp +
			(ap*vp-ar*(1-vp))/((1-vr)*(1-vp))*m.RhoRPi*sr*sp -
			ar/((1-vr)*(1-vd))*m.RhoRDelta*sr*sd
		eq6 := head - ap*vp/((1-vp)*(1-vd))*m.RhoPiDelta*sp*sd
		eq18 := head - ap*vp/((1-vr)*(1-vd))*m.RhoPiDelta*sp*sd
		eq7 := math.Pow(ar/(1-vr), 2)*sr*sr + math.Pow(ap/(1-vp)*vp, 2)*sp*sp +
			2*ar*ap*vp/((1-vr)*(1-vp))*m.RhoRPi*sr*sp
		tail := 1/((1-vr)*(1-vr))*sr*sr + sp*sp - 2/(1-vr)*m.RhoRPi*sr*sp -
			2/((1-vr)*(1-vd))*m.RhoRDelta*sr*sd + 2/(1-vd)*m.RhoPiDelta*sp*sd
		eq8 := tail + sd*sd/((1-vd)*(1-vd))
		for _, c := range []struct {
			name      string
			got, want float64
		}{{"eq. (6)", eq6, mo.Cov}, {"eq. (7)", eq7, mo.VarB}, {"eq. (8)", eq8, mo.VarS}} {
			if math.Abs(c.got-c.want) > 1e-15 {
				t.Errorf("%s = %v, exposure form %v", c.name, c.got, c.want)
			}
		}
		if math.Abs(eq18-mo.Cov) < 1e-6 {
			t.Errorf("eq. (18) unexpectedly equals the exposure form for %+v", m)
		}
	}
	// With the defaults, eq. (18) and eq. (20) miss the printed 51.1%.
	m := LiDefault()
	mo, _ := m.Moments()
	vp, vr, vd := m.VelPi, m.VelR, m.VelDelta
	ap := 1 - math.Pow(vp, 10)
	cov18 := mo.Cov + ap*vp/((1-vp)*(1-vd))*m.RhoPiDelta*m.SigmaPi*m.SigmaDelta -
		ap*vp/((1-vr)*(1-vd))*m.RhoPiDelta*m.SigmaPi*m.SigmaDelta
	var20 := mo.VarS - m.SigmaDelta*m.SigmaDelta/((1-vd)*(1-vd)) + math.Pow(vd/(1-vd), 2)*m.SigmaDelta*m.SigmaDelta
	for name, rho := range map[string]float64{
		"eq. (18)": cov18 / math.Sqrt(mo.VarB*mo.VarS),
		"eq. (20)": mo.Cov / math.Sqrt(mo.VarB*var20),
	} {
		if math.Abs(rho-0.511) < 0.001 {
			t.Errorf("%s reproduces 51.1%% (%v); expected it not to", name, rho)
		}
	}
}

func TestLiDecompose(t *testing.T) {
	for _, tab := range LiPaperTables() {
		for _, col := range tab.Columns {
			for _, v := range col.Values {
				m := tab.Base.With(col.Param, v)
				d, err := m.Decompose()
				if err != nil {
					t.Fatal(err)
				}
				cov := d.Moments.Cov
				if s := d.Rates + d.Inflation + d.InflationDividend; math.Abs(s-cov) > 1e-15 {
					t.Errorf("%v: three terms add to %v, cov %v", m, s, cov)
				}
				if s := d.RatesTwo + d.InflationTwo; math.Abs(s-cov) > 1e-15 {
					t.Errorf("%v: two terms add to %v, cov %v", m, s, cov)
				}
				c := d.Corr()
				if s := c.Rates + c.Inflation + c.InflationDividend; math.Abs(s-d.Moments.Rho) > 1e-12 {
					t.Errorf("%v: correlation terms add to %v, rho %v", m, s, d.Moments.Rho)
				}
				// Signs stated in section 2.4.1: sigma_SB(sigma_pi) <= 0 when
				// varrho_pi >= 0; sigma_SB(rho_pd, sigma_pi) has the sign of
				// -rho_pd.
				if m.VelPi >= 0 && d.Inflation > 0 {
					t.Errorf("%v: inflation term %v > 0", m, d.Inflation)
				}
				if m.VelPi > 0 && d.InflationDividend*m.RhoPiDelta > 0 {
					t.Errorf("%v: inflation-dividend term %v has the sign of rho_pd", m, d.InflationDividend)
				}
				// Two-term form: sigma'_SB(sigma_r) >= 0 when rho_{r,delta} <= 0
				// (every table has rho_{r,delta} = -25%), as printed.
				if d.RatesTwo < 0 {
					t.Errorf("%v: two-term rates part %v < 0", m, d.RatesTwo)
				}
				// Three-term form: the printed sigma_SB(sigma_r) >= 0 holds on
				// every parameter set of Tables 6-10.
				if d.Rates < 0 {
					t.Errorf("%v: rates term %v < 0", m, d.Rates)
				}
			}
		}
	}
	// Printed sigma_SB(sigma_pi) = -(1-vp^n) vp/(1-vp) sigma_pi^2 at the defaults.
	m := LiDefault()
	d, _ := m.Decompose()
	want := -(1 - math.Pow(0.6, 10)) * 0.6 / 0.4 * 1e-4
	if math.Abs(d.Inflation-want) > 1e-18 {
		t.Errorf("inflation term %v, want %v", d.Inflation, want)
	}
}

func TestLiValidate(t *testing.T) {
	for _, c := range []struct {
		name string
		m    Li
		want string
	}{
		{"unit root", LiDefault().With(VelR, 1), "varrho_r = 1 is a unit root"},
		{"velocity too high", LiDefault().With(VelPi, 1.2), "varrho_pi = 1.2 outside"},
		{"velocity too low", LiDefault().With(VelDelta, -0.6), "varrho_delta = -0.6 outside"},
		{"NaN velocity", LiDefault().With(VelDelta, math.NaN()), "varrho_delta = NaN"},
		{"negative sigma", LiDefault().With(SigmaPi, -0.01), "sigma_pi = -0.01"},
		{"rho > 1", LiDefault().With(RhoRPi, 1.5), "rho_r_pi = 1.5 outside [-1, 1]"},
		{"not PD", LiDefault().With(RhoRPi, 0.9).With(RhoRDelta, 0.9).With(RhoPiDelta, -0.9), "not positive definite"},
		{"rho = 1", LiDefault().With(RhoRPi, 1), "not positive definite"},
		{"zero duration", Li{VelR: 0.5}, "bond duration n = 0"},
		{"zero bond variance", LiDefault().With(SigmaR, 0).With(SigmaPi, 0), "bond variance is 0"},
	} {
		_, err := c.m.Moments()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", c.name, err, c.want)
		}
	}
	if err := LiDefault().Validate(); err != nil {
		t.Errorf("defaults: %v", err)
	}
	if _, err := LiDefault().Sensitivity(VelR, []float64{0.5, 1}); err == nil || !strings.Contains(err.Error(), "varrho_r = 1:") {
		t.Errorf("Sensitivity error %v", err)
	}
}

func TestPowN(t *testing.T) {
	for _, x := range []float64{-0.5, -0.3, 0, 0.1, 0.6, 0.9, 0.999} {
		for _, n := range []int{0, 1, 2, 7, 10, 30} {
			if got, want := powN(x, n), math.Pow(x, float64(n)); math.Abs(got-want) > 1e-15 {
				t.Errorf("powN(%v, %d) = %v, math.Pow %v", x, n, got, want)
			}
		}
	}
}
