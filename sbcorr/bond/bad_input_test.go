package bond

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestBadInputsNamed checks the bad inputs listed in the issue (zero or
// negative maturities, yields at or below -100%, a root finder that cannot
// bracket) one by one: each must return an error whose message says what is
// wrong.
func TestBadInputsNamed(t *testing.T) {
	semi := Bond{Coupon: 0.05, Maturity: 10, Freq: SemiAnnual}
	cases := []struct {
		name string
		call func() error
		want string // substring of the error message
	}{
		{"ZeroPrice maturity 0", func() error { _, err := ZeroPrice(0.05, 0); return err }, "maturity 0 years: must be positive"},
		{"ZeroPrice maturity -1", func() error { _, err := ZeroPrice(0.05, -1); return err }, "maturity -1 years: must be positive"},
		{"ZeroPrice yield -100%", func() error { _, err := ZeroPrice(-1, 10); return err }, "at or below -100%"},
		{"ZeroPrice yield -150%", func() error { _, err := ZeroPrice(-1.5, 10); return err }, "at or below -100%"},
		{"DirtyPrice maturity 0", func() error { _, err := Bond{0.05, 0, Annual}.DirtyPrice(0.05); return err }, "maturity 0 years: must be positive"},
		{"DirtyPrice maturity -2", func() error { _, err := Bond{0.05, -2, Annual}.DirtyPrice(0.05); return err }, "maturity -2 years: must be positive"},
		{"DirtyPrice yield -100%", func() error { _, err := semi.DirtyPrice(-1); return err }, "at or below -100%"},
		{"Risk yield -200%", func() error { _, err := semi.Risk(-2); return err }, "at or below -100%"},
		{"PriceChange to -100%", func() error { _, err := semi.PriceChange(0.01, -1.01); return err }, "at or below -100%"},
		{"ParReturn maturity -10", func() error { _, err := ParReturn(0.04, 0.04, -10, 0.5, SemiAnnual); return err }, "period 0.5 must be in (0, maturity -10)"},
		{"ParReturn yield -100%", func() error { _, err := ParReturn(-1, 0.04, 10, 1, SemiAnnual); return err }, "at or below -100%"},
		{"DamodaranReturn maturity 0", func() error { _, err := DamodaranReturn(0.04, 0.04, 0); return err }, "maturity 0 years: must be positive"},
		{"YieldFromPrice maturity 0", func() error { _, err := Bond{0.05, 0, Annual}.YieldFromPrice(1); return err }, "maturity 0 years: must be positive"},
		// A price above the bond's value at the lowest searched yield (-99%)
		// or so low that the yield would exceed 10,000% cannot be bracketed.
		{"YieldFromPrice price too high", func() error { _, err := semi.YieldFromPrice(1e7); return err }, "cannot bracket the yield of price 1e+07: it is below -99%"},
		{"YieldFromPrice price too low", func() error { _, err := semi.YieldFromPrice(1e-30); return err }, "cannot bracket the yield of price 1e-30: it is above 10,000%"},
		{"YieldFromPrice negative coupon", func() error { _, err := Bond{-0.2, 116, SemiAnnual}.YieldFromPrice(0.2); return err }, "coupon -0.2 is negative"},
		{"YieldFromPrice price 0", func() error { _, err := semi.YieldFromPrice(0); return err }, "price 0 must be positive"},
		{"EquityDuration DY 0", func() error { _, err := EquityDuration(0); return err }, "dividend yield 0 must be positive"},
		{"EquityDurationGeneral r < g", func() error { _, err := EquityDurationGeneral(0.02, 0.03, 0); return err }, "must be positive"},
	}
	for _, c := range cases {
		errtest.Says(t, c.name, c.call(), c.want)
	}
}

// TestSafeNewtonNotBracketed checks that the root finder refuses an interval
// whose ends do not bracket a root instead of returning a wrong point.
func TestSafeNewtonNotBracketed(t *testing.T) {
	fd := func(x float64) (float64, float64) { return x*x + 1, 2 * x }
	x, err := safeNewton(fd, -1, 2, 1e-12)
	if err != errNotBracketed || !math.IsNaN(x) {
		t.Errorf("x^2+1 on [-1, 2]: got %v, %v; want NaN, errNotBracketed", x, err)
	}
	nan := func(x float64) (float64, float64) { return math.NaN(), 0 }
	if _, err := safeNewton(nan, 0, 1, 1e-12); err != errNotBracketed {
		t.Errorf("NaN function: err %v", err)
	}
	if !strings.Contains(errNotBracketed.Error(), "do not bracket a root") {
		t.Errorf("message %q", errNotBracketed)
	}
}

// TestAbsurdMaturity checks: a maturity of 1e12 years is
// an error returned at once (the coupon sum used to run for tens of
// seconds), for pricing, risk and yields alike.
func TestAbsurdMaturity(t *testing.T) {
	start := time.Now()
	b := Bond{Coupon: 0.05, Maturity: 1e12, Freq: SemiAnnual}
	_, err := b.DirtyPrice(0.05)
	errtest.Says(t, "DirtyPrice 1e12 years", err, "bond: Bond: maturity 1e+12 years beyond MaxMaturity")
	_, err = b.Risk(0.05)
	errtest.Says(t, "Risk 1e12 years", err, "MaxMaturity")
	_, err = b.YieldFromPrice(1)
	errtest.Says(t, "YieldFromPrice 1e12 years", err, "MaxMaturity")
	if a := (Bond{Coupon: 0.05, Maturity: 1e300, Freq: SemiAnnual}).Accrued(); !(a >= 0 && a <= 0.025) {
		t.Errorf("Accrued of a 1e300-year bond = %v", a)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing 1e12 years took %v", d)
	}
	if _, err := (Bond{Coupon: 0.05, Maturity: MaxMaturity, Freq: SemiAnnual}).DirtyPrice(0.05); err != nil {
		t.Errorf("MaxMaturity: %v", err)
	}
}
