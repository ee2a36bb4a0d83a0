package bond

import (
	"fmt"
	"time"
)

// Settled returns the bullet bond paying coupon (annual rate, decimal) freq
// times a year and maturing on maturity, as seen from the settlement date
// settle. Coupon dates roll back from maturity by 12/freq months (on the
// last day of the month when maturity is a month end, else on maturity's day
// of the month, clamped to the month's length). The fraction of the current
// coupon period still to run is
//
//	w = days(settle, next coupon) / days(previous coupon, next coupon),
//
// actual/actual ICMA, the US Treasury convention; the returned Bond has
// Maturity = (n - 1 + w)/freq years with n coupons left, so that its
// Accrued() is coupon/freq * (1 - w) and its prices discount cash flow k by
// (1 + y/freq)^-(w+k). Settlement on a coupon date gives w = 1 and no
// accrued interest (that coupon belongs to the seller).
//
// It returns an error when maturity is not after settle, or when the bond
// is one the pricing functions refuse (a NaN or infinite coupon, a maturity
// beyond MaxMaturity years). It panics when freq does not divide 12 (1, 2,
// 3, 4, 6 or 12).
func Settled(settle, maturity time.Time, coupon float64, freq int) (Bond, error) {
	if freq <= 0 || 12%freq != 0 {
		panic(fmt.Sprintf("bond: Settled: frequency %d must divide 12", freq))
	}
	if !maturity.After(settle) {
		return Bond{}, fmt.Errorf("bond: Settled: maturity %s is not after settlement %s", maturity.Format(time.DateOnly), settle.Format(time.DateOnly))
	}
	step := 12 / freq
	next, n := maturity, 1
	for {
		prev := couponDate(maturity, -step*n)
		if !prev.After(settle) {
			w := days(settle, next) / days(prev, next)
			b := Bond{Coupon: coupon, Maturity: (float64(n-1) + w) / float64(freq), Freq: freq}
			if err := b.validate(0); err != nil {
				return Bond{}, fmt.Errorf("bond: Settled: %w", err)
			}
			return b, nil
		}
		next, n = prev, n+1
	}
}

// couponDate returns maturity moved by months (negative: earlier), on the
// month end when maturity is a month end, else on maturity's day clamped
// to the month's length.
func couponDate(maturity time.Time, months int) time.Time {
	y, m, d := maturity.Date()
	first := time.Date(y, m+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	if d == lastDay(maturity) || d > last {
		d = last
	}
	return time.Date(first.Year(), first.Month(), d, 0, 0, 0, 0, time.UTC)
}

// lastDay returns the number of days in t's month.
func lastDay(t time.Time) int {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// days returns the number of calendar days from a to b (dates, any time of
// day ignored).
func days(a, b time.Time) float64 {
	ya, ma, da := a.Date()
	yb, mb, db := b.Date()
	ua := time.Date(ya, ma, da, 0, 0, 0, 0, time.UTC)
	ub := time.Date(yb, mb, db, 0, 0, 0, 0, time.UTC)
	return float64(ub.Sub(ua).Hours() / 24)
}
