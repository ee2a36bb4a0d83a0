package bond

import (
	"math"
	"testing"
)

func TestParReturnHandCases(t *testing.T) {
	// Unchanged yield over one coupon period: the bond is back at par after
	// paying y/2, so the return is exactly y/2.
	r, err := ParReturn(0.04, 0.04, 10, 0.5, SemiAnnual)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "half-year carry", r, 0.02, 1e-14)
	// A year, unchanged yield: two coupons, not reinvested.
	r, _ = ParReturn(0.04, 0.04, 10, Yearly, SemiAnnual)
	near(t, "one-year carry", r, 0.04, 1e-14)
	// A month, unchanged yield: dirty price grows at the yield, (1.02)^(1/6) - 1.
	r, _ = ParReturn(0.04, 0.04, 10, Monthly, SemiAnnual)
	near(t, "one-month carry", r, math.Pow(1.02, 1.0/6)-1, 1e-13)
	// Annual coupons, one year, yield 5% -> 6%: coupon + price of a 9y 5% bond at 6%.
	r, _ = ParReturn(0.05, 0.06, 10, Yearly, Annual)
	near(t, "annual repricing", r, 0.05+0.05*annuity(0.06, 9)+math.Pow(1.06, -9)-1, 1e-13)
	for _, p := range []float64{0, -1, 10, 11} {
		if _, err := ParReturn(0.04, 0.04, 10, p, SemiAnnual); err == nil {
			t.Errorf("period %v: no error", p)
		}
	}
	if _, err := ParReturn(0.04, -1, 10, 1, SemiAnnual); err == nil {
		t.Error("yield -100%: no error")
	}
}

func TestDamodaranReturn(t *testing.T) {
	r, _ := DamodaranReturn(0.05, 0.05, 10)
	near(t, "unchanged", r, 0.05, 1e-14)
	// 2022 by hand: 1.51% -> 3.88% gives 1.51% + 0.0151 a(10, 3.88%) + 1.0388^-10 - 1.
	r, _ = DamodaranReturn(0.0151, 0.0388, 10)
	near(t, "2022-like", r, 0.0151+0.0151*annuity(0.0388, 10)+math.Pow(1.0388, -10)-1, 1e-14)
	if _, err := DamodaranReturn(-1, 0.01, 10); err == nil {
		t.Error("y0 = -100%: no error")
	}
}

func TestApproxReturns(t *testing.T) {
	y := []float64{0.03, 0.031, math.NaN(), 0.029, 0.028}
	r := ApproxReturns(y, 10)
	if len(r) != len(y) || !math.IsNaN(r[0]) || !math.IsNaN(r[2]) || !math.IsNaN(r[3]) {
		t.Fatalf("NaN pattern wrong: %v", r)
	}
	s := (1 - math.Pow(1.015, -20)) / 0.03
	near(t, "R(1)", r[1], -s*0.001, 1e-15)
	s = (1 - math.Pow(1+0.029/2, -20)) / 0.029
	near(t, "R(4)", r[4], s*0.001, 1e-15)
}

// TestApproxTracksExactDaily checks that for daily moves the footnote-15
// approximation plus carry equals the exact return to second order.
func TestApproxTracksExactDaily(t *testing.T) {
	y := []float64{0.040, 0.0405, 0.0398, 0.0398, 0.0410}
	approx := ApproxReturns(y, 10)
	exact := ParReturns(y, 10, Daily)
	for i := 1; i < len(y); i++ {
		carry := y[i-1] * Daily
		dy := y[i] - y[i-1]
		// residual: convexity dy^2/2 (< 60 dy^2) and cross terms (< 1e-5).
		if d := math.Abs(exact[i] - approx[i] - carry); d > 60*dy*dy+1e-5 {
			t.Errorf("day %d: exact %v, approx+carry %v", i, exact[i], approx[i]+carry)
		}
	}
}

func TestSeriesPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"ApproxReturns maturity 0": func() { ApproxReturns([]float64{0.01}, 0) },
		"ParReturns period 0":      func() { ParReturns([]float64{0.01}, 10, 0) },
		"ParReturns period > mat":  func() { ParReturns([]float64{0.01}, 1, 2) },
		"RollDown lengths":         func() { ParReturnsRollDown([]float64{0.01}, nil, 10, Daily) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
	if r := ParReturns(nil, 10, Daily); len(r) != 0 {
		t.Errorf("empty input: %v", r)
	}
}

func TestEquityDuration(t *testing.T) {
	d, _ := EquityDuration(0.02)
	near(t, "1/DY", d, 50, 1e-12)
	d, _ = EquityDurationGeneral(0.05, 0.03, 0)
	near(t, "eq. 11 with dg/dr = 0", d, 50, 1e-12)
	d, _ = EquityDurationGeneral(0.05, 0.03, 0.5)
	near(t, "eq. 11", d, 25, 1e-12)
	for _, dy := range []float64{0, -0.01, math.NaN()} {
		if _, err := EquityDuration(dy); err == nil {
			t.Errorf("EquityDuration(%v): no error", dy)
		}
	}
	if _, err := EquityDurationGeneral(0.03, 0.05, 0); err == nil {
		t.Error("r < g: no error")
	}
}

// TestNegativeYields checks that returns stay defined at negative yields
// (Bunds and JGBs 2016-2021): the par bond then has a negative coupon.
func TestNegativeYields(t *testing.T) {
	y := []float64{-0.002, -0.004, 0.001}
	r := ApproxReturns(y, 10)
	s := (1 - math.Pow(1-0.001, -20)) / -0.002 // par modified duration at -0.2%
	near(t, "R(1) at -0.2%", r[1], s*0.002, 1e-15)
	c, err := ParReturn(-0.002, -0.002, 10, 0.5, SemiAnnual)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "half-year carry at -0.2%", c, -0.001, 1e-14)
	if e := ParReturns(y, 10, Monthly); math.IsNaN(e[1]) || math.IsNaN(e[2]) {
		t.Errorf("exact returns at negative yields: %v", e)
	}
}

// TestParReturnsRollDown checks the roll-down: on an unchanged upward
// sloping curve the bond sold at the shorter maturity's lower yield earns
// its carry plus about duration times the yield drop.
func TestParReturnsRollDown(t *testing.T) {
	y10 := []float64{0.04, 0.04}    // 10-year yield, unchanged
	y9 := []float64{0.0395, 0.0395} // 9-year yield, 5 bp lower
	flat := ParReturns(y10, 10, Yearly)
	roll := ParReturnsRollDown(y10, y9, 10, Yearly)
	near(t, "no roll-down: carry", flat[1], 0.04, 1e-14)
	exact, _ := ParReturn(0.04, 0.0395, 10, Yearly, SemiAnnual)
	near(t, "roll-down = ParReturn at the 9y yield", roll[1], exact, 0)
	d, _ := Bond{Coupon: 0.04, Maturity: 9, Freq: SemiAnnual}.ModifiedDuration(0.0395)
	if g := roll[1] - flat[1]; math.Abs(g-d*0.0005) > 0.02*d*0.0005 {
		t.Errorf("roll-down gain %v, duration x 5 bp = %v", g, d*0.0005)
	}
}
