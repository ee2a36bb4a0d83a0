package sbcorr

import "math"

// Magnitude handling shared by the estimators. Products of deviations
// overflow beyond about 1e154 and underflow below about 1e-154, so a series
// whose magnitude lies outside [2^-200, 2^200] (about [6e-61, 1.6e60]) is
// multiplied by a power of two, 2^-e, before its moments are formed:
// the scaling is exact, so the correlation of the scaled data equals that of
// the data, and moments in the units of the data are recovered with
// math.Ldexp. Data inside the range keep e = 0, so their results are
// bit-for-bit those of the unscaled formulas.

const (
	// scaleLo and scaleHi bound the magnitudes computed without scaling.
	scaleLo = 0x1p-200
	scaleHi = 0x1p200
	// bigDev is the largest scaled deviation a streaming estimator adds to
	// its sums before it rescales: its square, summed over any window,
	// stays far below the float64 range.
	bigDev = 0x1p210
	// tinyVar is the smallest scaled sum of squares a streaming estimator
	// trusts for a non-constant window: below it the window is recomputed
	// with a scale fitted to its values.
	tinyVar = 0x1p-600
)

// scaleExp returns the exponent e of the scale 2^-e applied to data of
// largest magnitude m: 0 when m is in [2^-200, 2^200] or zero, otherwise
// the binary exponent of m (m 2^-e in [0.5, 1)) clamped to [-1000, 1024],
// so that 2^-e is a representable float64.
func scaleExp(m float64) int {
	if m == 0 || (m >= scaleLo && m <= scaleHi) {
		return 0
	}
	_, e := math.Frexp(m)
	return min(max(e, -1000), 1024)
}

// pow2 returns 2^-e for e in [-1000, 1024] (exact).
func pow2(e int) float64 { return math.Ldexp(1, -e) }

// maxAbs returns the largest |v_i| (0 for an empty slice; v is finite).
func maxAbs(v []float64) float64 {
	m := 0.0
	for _, f := range v {
		if a := math.Abs(f); a > m {
			m = a
		}
	}
	return m
}

// nonFinite reports whether x or y is NaN or infinite, with one test:
// v - v is 0 for a finite v and NaN otherwise.
func nonFinite(x, y float64) bool {
	d := (x - x) + (y - y)
	return d != d
}

// sumsInRange reports whether centered sums of squares and products
// computed without scaling can be trusted: Sxx and Syy in [2^-900, 2^900]
// and Sxy finite. Then no deviation overflowed (its square would exceed
// 2^900 or be infinite), and the products that underflowed are below
// 2^-1022, a relative 2^-122 of sqrt(Sxx Syy): negligible. Outside the
// range the caller recomputes on scaled data.
func sumsInRange(sxx, syy, sxy float64) bool {
	return sxx >= 0x1p-900 && sxx <= 0x1p900 && syy >= 0x1p-900 && syy <= 0x1p900 && sxy-sxy == 0
}

// pearson returns the Pearson correlation of finite x and y computed in two
// passes, repeated on the data scaled by powers of two (see scaleExp) when
// the sums leave the trusted range (sumsInRange), so that any finite
// magnitude gives the correct value; NaN when a series is constant.
func pearson(x, y []float64) float64 {
	sxx, syy, sxy := centeredSums(x, y, 1, 1)
	if !sumsInRange(sxx, syy, sxy) {
		sxx, syy, sxy = centeredSums(x, y, pow2(scaleExp(maxAbs(x))), pow2(scaleExp(maxAbs(y))))
	}
	return corrFromSums(sxx, syy, sxy)
}

// centeredSums returns Sxx, Syy, Sxy of finite x and y multiplied by fx and
// fy (powers of two), in two passes. The sums are in the scaled units, so
// only their ratios (a correlation) are meaningful to callers.
func centeredSums(x, y []float64, fx, fy float64) (sxx, syy, sxy float64) {
	var mx, my float64
	for i := range x {
		mx += x[i] * fx
		my += y[i] * fy
	}
	mx /= float64(len(x))
	my /= float64(len(y))
	for i := range x {
		dx, dy := x[i]*fx-mx, y[i]*fy-my
		sxx += dx * dx
		syy += dy * dy
		sxy += dx * dy
	}
	return sxx, syy, sxy
}
