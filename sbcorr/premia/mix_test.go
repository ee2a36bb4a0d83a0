package premia

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// Figure 2 of Portelli & Roncalli (2024): 60/40 mix, sigma_S = 15%,
// sigma_B = 4%: bonds are hedging assets below rho = -17.78%.
func TestBreakEven6040(t *testing.T) {
	rho, err := BreakEvenCorr(0.6, 0.15, 0.04)
	if err != nil {
		t.Fatal(err)
	}
	within(t, "break-even", "-17.78%", rho, 1)
	// the bond premium is zero at the break-even, negative below, positive above
	for _, c := range []struct {
		d    float64
		sign float64
	}{{0, 0}, {-0.01, -1}, {0.01, 1}} {
		_, b, err := Mix{XS: 0.6, VolS: 0.15, VolB: 0.04, Corr: rho + c.d, SR: 0.25}.Premia()
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Total(); c.sign == 0 && math.Abs(got) > 1e-15 || c.sign != 0 && got*c.sign <= 0 {
			t.Errorf("rho = %v: bond premium %v, want sign %v", rho+c.d, got, c.sign)
		}
	}
	// the implied correlation for a zero bond premium is the break-even
	got, err := Mix{XS: 0.6, VolS: 0.15, VolB: 0.04, Corr: 0, SR: 0.25}.ImpliedCorr(0)
	if err != nil || math.Abs(got-rho) > 1e-9 {
		t.Errorf("ImpliedCorr(0) = %v, %v; want %v", got, err, rho)
	}
}

func TestMaxHedgeBondWeight(t *testing.T) {
	for _, rho := range []float64{-0.1, -0.3, -0.6} {
		xb, err := MaxHedgeBondWeight(rho, 0.15, 0.04)
		if err != nil {
			t.Fatal(err)
		}
		// at the bound the bond premium is zero, and x_B = bound is the
		// weight whose break-even correlation is rho
		_, b, _ := Mix{XS: 1 - xb, VolS: 0.15, VolB: 0.04, Corr: rho, SR: 0.3}.Premia()
		if math.Abs(b.Total()) > 1e-15 {
			t.Errorf("rho = %v: bond premium at x_B bound %v is %v", rho, xb, b.Total())
		}
		_, b, _ = Mix{XS: 1 - xb*0.9, VolS: 0.15, VolB: 0.04, Corr: rho, SR: 0.3}.Premia()
		if b.Total() >= 0 {
			t.Errorf("rho = %v: below the bound the premium should be negative", rho)
		}
	}
	if _, err := MaxHedgeBondWeight(0.5, 0.15, 0.04); err == nil {
		t.Error("rho sigma_S > sigma_B: want an error")
	}
}

func TestDBondPremiumDVolB(t *testing.T) {
	const h = 1e-7
	for _, rho := range []float64{-0.8, -0.3, 0, 0.4} {
		for _, xs := range []float64{0.2, 0.6, 0.9} {
			p := Mix{XS: xs, VolS: 0.15, VolB: 0.04, Corr: rho, SR: 0.3}
			d, err := p.DBondPremiumDVolB()
			if err != nil {
				t.Fatal(err)
			}
			up, dn := p, p
			up.VolB += h
			dn.VolB -= h
			_, bu, _ := up.Premia()
			_, bd, _ := dn.Premia()
			if num := (bu.Total() - bd.Total()) / (2 * h); math.Abs(num-d) > 1e-6 {
				t.Errorf("rho %v x_S %v: analytic %v, numeric %v", rho, xs, d, num)
			}
		}
	}
}

func TestMixAgreesWithMarket(t *testing.T) {
	p := Mix{XS: 0.7, VolS: 0.16, VolB: 0.07, Corr: -0.35, SR: 0.3}
	e, b, err := p.Premia()
	if err != nil {
		t.Fatal(err)
	}
	m, err := p.market()
	if err != nil {
		t.Fatal(err)
	}
	v, c := m.PremiaSplit()
	if math.Abs(v[0]-e.Variance)+math.Abs(c[0]-e.Covariance)+math.Abs(v[1]-b.Variance)+math.Abs(c[1]-b.Covariance) > 1e-15 {
		t.Errorf("Mix %v %v vs Market %v %v", e, b, v, c)
	}
	// the market portfolio earns SR * sigma(x)
	if got := 0.7*e.Total() + 0.3*b.Total(); math.Abs(got-0.3*p.Volatility()) > 1e-15 {
		t.Errorf("x' pi = %v, SR sigma(x) = %v", got, 0.3*p.Volatility())
	}
}

func TestMixBadInputs(t *testing.T) {
	for _, c := range []struct {
		p    Mix
		want string
	}{
		{Mix{0.6, 0.15, -0.04, 0, 0.3}, "negative volatility"},
		{Mix{0.6, 0.15, 0.04, 1.1, 0.3}, "> 1"},
		{Mix{0.6, 0.15, 0.04, 0, 0}, "Sharpe"},
		{Mix{0.6, 0.15, 0.04, math.NaN(), 0.3}, "NaN"},
	} {
		if _, _, err := c.p.Premia(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: want error with %q, got %v", c.p, c.want, err)
		}
	}
	if _, err := BreakEvenCorr(0, 0.15, 0.04); err == nil {
		t.Error("x_B = 1: want an error")
	}
}

func TestSeries(t *testing.T) {
	xs := slices.Repeat([]float64{0.6}, 4)
	vs := []float64{0.15, 0.15, math.NaN(), 0.2}
	vb := []float64{0.04, 0.04, 0.04, 0.06}
	rho := []float64{-0.1778, 0.3, 0.1, 1.5}
	s := MixHistory(xs, vs, vb, rho, 0.3)
	if s.Reason[0] != "" || s.Reason[1] != "" || !strings.Contains(s.Reason[2], "NaN") || !strings.Contains(s.Reason[3], "> 1") {
		t.Errorf("reasons %q", s.Reason)
	}
	if b := s.BondTotal(); !math.IsNaN(b[2]) || !math.IsNaN(b[3]) || b[1] <= 0 {
		t.Errorf("bond premia %v", b)
	}
	be, beWhy := BreakEvenSeries(xs, vs, vb)
	within(t, "break-even series", "-17.78%", be[0], 1)
	if !math.IsNaN(be[2]) || !strings.Contains(beWhy[2], "equity volatility") || beWhy[0] != "" {
		t.Errorf("break-even with NaN vol = %v (%q)", be[2], beWhy)
	}
	imp, why := ImpliedCorrSeries(xs, vs, vb, []float64{0, 0, 0, 0}, 0.3, 0.01)
	_, b, _ := Mix{XS: 0.6, VolS: 0.15, VolB: 0.04, Corr: imp[0], SR: 0.3}.Premia()
	if math.Abs(b.Total()-0.01) > 1e-12 || why[0] != "" || why[2] == "" || !math.IsNaN(imp[2]) {
		t.Errorf("implied %v (%q): bond premium %v", imp, why, b.Total())
	}
}

func TestRollingInputs(t *testing.T) {
	rs := []float64{0.01, -0.02, 0.03, 0.00, 0.01, math.NaN(), 0.02, -0.01, 0.015}
	rb := []float64{0.002, 0.001, -0.004, 0.003, 0.0, 0.001, -0.002, 0.001, 0.0}
	vs, vb, c := RollingInputs(rs, rb, 3, 12)
	// window ending at t = 2: sample standard deviation of (0.01, -0.02, 0.03)
	m := (0.01 - 0.02 + 0.03) / 3
	want := math.Sqrt(((0.01-m)*(0.01-m)+(-0.02-m)*(-0.02-m)+(0.03-m)*(0.03-m))/2) * math.Sqrt(12)
	if math.Abs(vs[2]-want) > 1e-14 || !math.IsNaN(vs[1]) || !math.IsNaN(c[5]) || !math.IsNaN(vs[7]) || math.IsNaN(vs[8]) {
		t.Errorf("vol_S %v (want %v at 2), corr %v", vs, want, c)
	}
	if math.IsNaN(vb[5]) || c[2] < -1 || c[2] > 1 {
		t.Errorf("vol_B %v corr %v", vb, c)
	}
}
