package bond

import (
	"math"
	"testing"
)

// FuzzYieldFromPrice checks that the solver never panics and that a
// returned yield reprices the bond.
func FuzzYieldFromPrice(f *testing.F) {
	f.Add(0.05, 10.0, 0.9264, uint8(1))
	f.Add(0.0, 30.0, 0.2, uint8(2))
	f.Add(0.06, 9.75, 1.0763, uint8(2))
	f.Add(0.01, 0.01, 5.0, uint8(2))
	f.Fuzz(func(t *testing.T, coupon, maturity, price float64, freq uint8) {
		if freq == 0 || freq > 12 || maturity > 200 {
			return
		}
		b := Bond{Coupon: coupon, Maturity: maturity, Freq: int(freq)}
		y, err := b.YieldFromPrice(price)
		if err != nil {
			return
		}
		p, err := b.CleanPrice(y)
		if err != nil {
			t.Fatalf("%+v: yield %v from price %v does not price: %v", b, y, price, err)
		}
		if math.Abs(p-price) > 1e-8*math.Max(1, price) {
			// Near -100% or at huge yields the price is flat in y: accept a
			// yield within the solver tolerance instead.
			d, _ := b.ModifiedDuration(y)
			if math.Abs(p-price) > 1e-6*math.Max(1, price) && d*p > 1e-6 {
				t.Fatalf("%+v: price(%v) = %v, want %v", b, y, p, price)
			}
		}
	})
}
