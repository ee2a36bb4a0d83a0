package bond

import (
	"testing"
	"time"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestSettledHandCases(t *testing.T) {
	// 2.875% Treasury maturing 2028-05-15, settled 2018-07-17: previous
	// coupon 2018-05-15, next 2018-11-15 (184 days), 63 days elapsed:
	// accrued = 2.875/2 * 63/184 = 0.492187... per 100.
	b, err := Settled(date(2018, 7, 17), date(2028, 5, 15), 0.02875, SemiAnnual)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "accrued per 100", 100*b.Accrued(), 1.4375*63/184, 1e-12)
	near(t, "maturity", b.Maturity, (19+121.0/184)/2, 1e-12)
	// On a coupon date: no accrued interest, integer number of periods.
	c, _ := Settled(date(2020, 11, 15), date(2030, 11, 15), 0.04, SemiAnnual)
	near(t, "coupon-date accrued", c.Accrued(), 0, 1e-15)
	near(t, "coupon-date maturity", c.Maturity, 10, 1e-12)
	// End-of-month rule: a bond maturing 2031-08-31 pays on Feb 28/29 and
	// Aug 31; settled 2024-03-15 the period runs 2024-02-29 .. 2024-08-31
	// (184 days), 15 days elapsed.
	e, _ := Settled(date(2024, 3, 15), date(2031, 8, 31), 0.06, SemiAnnual)
	near(t, "EOM accrued", e.Accrued(), 0.03*15/184, 1e-15)
	if _, err := Settled(date(2030, 1, 1), date(2030, 1, 1), 0.04, SemiAnnual); err == nil {
		t.Error("maturity on settlement: no error")
	}
	defer func() {
		if recover() == nil {
			t.Error("frequency 5: no panic")
		}
	}()
	Settled(date(2020, 1, 1), date(2030, 1, 1), 0.04, 5)
}
