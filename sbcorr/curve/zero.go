package curve

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/internal/must"
)

// Zero is a zero-coupon yield curve: Rate(t) is the continuously
// compounded zero rate (decimal) for maturity t > 0 in years.
// NelsonSiegel, Svensson and Nodes implement it.
type Zero interface {
	Rate(t float64) float64
}

// Discount returns the discount factor exp(-z(t) t) of curve c at
// maturity t (years); Discount(c, 0) = 1, NaN for a NaN t. It panics when c
// is nil or t < 0.
func Discount(c Zero, t float64) float64 {
	must.NotNil("curve: Discount", "c", c)
	if t < 0 {
		panic(fmt.Sprintf("curve: Discount: maturity %v is negative", t))
	}
	if t == 0 {
		return 1
	}
	return math.Exp(-c.Rate(t) * t)
}

// Forward returns the continuously compounded forward rate between t1 and
// t2 (0 <= t1 < t2 < +Inf, years): (z(t2) t2 - z(t1) t1) / (t2 - t1). It
// panics when c is nil, t2 <= t1, t1 < 0 or t2 is infinite (NaN included).
func Forward(c Zero, t1, t2 float64) float64 {
	must.NotNil("curve: Forward", "c", c)
	if !(t2 > t1) || !(t1 >= 0) || math.IsInf(t2, 0) {
		panic(fmt.Sprintf("curve: Forward: need 0 <= t1 < t2 < +Inf, got t1=%v t2=%v", t1, t2))
	}
	a := 0.0
	if t1 > 0 {
		a = c.Rate(t1) * t1
	}
	return (c.Rate(t2)*t2 - a) / (t2 - t1)
}

// ParYield returns the par yield (decimal) of maturity m years implied by
// the zero curve c, in the convention of the US Treasury par curve:
//
//   - m <= 0.5 (bills): the bond-equivalent money-market yield
//     (1/D(m) - 1)/m;
//   - m > 0.5: the semi-annual coupon rate c at which a bond paying c/2 on
//     the dates m, m-0.5, ... (> 0) has a clean price of 1, with accrued
//     interest c/2 (1-w) when the first coupon is w < 1 periods away:
//     c = 2 (1 - D(m)) / (sum_k D(t_k) - (1-w)).
//
// It panics when c is nil or m is not in (0, MaxMaturity] (the sum runs
// over 2m coupon dates).
func ParYield(c Zero, m float64) float64 {
	must.NotNil("curve: ParYield", "c", c)
	if !(m > 0 && m <= MaxMaturity) {
		panic(fmt.Sprintf("curve: ParYield: maturity %v must be in (0, %v] years", m, MaxMaturity))
	}
	if m <= 0.5 {
		return math.Expm1(c.Rate(m)*m) / m // (1/D(m) - 1)/m, exact for tiny m
	}
	n, w := couponSchedule(m)
	sum := 0.0
	for k := 0; k < n; k++ {
		sum += Discount(c, (w+float64(k))/2)
	}
	return 2 * (1 - Discount(c, m)) / (sum - (1 - w))
}

// MaxMaturity is the longest maturity in years that ParYield, Bootstrap
// and the fitters accept: their cost grows with the number of semi-annual
// coupon dates, so an absurd maturity (1e9 years) would run for minutes;
// no bond trades beyond 100 years.
const MaxMaturity = 1000

// couponSchedule returns the number n of semi-annual coupons of a bond of
// maturity m > 0.5 and the fraction w in (0, 1] of a period to the first.
func couponSchedule(m float64) (n int, w float64) {
	p := 2 * m
	n = int(math.Ceil(p - 1e-9))
	w = math.Min(p-float64(n-1), 1)
	return n, w
}

// ContinuousToAnnual converts a continuously compounded rate to an
// annually compounded one: exp(z) - 1.
func ContinuousToAnnual(z float64) float64 { return math.Expm1(z) }

// AnnualToContinuous converts an annually compounded rate y > -1 to a
// continuously compounded one: log(1+y).
func AnnualToContinuous(y float64) float64 { return math.Log1p(y) }
