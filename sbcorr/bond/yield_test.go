package bond

import (
	"math"
	"testing"
)

func TestYieldFromPriceRoundTrip(t *testing.T) {
	bonds := []Bond{{0.05, 10, Annual}, {0.06, 9.75, SemiAnnual}, {0, 30, SemiAnnual}, {0.12, 0.3, SemiAnnual}, {0.02, 50, Annual}}
	for _, b := range bonds {
		for _, y := range []float64{-0.02, 0, 0.001, 0.05, 0.2, 1.5} {
			clean, err := b.CleanPrice(y)
			if err != nil {
				t.Fatal(err)
			}
			got, err := b.YieldFromPrice(clean)
			if err != nil {
				t.Fatalf("%+v at %v: %v", b, y, err)
			}
			near(t, "round-trip yield", got, y, 1e-10)
		}
	}
	// Textbook: a 10y 5% annual bond priced 92.64 yields 6.00%.
	y, err := Bond{0.05, 10, Annual}.YieldFromPrice(0.926399129485853)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "10y 5% at 92.64", y, 0.06, 1e-12)
}

func TestYieldFromPriceErrors(t *testing.T) {
	b := Bond{0.05, 10, SemiAnnual}
	// A price above the value at a -99% yield cannot be bracketed (about
	// 9.1e5 here: 0.505^-20 times 1.05); so cannot a price so small that
	// the yield would exceed 10,000%.
	for _, p := range []float64{0, -1, math.NaN(), math.Inf(1), 1e7, 1e-30} {
		if _, err := b.YieldFromPrice(p); err == nil {
			t.Errorf("YieldFromPrice(%v): no error", p)
		}
	}
	if _, err := (Bond{0.05, -1, Annual}).YieldFromPrice(1); err == nil {
		t.Error("negative maturity: no error")
	}
}

func TestSafeNewtonBisectsBadNewton(t *testing.T) {
	// x^3 - 2x + 2 sends plain Newton from 0 into a 0 <-> 1 cycle; the
	// bracket [-2, -1] forces convergence to the real root -1.7692923542.
	fd := func(x float64) (float64, float64) { return x*x*x - 2*x + 2, 3*x*x - 2 }
	x, err := safeNewton(fd, -2, -1, 1e-14)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "root", x, -1.7692923542386314, 1e-12)
}
