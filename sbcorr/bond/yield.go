package bond

import (
	"fmt"
	"math"
)

// YieldTolerance is the accuracy of YieldFromPrice (decimal yield, 1e-12 is
// 1e-8 basis points).
const YieldTolerance = 1e-12

// YieldFromPrice returns the yield to maturity y (decimal, Freq compounding
// periods a year) at which the clean price of b equals clean (per unit of
// face): DirtyPrice(y) = clean + Accrued().
//
// The dirty price is strictly decreasing in y, so the root is unique. The
// solver first brackets it, starting from [0, 0.1], doubling the upper end
// up to 10,000% and moving the lower end towards -100%, then refines with
// Newton steps safeguarded by bisection. It returns an error when clean is
// not a positive finite number, when the bond is invalid (see DirtyPrice),
// or when the price cannot be bracketed: a price at or above the value at a
// yield of -100% (for annual coupons, the undiscounted sum of the cash flows
// is already reached near -100%) or a price so small that the yield would
// exceed 10,000%.
func (b Bond) YieldFromPrice(clean float64) (float64, error) {
	if math.IsNaN(clean) || math.IsInf(clean, 0) || clean <= 0 {
		return math.NaN(), fmt.Errorf("bond: YieldFromPrice: price %v must be positive and finite", clean)
	}
	if err := b.validate(0); err != nil {
		return math.NaN(), err
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
	for i := 0; g(lo) < 0; i++ {
		hi = lo
		lo = -1 + 0.5*(1+lo)
		if i == 60 {
			return math.NaN(), fmt.Errorf("bond: YieldFromPrice: cannot bracket the yield of price %v: the price exceeds the value at a yield of -100%%", clean)
		}
	}
	fd := func(y float64) (float64, float64) {
		p, s1, _ := b.moments(y)
		return p - target, -s1 / (1 + y/float64(b.Freq))
	}
	return safeNewton(fd, lo, hi, YieldTolerance)
}
