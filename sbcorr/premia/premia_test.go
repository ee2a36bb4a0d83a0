package premia

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/check"
)

// within fails the test unless got is within one unit of the last digit of
// printed (a number as the paper prints it, "4.79" or "-17.78%"). scale
// converts got to the printed unit when printed has no "%" (100 for tables
// "in %").
func within(t *testing.T, name, printed string, got, scale float64) {
	t.Helper()
	p, err := check.ParsePrinted(printed)
	want, tol := p.Value, p.Tol
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if d := math.Abs(got*scale - want); !(d <= tol*(1+1e-9)) {
		t.Errorf("%s: got %.6g, paper prints %s (|diff| %.3g > %.3g)", name, got*scale, printed, d, tol)
	}
}

func corr3(r12, r13, r23 float64) *mat.SymDense {
	return mat.NewSymDense(3, []float64{1, r12, r13, r12, 1, r23, r13, r23, 1})
}

// Table 1 of Portelli & Roncalli (2024): sigma = (20%, 10%, 5%),
// x = (50%, 40%, 10%), SR = 0.25; premia in %.
func TestTable1(t *testing.T) {
	for _, c := range []struct {
		r12, r13, r23 float64
		pi            [3]string
	}{
		{0.50, 0.60, 0.70, [3]string{"4.79", "1.82", "0.90"}},
		{0.60, -0.40, -0.50, [3]string{"4.85", "1.94", "-0.55"}},
		{0.50, 0.60, -0.30, [3]string{"4.85", "1.74", "0.52"}},
	} {
		m, err := NewMarket([]float64{0.5, 0.4, 0.1}, []float64{0.2, 0.1, 0.05}, corr3(c.r12, c.r13, c.r23), 0.25)
		if err != nil {
			t.Fatal(err)
		}
		p := m.Premia()
		for i, s := range c.pi {
			within(t, "Table 1 pi", s, p[i], 100)
		}
		v, cv := m.PremiaSplit()
		for i := range p {
			if math.Abs(v[i]+cv[i]-p[i]) > 1e-15 || v[i] < 0 {
				t.Errorf("split %d: %v + %v != %v", i, v[i], cv[i], p[i])
			}
		}
	}
}

func table2Market(t *testing.T) *Market {
	corr := mat.NewSymDense(4, []float64{
		1, 0.35, 0.50, 0.70,
		0.35, 1, 0.60, 0.80,
		0.50, 0.60, 1, 0.90,
		0.70, 0.80, 0.90, 1,
	})
	m, err := NewMarket([]float64{0.2, 0.1, 0.3, 0.4}, []float64{0.2, 0.1, 0.05, 0.4}, corr, 0.25)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Table 2 of Portelli & Roncalli (2024): d pi_i / d rho_jk in %.
func TestTable2(t *testing.T) {
	m := table2Market(t)
	for _, c := range []struct {
		j, k int
		d    [4]string
	}{
		{1, 2, [4]string{"0.202", "0.457", "-0.010", "-0.089"}},
		{1, 3, [4]string{"0.304", "-0.026", "0.222", "-0.134"}},
		{1, 4, [4]string{"3.239", "-0.275", "-0.158", "0.466"}},
		{2, 3, [4]string{"-0.013", "0.171", "0.056", "-0.034"}},
		{2, 4, [4]string{"-0.139", "1.829", "-0.040", "0.116"}},
		{3, 4, [4]string{"-0.209", "-0.103", "0.890", "0.175"}},
	} {
		for i, s := range c.d {
			within(t, "Table 2", s, m.DPremiumDCorr(i, c.j-1, c.k-1), 100)
		}
	}
}

// The analytic derivatives of A.1 agree with central finite differences.
func TestDPremiumDCorrNumeric(t *testing.T) {
	m := table2Market(t)
	const h = 1e-6
	for j := range 4 {
		for k := j + 1; k < 4; k++ {
			bump := func(d float64) []float64 {
				c := mat.NewSymDense(4, nil)
				c.CopySym(m.corr)
				c.SetSym(j, k, c.At(j, k)+d)
				mm, err := NewMarket(m.x, m.vols, c, m.sr)
				if err != nil {
					t.Fatal(err)
				}
				return mm.Premia()
			}
			up, dn := bump(h), bump(-h)
			for i := range 4 {
				num := (up[i] - dn[i]) / (2 * h)
				if got := m.DPremiumDCorr(i, j, k); math.Abs(got-num) > 1e-8 {
					t.Errorf("d pi_%d / d rho_%d%d: analytic %v, numeric %v", i+1, j+1, k+1, got, num)
				}
				if got, sym := m.DPremiumDCorr(i, j, k), m.DPremiumDCorr(i, k, j); got != sym {
					t.Errorf("d pi_%d / d rho_%d%d not symmetric in j, k", i+1, j+1, k+1)
				}
			}
		}
	}
}

func TestEulerAndMarginal(t *testing.T) {
	m := table2Market(t)
	rc, mv, sum := m.RiskContributions(), m.MarginalVols(), 0.0
	for i := range rc {
		sum += rc[i]
		if math.Abs(rc[i]-m.x[i]*mv[i]) > 1e-15 {
			t.Errorf("RC_%d != x_i * MV_i", i+1)
		}
	}
	if math.Abs(sum-m.Volatility()) > 1e-14 {
		t.Errorf("Euler: sum RC = %v, sigma(x) = %v", sum, m.Volatility())
	}
	// marginal volatility against a finite difference of sigma(x)
	const h = 1e-7
	for i := range 4 {
		x := append([]float64(nil), m.x...)
		x[i] += h
		_, up := covTimes(x, m.cov)
		x[i] -= 2 * h
		_, dn := covTimes(x, m.cov)
		if num := (up - dn) / (2 * h); math.Abs(num-mv[i]) > 1e-7 {
			t.Errorf("MV_%d = %v, numeric %v", i+1, mv[i], num)
		}
	}
}

// Section 2.1.3: pi = (4.58%, 4.34%, -1.35%) and rho~_23 = 38.2% for
// pi*_3 = 1%.
func TestImpliedCorrExample(t *testing.T) {
	m, err := NewMarket([]float64{0.5, 0.45, 0.05}, []float64{0.2, 0.2, 0.2}, corr3(0.6, -0.1, -0.5), 0.25)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range []string{"4.58%", "4.34%", "-1.35%"} {
		within(t, "pi", s, m.Premia()[i], 1)
	}
	res, err := m.ImpliedCorr(2, 1, 0.01)
	if err != nil {
		t.Fatal(err)
	}
	within(t, "rho~_23", "38.2%", res.Corr, 1)
	if !res.Valid[0] || res.Valid[1] || !strings.Contains(res.Reasons[1], "spurious") {
		t.Errorf("expected root 1 valid and root 2 spurious, got %+v", res)
	}
	// the implied correlation reproduces the target premium
	c := mat.NewSymDense(3, nil)
	c.CopySym(m.corr)
	c.SetSym(2, 1, res.Corr)
	m2, err := NewMarket(m.x, m.vols, c, m.sr)
	if err != nil {
		t.Fatal(err)
	}
	if got := m2.Premia()[2]; math.Abs(got-0.01) > 1e-12 {
		t.Errorf("pi_3 at rho~ = %v, want 0.01", got)
	}
	// a premium no correlation can give: no valid root, error names it
	if _, err := m.ImpliedCorr(2, 1, 0.5); err == nil || !strings.Contains(err.Error(), "no real root") && !strings.Contains(err.Error(), "no valid root") {
		t.Errorf("pi* = 50%%: want an error about the roots, got %v", err)
	}
}

func TestBadInputs(t *testing.T) {
	good := corr3(0.5, 0.6, 0.7)
	for _, c := range []struct {
		name      string
		x, vols   []float64
		corr      *mat.SymDense
		sr        float64
		wantInErr string
	}{
		{"weights", []float64{0.5, 0.4, 0.2}, []float64{0.2, 0.1, 0.05}, good, 0.25, "sum to"},
		{"vol", []float64{0.5, 0.4, 0.1}, []float64{0.2, -0.1, 0.05}, good, 0.25, "negative"},
		{"rho>1", []float64{0.5, 0.4, 0.1}, []float64{0.2, 0.1, 0.05}, corr3(1.2, 0.6, 0.7), 0.25, "> 1"},
		{"psd", []float64{0.5, 0.4, 0.1}, []float64{0.2, 0.1, 0.05}, corr3(0.9, 0.9, -0.9), 0.25, "positive semi-definite"},
		{"sr", []float64{0.5, 0.4, 0.1}, []float64{0.2, 0.1, 0.05}, good, 0, "Sharpe"},
		{"nan", []float64{0.5, math.NaN(), 0.1}, []float64{0.2, 0.1, 0.05}, good, 0.25, "NaN"},
	} {
		_, err := NewMarket(c.x, c.vols, c.corr, c.sr)
		if err == nil || !strings.Contains(err.Error(), c.wantInErr) {
			t.Errorf("%s: want error containing %q, got %v", c.name, c.wantInErr, err)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("NewMarket with mismatched lengths did not panic")
		}
	}()
	NewMarket([]float64{1}, []float64{0.2, 0.1, 0.05}, good, 0.25)
}
