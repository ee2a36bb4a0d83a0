package bond

import (
	"math"
	"strings"
	"testing"
)

func near(t *testing.T, name string, got, want, tol float64) {
	t.Helper()
	if math.IsNaN(got) || math.Abs(got-want) > tol {
		t.Errorf("%s = %.15g, want %.15g (tol %g)", name, got, want, tol)
	}
}

// annuity is the closed-form present value of n unit payments at rate i per
// period, the first one period away.
func annuity(i float64, n int) float64 {
	if i == 0 {
		return float64(n)
	}
	return (1 - math.Pow(1+i, -float64(n))) / i
}

func TestZeroPrice(t *testing.T) {
	// "Why do bonds go up when stocks go down" (2025): 1000/(1+y)^10; values computed by hand (Python, float64).
	p, err := ZeroPrice(0.05, 10)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "1000*ZeroPrice(5%, 10)", 1000*p, 613.9132535407591, 1e-9)
	for _, c := range []struct{ y, m float64 }{{0.05, 0}, {0.05, -1}, {-1, 10}, {-1.5, 10}, {math.NaN(), 1}, {0.05, math.NaN()}} {
		if _, err := ZeroPrice(c.y, c.m); err == nil {
			t.Errorf("ZeroPrice(%v, %v): no error", c.y, c.m)
		}
	}
}

func TestDirtyPriceClosedForms(t *testing.T) {
	cases := []struct {
		name string
		b    Bond
		y    float64
		want float64
	}{
		// 10y 5% annual at 6%: 0.05 a(10, 6%) + 1.06^-10.
		{"10y 5% annual at 6%", Bond{0.05, 10, Annual}, 0.06, 0.926399129485853},
		// 30y 4% semi-annual at 5%: 0.02 a(60, 2.5%) + 1.025^-60.
		{"30y 4% semi at 5%", Bond{0.04, 30, SemiAnnual}, 0.05, 0.8454567175747125},
		// Between coupons: 9.75y 6% semi at 5%, next coupon half a period away:
		// 1.025^-0.5 (0.03 + 0.03 a(19, 2.5%) + 1.025^-19).
		{"9.75y 6% semi at 5% (dirty)", Bond{0.06, 9.75, SemiAnnual}, 0.05, 1.0913369560704271},
		{"par 7y semi", Par(0.043, 7, SemiAnnual), 0.043, 1},
		{"par 10y annual at 0", Par(0, 10, Annual), 0, 1},
		{"zero 10y semi", Bond{0, 10, SemiAnnual}, 0.05, math.Pow(1.025, -20)},
		{"negative yield", Bond{0.01, 5, Annual}, -0.005, 0.01*annuity(-0.005, 5) + math.Pow(0.995, -5)},
	}
	for _, c := range cases {
		p, err := c.b.DirtyPrice(c.y)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		near(t, c.name, p, c.want, 1e-12)
	}
	b := Bond{0.06, 9.75, SemiAnnual}
	near(t, "accrued 9.75y 6% semi", b.Accrued(), 0.015, 1e-15)
	clean, _ := b.CleanPrice(0.05)
	near(t, "clean 9.75y 6% semi", clean, 1.0763369560704272, 1e-12)
	near(t, "accrued on coupon date", Bond{0.06, 10, SemiAnnual}.Accrued(), 0, 1e-15)
}

func TestPriceErrors(t *testing.T) {
	bad := []struct {
		b Bond
		y float64
	}{
		{Bond{0.05, 0, Annual}, 0.05},
		{Bond{0.05, -2, Annual}, 0.05},
		{Bond{0.05, math.NaN(), Annual}, 0.05},
		{Bond{math.NaN(), 5, Annual}, 0.05},
		{Bond{0.05, 5, Annual}, -1},
		{Bond{0.05, 5, Annual}, -2},
		{Bond{0.05, 5, Annual}, math.NaN()},
	}
	for _, c := range bad {
		if _, err := c.b.DirtyPrice(c.y); err == nil {
			t.Errorf("DirtyPrice(%+v, %v): no error", c.b, c.y)
		}
		if _, err := c.b.Risk(c.y); err == nil {
			t.Errorf("Risk(%+v, %v): no error", c.b, c.y)
		}
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "Freq") {
			t.Errorf("Freq 0 did not panic naming Freq: %v", r)
		}
	}()
	Bond{0.05, 5, 0}.DirtyPrice(0.05)
}
