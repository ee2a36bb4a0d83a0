package bond

import (
	"fmt"
	"math"
)

// Bond is a fixed-coupon bullet bond valued per unit of face (multiply
// prices by 100 for percent-of-par quotes, by 1000 for a $1,000 bond).
//
// Coupon is the annual coupon rate as a decimal (0.05 for 5%), paid Freq
// times a year in equal amounts Coupon/Freq; Coupon 0 is a zero-coupon bond
// discounted with Freq compounding periods a year. A negative coupon is
// accepted: it is the par coupon at a negative yield (Par(y, ...) with
// y < 0, as for Bunds or JGBs in 2016-2021), so that ApproxReturns and
// ParReturns stay defined there. Maturity is the time from
// settlement to the final payment in years. When Maturity*Freq is not an
// integer, settlement falls between two coupon dates: the next coupon is
// w = Maturity*Freq - (n-1) periods away (0 < w <= 1, n the number of
// remaining coupons) and the previous coupon was 1-w periods ago.
//
// Yields use the street convention with Freq compounding periods a year:
// cash flow k (k = 0..n-1) is discounted by (1+y/Freq)^-(w+k).
type Bond struct {
	Coupon   float64 // annual coupon rate, decimal
	Maturity float64 // years from settlement to the final payment
	Freq     int     // coupons a year: 1 annual, 2 semi-annual
}

// Par returns the bond whose coupon equals the yield y, which prices at par
// (dirty price 1) when Maturity*freq is an integer.
func Par(y, maturity float64, freq int) Bond {
	return Bond{Coupon: y, Maturity: maturity, Freq: freq}
}

// Annual and SemiAnnual are the usual coupon frequencies.
const (
	Annual     = 1
	SemiAnnual = 2
)

// MaxMaturity is the longest maturity in years that the pricing functions
// accept: the price is a sum over the Maturity*Freq coupons, so an absurd
// maturity (1e12 years) would run for minutes; no bond trades beyond 100
// years.
const MaxMaturity = 1000

// validate reports a bond that cannot be priced at yield y.
func (b Bond) validate(y float64) error {
	if b.Freq <= 0 {
		panic(fmt.Sprintf("bond: Bond: Freq = %d, must be positive", b.Freq))
	}
	switch {
	case math.IsNaN(b.Maturity) || b.Maturity <= 0:
		return fmt.Errorf("bond: Bond: maturity %v years: must be positive", b.Maturity)
	case math.IsInf(b.Maturity, 0):
		return fmt.Errorf("bond: Bond: maturity is infinite")
	case b.Maturity > MaxMaturity:
		return fmt.Errorf("bond: Bond: maturity %v years beyond MaxMaturity = %v", b.Maturity, MaxMaturity)
	case math.IsNaN(b.Coupon) || math.IsInf(b.Coupon, 0):
		return fmt.Errorf("bond: coupon %v: must be a finite decimal", b.Coupon)
	}
	return checkYield(y)
}

// checkYield reports a yield that is NaN, infinite or at or below -100%.
func checkYield(y float64) error {
	if math.IsNaN(y) || math.IsInf(y, 0) {
		return fmt.Errorf("bond: Bond: yield %v is not a finite number", y)
	}
	if y <= -1 {
		return fmt.Errorf("bond: Bond: yield %v is at or below -100%%", y)
	}
	return nil
}

// schedule returns the number of remaining coupons n and the fraction of a
// period w (0 < w <= 1) until the next one.
func (b Bond) schedule() (n int, w float64) {
	m := b.Maturity * float64(b.Freq)
	nf := math.Max(math.Ceil(m-1e-9), 1) // in float64: no int overflow for any maturity
	w = math.Min(m-(nf-1), 1)
	return int(min(nf, math.MaxInt32)), w
}

// Accrued returns the accrued interest per unit of face at settlement:
// Coupon/Freq * (1-w), where 1-w is the fraction of the current coupon period
// already elapsed (zero on a coupon date). It uses the period-fraction
// convention (equivalent to actual/actual within a regular period). It is
// NaN when the coupon is NaN or infinite (a bond the pricing functions
// refuse), and panics when Freq is not positive.
func (b Bond) Accrued() float64 {
	if b.Freq <= 0 {
		panic(fmt.Sprintf("bond: Bond: Freq = %d, must be positive", b.Freq))
	}
	if math.IsNaN(b.Coupon) || math.IsInf(b.Coupon, 0) {
		return math.NaN()
	}
	_, w := b.schedule()
	return b.Coupon / float64(b.Freq) * (1 - w)
}

// moments returns the dirty price P = sum CF_k v_k, the time-weighted sum
// S1 = sum t_k CF_k v_k and S2 = sum t_k (t_k + 1/Freq) CF_k v_k, where
// t_k = (w+k)/Freq years and v_k = (1+y/Freq)^-(w+k).
func (b Bond) moments(y float64) (p, s1, s2 float64) {
	n, w := b.schedule()
	f := float64(b.Freq)
	c := b.Coupon / f
	base := 1 + y/f
	v := math.Pow(base, -w)
	for k := 0; k < n; k++ {
		cf := c
		if k == n-1 {
			cf += 1
		}
		t := (w + float64(k)) / f
		pv := cf * v
		p += pv
		s1 += t * pv
		s2 += t * (t + 1/f) * pv
		v /= base
	}
	return p, s1, s2
}

// DirtyPrice returns the full (invoice) price per unit of face at yield y:
// sum_k CF_k (1+y/Freq)^-(w+k), coupons CF_k = Coupon/Freq plus the face
// on the last one. It returns an error for a non-positive, NaN or infinite
// maturity or one beyond MaxMaturity, a NaN or infinite coupon, or a yield
// that is NaN or at or below -100%.
func (b Bond) DirtyPrice(y float64) (float64, error) {
	if err := b.validate(y); err != nil {
		return math.NaN(), err
	}
	p, _, _ := b.moments(y)
	return p, nil
}

// CleanPrice returns the quoted price per unit of face at yield y:
// DirtyPrice(y) - Accrued(). Errors as DirtyPrice.
func (b Bond) CleanPrice(y float64) (float64, error) {
	p, err := b.DirtyPrice(y)
	if err != nil {
		return math.NaN(), err
	}
	return p - b.Accrued(), nil
}

// ZeroPrice returns the price per unit of face of a zero-coupon bond paying 1
// in t years at the annually compounded yield y: (1+y)^-t. For a $1,000
// bond maturing in ten years, 1000*ZeroPrice(y, 10) = 1000/(1+y)^10 (seed
// 000, "Pricing of existing vs newly issued bonds"). It returns an error for
// t <= 0 or NaN, and for a yield at or below -100% or NaN.
func ZeroPrice(y, t float64) (float64, error) {
	if math.IsNaN(t) || t <= 0 || math.IsInf(t, 0) {
		return math.NaN(), fmt.Errorf("bond: ZeroPrice: maturity %v years: must be positive and finite", t)
	}
	if err := checkYield(y); err != nil {
		return math.NaN(), err
	}
	return math.Pow(1+y, -t), nil
}
