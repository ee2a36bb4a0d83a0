package bond

import (
	"fmt"
	"math"
)

// MinYield is the lowest yield YieldFromPrice searches (-99%): below it the
// price is so steep in the yield that the root is meaningless.
const MinYield = -0.99

// YieldTolerance is the accuracy of YieldFromPrice (decimal yield, 1e-12 is
// 1e-8 basis points).
const YieldTolerance = 1e-12

// YieldFromPrice returns the yield to maturity y (decimal, Freq compounding
// periods a year) at which the clean price of b equals clean (per unit of
// face): DirtyPrice(y) = clean + Accrued().
//
// For a non-negative coupon the dirty price is strictly decreasing in y, so
// the root is unique. The solver first brackets it, starting from [0, 0.1],
// doubling the upper end up to 10,000% and moving the lower end towards
// MinYield, then refines with Newton steps safeguarded by bisection. It returns an error when clean is
// not a positive finite number, when the bond is invalid (see DirtyPrice),
// or when the price cannot be bracketed: a price above the value at
// MinYield or so small that the yield would exceed 10,000%. It also returns
// an error for a negative coupon, whose price need not be monotone in y.
func (b Bond) YieldFromPrice(clean float64) (float64, error) {
	if math.IsNaN(clean) || math.IsInf(clean, 0) || clean <= 0 {
		return math.NaN(), fmt.Errorf("bond: YieldFromPrice: price %v must be positive and finite", clean)
	}
	if err := b.validate(0); err != nil {
		return math.NaN(), err
	}
	if b.Coupon < 0 {
		// Negative coupons (par bonds at negative yields) price fine, but
		// their price need not fall monotonically with the yield.
		return math.NaN(), fmt.Errorf("bond: YieldFromPrice: coupon %v is negative: the price is not monotone in the yield", b.Coupon)
	}
	target := clean + b.Accrued()
	g := func(y float64) float64 { p, _, _ := b.moments(y); return p - target }
	lo, hi := 0.0, 0.1
	for g(hi) > 0 {
		lo = hi
		hi *= 2
		if hi > 100 {
			return math.NaN(), fmt.Errorf("bond: YieldFromPrice: cannot bracket the yield of price %v: it is above 10,000%%", clean)
		}
	}
	for g(lo) < 0 {
		if lo == MinYield {
			return math.NaN(), fmt.Errorf("bond: YieldFromPrice: cannot bracket the yield of price %v: it is below %v%%", clean, 100*MinYield)
		}
		hi = lo
		lo = math.Max(MinYield, -1+0.5*(1+lo))
	}
	fd := func(y float64) (float64, float64) {
		p, s1, _ := b.moments(y)
		return p - target, -s1 / (1 + y/float64(b.Freq))
	}
	return safeNewton(fd, lo, hi, YieldTolerance)
}
