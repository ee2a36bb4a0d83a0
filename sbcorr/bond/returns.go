package bond

import (
	"fmt"
	"math"
)

// Holding-period lengths in years for the return functions. Daily uses the
// trading-day convention of 252 days a year: the coupon carry of one trading
// day is Coupon/252, so a year of daily returns accrues one full coupon
// whatever the weekends and holidays (a calendar convention, days/365, would
// accrue three days' carry over a weekend instead; pass your own period for
// that).
const (
	Daily   = 1.0 / 252
	Weekly  = 1.0 / 52
	Monthly = 1.0 / 12
	Yearly  = 1.0
)

// ApproxReturns returns the bond returns of the paper's footnote 15,
//
//	R_B(t) = -S(t) (y(t) - y(t-1)),
//
// for a constant-maturity bond of the given maturity (years) from its yield
// series y (decimals). The paper does not define the sensitivity S(t); here
// it is the modified duration of a par bond with semi-annual coupons and that
// maturity at the yield y(t-1). The approximation ignores carry (the coupon
// earned over the period) and convexity. See Portelli & Roncalli (2024),
// footnote 15, section 3.1.
//
// The result has len(y) elements; element 0 is NaN, and so is element t when
// y(t) or y(t-1) is NaN or infinite or y(t-1) is at or below -100%. It
// panics when maturity is not in (0, MaxMaturity].
func ApproxReturns(y []float64, maturity float64) []float64 {
	if !(maturity > 0 && maturity <= MaxMaturity) {
		panic(fmt.Sprintf("bond: ApproxReturns: maturity %v must be in (0, MaxMaturity = %v]", maturity, MaxMaturity))
	}
	r := make([]float64, len(y))
	for t := range r {
		r[t] = math.NaN()
		if t == 0 || math.IsNaN(y[t]) {
			continue
		}
		s, err := Par(y[t-1], maturity, SemiAnnual).ModifiedDuration(y[t-1])
		if err == nil {
			r[t] = -s * (y[t] - y[t-1])
		}
	}
	return r
}

// ParReturn returns the exact holding-period return of a par bond bought at
// yield y0 with the given maturity (years) and coupon frequency, held for
// period years (0 < period < maturity) and sold at yield y1:
//
//	R = (coupons paid during the period + dirty price at y1) / dirty price at y0 - 1,
//
// where the bond bought has coupon y0 (so its price is par when
// maturity*freq is an integer) and the bond sold has the remaining maturity
// maturity - period. The return therefore contains the carry (coupon accrued
// or paid over the period), the repricing at the new yield and the ageing of
// the bond. Coupons paid during the period are not reinvested. Pass as y1
// the yield of the shorter maturity maturity - period to include roll-down
// down the curve; pass the yield of the same maturity to ignore it (flat
// curve between the two maturities). Yields are decimals.
//
// It returns an error when a yield is NaN or at or below -100%, when
// maturity is not positive or when period is not in (0, maturity).
func ParReturn(y0, y1, maturity, period float64, freq int) (float64, error) {
	if !(period > 0) || !(period < maturity) {
		return math.NaN(), fmt.Errorf("bond: ParReturn: period %v must be in (0, maturity %v)", period, maturity)
	}
	for _, y := range []float64{y0, y1} {
		if err := checkYield(y); err != nil {
			return math.NaN(), err
		}
	}
	buy := Par(y0, maturity, freq)
	p0, err := buy.DirtyPrice(y0)
	if err != nil {
		return math.NaN(), err
	}
	sell := Bond{Coupon: y0, Maturity: maturity - period, Freq: freq}
	p1, err := sell.DirtyPrice(y1)
	if err != nil {
		return math.NaN(), err
	}
	// Coupons falling in (0, period]: their number is the difference in the
	// number of remaining coupons.
	n0, _ := buy.schedule()
	n1, _ := sell.schedule()
	paid := float64(n0-n1) * y0 / float64(freq)
	return (paid+p1)/p0 - 1, nil
}

// ParReturns applies ParReturn to consecutive yields of a constant-maturity
// series: element t is the return from t-1 to t of a par bond bought at
// y(t-1) and sold at y(t) after period years, with semi-annual coupons (the
// US Treasury convention). Use Daily, Monthly or Yearly for period, or any
// length in years. Roll-down is ignored; use ParReturnsRollDown to include
// it.
//
// The result has len(y) elements; element 0 is NaN, and so is element t
// when either yield is NaN, infinite or at or below -100%. It panics when
// maturity is not in (0, MaxMaturity] or period is not in (0, maturity).
func ParReturns(y []float64, maturity, period float64) []float64 {
	return ParReturnsRollDown(y, y, maturity, period)
}

// ParReturnsRollDown is ParReturns with roll-down: the bond bought at
// y(t-1) is sold at yShort(t), the yield at t of the shorter maturity
// maturity - period (for example interpolated from the zero or par curve).
// It panics when the slices differ in length, when maturity is not in
// (0, MaxMaturity] or period is not in (0, maturity).
func ParReturnsRollDown(y, yShort []float64, maturity, period float64) []float64 {
	if len(y) != len(yShort) {
		panic(fmt.Sprintf("bond: ParReturnsRollDown: len(y) = %d, len(yShort) = %d", len(y), len(yShort)))
	}
	if !(maturity > 0 && maturity <= MaxMaturity) || !(period > 0) || !(period < maturity) {
		panic(fmt.Sprintf("bond: ParReturns: need 0 < period (%v) < maturity (%v) <= MaxMaturity = %v", period, maturity, MaxMaturity))
	}
	r := make([]float64, len(y))
	for t := range r {
		if t == 0 {
			r[t] = math.NaN()
			continue
		}
		v, err := ParReturn(y[t-1], yShort[t], maturity, period, SemiAnnual)
		if err != nil {
			v = math.NaN()
		}
		r[t] = v
	}
	return r
}

// DamodaranReturn returns the annual return of a ten-year Treasury bond as
// Damodaran computes the "US T. Bond" column of histretSP (Damodaran Online,
// "Historical Returns on Stocks, Bonds and Bills"): the coupon y0 plus the
// price change of a par bond with annual coupons y0 and maturity years,
// repriced at the end-of-year yield y1 with the SAME maturity (no ageing):
//
//	R = y0 + y0 (1 - (1+y1)^-maturity)/y1 + (1+y1)^-maturity - 1.
//
// It differs from ParReturn(y0, y1, maturity, 1, Annual), which ages the
// bond to maturity-1 years. Yields are decimals; errors as DirtyPrice.
//
// With maturity 10 it reproduces his column in 1954-1997 with a mean
// absolute error of 0.2 bp a year (largest 0.5 bp) when y0, y1 are
// December monthly averages of the 10-year Treasury rate (H.15), and in
// 1999-2025 with a mean absolute error of 8 bp (largest 32 bp) when they
// are the last daily DGS10 values of the years (his convention changes at
// the end of 1997; TestDamodaranYieldConvention recomputes these figures).
func DamodaranReturn(y0, y1, maturity float64) (float64, error) {
	if err := checkYield(y0); err != nil {
		return math.NaN(), err
	}
	p, err := Bond{Coupon: y0, Maturity: maturity, Freq: Annual}.DirtyPrice(y1)
	if err != nil {
		return math.NaN(), err
	}
	return y0 + p - 1, nil
}
