package bond

import (
	"math"
	"testing"
)

func TestRiskClosedForms(t *testing.T) {
	// Zero-coupon: Macaulay = T, modified = T/(1+y/f), convexity = T(T+1/f)/(1+y/f)^2.
	z, err := Bond{0, 10, SemiAnnual}.Risk(0.05)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "zero Macaulay", z.Macaulay, 10, 1e-12)
	near(t, "zero modified", z.Modified, 10/1.025, 1e-12)
	near(t, "zero convexity", z.Convexity, 10*10.5/(1.025*1.025), 1e-10)
	// Par bond, semi-annual: modified = (1 - (1+y/2)^-2T)/y.
	for _, T := range []float64{2, 10, 30} {
		y := 0.045
		r, err := Par(y, T, SemiAnnual).Risk(y)
		if err != nil {
			t.Fatal(err)
		}
		near(t, "par modified", r.Modified, (1-math.Pow(1+y/2, -2*T))/y, 1e-12)
		near(t, "par DV01", r.DV01, r.Modified*1e-4, 1e-15)
	}
	// Textbook: 5y 10% annual at 10% has Macaulay duration 4.1699 (Hull,
	// Options, Futures and Other Derivatives style example; par bond
	// (1.1/0.1)(1 - 1.1^-5) = 4.16986...).
	r, _ := Par(0.10, 5, Annual).Risk(0.10)
	near(t, "5y 10% Macaulay", r.Macaulay, 1.1/0.1*(1-math.Pow(1.1, -5)), 1e-12)
	near(t, "5y 10% Macaulay printed", r.Macaulay, 4.1699, 5e-5)
}

// TestRiskMatchesFiniteDifferences checks duration and convexity against
// central differences of the price, including a bond between coupons.
func TestRiskMatchesFiniteDifferences(t *testing.T) {
	for _, b := range []Bond{{0.06, 9.75, SemiAnnual}, {0.03, 30, SemiAnnual}, {0.08, 3.3, Annual}, {0, 0.4, SemiAnnual}} {
		y, h := 0.047, 1e-5
		r, err := b.Risk(y)
		if err != nil {
			t.Fatal(err)
		}
		pu, _ := b.DirtyPrice(y + h)
		pd, _ := b.DirtyPrice(y - h)
		near(t, "modified vs FD", r.Modified, -(pu-pd)/(2*h)/r.Price, 1e-6)
		near(t, "convexity vs FD", r.Convexity, (pu-2*r.Price+pd)/(h*h)/r.Price, 1e-3*r.Convexity)
	}
}

func TestPriceChange(t *testing.T) {
	// A one-point fall in yields on a 30y par bond: duration understates
	// the gain, convexity closes most of the gap.
	b := Par(0.04, 30, SemiAnnual)
	c, err := b.PriceChange(0.04, -0.01)
	if err != nil {
		t.Fatal(err)
	}
	p1, _ := b.DirtyPrice(0.03)
	near(t, "exact", c.Exact, p1-1, 1e-14)
	if !(c.Duration < c.DurationConvexity && c.DurationConvexity < c.Exact) {
		t.Errorf("expected duration < duration+convexity < exact, got %+v", c)
	}
	// The error of the second-order approximation is O(dy^3).
	for _, dy := range []float64{1e-3, 1e-4} {
		c, _ := b.PriceChange(0.04, dy)
		if e := math.Abs(c.Exact - c.DurationConvexity); e > 100*dy*dy*dy*30*30*30/6 {
			t.Errorf("dy=%v: |exact - D+C| = %v too large", dy, e)
		}
	}
	if _, err := b.PriceChange(0.04, -1.5); err == nil {
		t.Error("PriceChange to a yield below -100%: no error")
	}
}
