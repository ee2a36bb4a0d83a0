package sbcorr

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/series"
)

// RollingCorr returns the rolling Pearson correlation of x and y over
// windows of `window` observations ending at t (t included):
//
//	rho(t) = Sxy / sqrt(Sxx * Syy),  Sxy = sum_{s=t-window+1}^{t} (x_s - xbar)(y_s - ybar)
//
// as used for the paper's 4-year rolling stock-bond correlation (Portelli &
// Roncalli (2024), section 3.1.2, Figure 17). The value at t is computed when
// the window holds at least minPeriods observations (the first window-1
// dates use the shorter windows available, as pandas'
// rolling(window, min_periods)), and is NaN when the window holds fewer than
// max(minPeriods, 2) observations, any NaN (series.NaNInWindow), a +Inf or -Inf
// (series.InfInWindow: only the windows holding it, the dates t to t+window-1),
// or a constant series; RollingWhy reports which. With minPeriods = window,
// a window longer than the series gives NaN (series.TooFew) everywhere.
//
// The computation is O(n): it streams the sums of deviations from a shift
// equal to a recent window mean, tracks a bound on their rounding error, and
// recomputes the window exactly (corrected two-pass) whenever that bound
// exceeds 1e-12 of a centered sum, for example when a spike leaves the window
// or the level drifts far from the shift. The result agrees with an exact
// two-pass computation to about 1e-13 even on adversarial inputs. Finite
// values of any magnitude give the correct value: a window whose values lie
// outside [2^-200, 2^200] (about 6e-61 to 1.6e60, where products of
// deviations could overflow or underflow) is computed on the data
// multiplied by a power of two (exact); ordinary data are not scaled.
//
// For windows that end at t-1 (the estimate known before R(t), as footnote
// 18's EWMA), use Shift(RollingCorr(x, y, window, minPeriods), 1).
// RollingCorr panics if len(x) != len(y), window < 1 or minPeriods is outside
// [1, window].
func RollingCorr(x, y []float64, window, minPeriods int) []float64 {
	return rollingSeries("RollingCorr", x, y, window, minPeriods, statCorr)
}

// RollingCov returns the rolling sample covariance Sxy/(n-1) of x and y over
// windows ending at t, with the conventions of RollingCorr (NaN when the
// window holds fewer than max(minPeriods, 2) observations, a NaN or an
// infinite value). Units are those of x times those of y, not annualised.
// A covariance beyond the float64 range (|Sxy/(n-1)| > 1.8e308, e.g. from
// returns near 1e200) is +Inf or -Inf.
func RollingCov(x, y []float64, window, minPeriods int) []float64 {
	return rollingSeries("RollingCov", x, y, window, minPeriods, statCov)
}

// RollingVol returns the rolling sample standard deviation sqrt(Sxx/(n-1))
// of x over windows ending at t (not annualised: multiply by sqrt(12) for
// monthly or sqrt(252) for daily data), with the conventions of RollingCorr.
// A constant window gives 0; the value is NaN exactly where
// RollingWhy(x, nil, window, minPeriods) is series.TooFew, series.NaNInWindow or
// series.InfInWindow.
func RollingVol(x []float64, window, minPeriods int) []float64 {
	return rollingSeries("RollingVol", x, nil, window, minPeriods, statVol)
}

// RollingBeta returns the rolling OLS slope Sxy/Sxx of y on x (with an
// intercept) over windows ending at t, for example the bond beta of "Why do bonds go up when stocks go down" (2025)
// (y = bond returns, x = stock returns; units of y per unit of x). It is NaN
// where RollingWhy(x, y, window, minPeriods) is not series.OK, except that a
// constant y (series.ZeroVarianceY) gives a beta of 0.
func RollingBeta(y, x []float64, window, minPeriods int) []float64 {
	return rollingSeries("RollingBeta", x, y, window, minPeriods, statBeta)
}

// RollingWhy returns, for every date, why RollingCorr(x, y, window,
// minPeriods) is NaN there (series.OK where it is defined). y may be nil: then
// only x is examined (the reasons of RollingVol).
func RollingWhy(x, y []float64, window, minPeriods int) []series.Reason {
	checkRolling("RollingWhy", x, y, window, minPeriods)
	why := make([]series.Reason, len(x))
	r := newRoller(x, y, window)
	for t := range x {
		n, sxx, syy, _ := r.next(t)
		why[t] = r.reason(n, minPeriods, sxx, syy)
	}
	return why
}

type rollStat int

const (
	statCorr rollStat = iota
	statCov
	statVol
	statBeta
)

func checkRolling(fn string, x, y []float64, window, minPeriods int) {
	if y != nil && len(x) != len(y) {
		panic(fmt.Sprintf("sbcorr: %s: len(x) = %d != len(y) = %d", fn, len(x), len(y)))
	}
	if window < 1 {
		panic(fmt.Sprintf("sbcorr: %s: window %d < 1", fn, window))
	}
	if minPeriods < 1 || minPeriods > window {
		panic(fmt.Sprintf("sbcorr: %s: minPeriods %d outside [1, %d]", fn, minPeriods, window))
	}
}

func rollingSeries(fn string, x, y []float64, window, minPeriods int, stat rollStat) []float64 {
	checkRolling(fn, x, y, window, minPeriods)
	out := make([]float64, len(x))
	r := newRoller(x, y, window)
	for t := range x {
		n, sxx, syy, sxy := r.next(t)
		if r.nan > 0 || r.inf > 0 || n < minPeriods || n < 2 {
			out[t] = math.NaN()
			continue
		}
		switch stat {
		case statCorr:
			out[t] = corrFromSums(sxx, syy, sxy)
		case statCov:
			out[t] = unscale(sxy/float64(n-1), r.ex+r.ey)
		case statVol:
			out[t] = unscale(math.Sqrt(sxx/float64(n-1)), r.ex)
		case statBeta:
			out[t] = math.NaN()
			if sxx > 0 {
				out[t] = unscale(sxy/sxx, r.ey-r.ex)
			}
		}
	}
	return out
}

// unscale returns v 2^e (v itself when e = 0, the case of ordinary data).
func unscale(v float64, e int) float64 {
	if e == 0 {
		return v
	}
	return math.Ldexp(v, e)
}

// corrFromSums returns Sxy/sqrt(Sxx Syy) clamped to [-1, 1], NaN when a
// variance is zero (sqrt(Sxx) sqrt(Syy) when the product Sxx Syy would
// overflow or underflow).
func corrFromSums(sxx, syy, sxy float64) float64 {
	if sxx <= 0 || syy <= 0 {
		return math.NaN()
	}
	d := math.Sqrt(sxx * syy)
	if !(d >= 0x1p-511 && d <= 0x1p511) {
		d = math.Sqrt(sxx) * math.Sqrt(syy)
	}
	r := sxy / d
	if r > 1 {
		return 1
	}
	if r < -1 {
		return -1
	}
	return r
}

// Shift returns v delayed by k dates: out[t] = v[t-k], NaN for t < k. A
// rolling estimate uses the window ending at t (t included); Shift(rho, 1)
// dates each estimate at the next date instead, so that the value at t uses
// returns up to t-1 only, the ExcludeCurrent alignment of footnote 18 of
// Portelli & Roncalli (2024) (see Alignment). It panics if k < 0.
func Shift(v []float64, k int) []float64 {
	if k < 0 {
		panic(fmt.Sprintf("sbcorr: Shift: k = %d < 0", k))
	}
	out := make([]float64, len(v))
	for t := range out {
		out[t] = math.NaN()
		if t >= k {
			out[t] = v[t-k]
		}
	}
	return out
}
