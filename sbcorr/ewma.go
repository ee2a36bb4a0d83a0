package sbcorr

import (
	"fmt"
	"math"
)

// Alignment says which returns enter an estimate dated t.
type Alignment int

const (
	// ExcludeCurrent uses R(t-1), ..., R(t-m): the estimate at t is known
	// before R(t) is observed. It is the alignment of footnote 18 of
	// Portelli & Roncalli (2024).
	ExcludeCurrent Alignment = iota
	// IncludeCurrent uses R(t), ..., R(t-m+1), the alignment of RollingCorr
	// and of pandas.
	IncludeCurrent
)

// EWMACorrWindow returns the paper's finite-window EWMA correlation
// (Portelli & Roncalli (2024), section 3.1.2, footnote 18, Figure 20):
//
//	rho(t) = sum_s w_s (x_{t-s} - mx)(y_{t-s} - my) / sqrt(sum_s w_s (x_{t-s} - mx)^2 sum_s w_s (y_{t-s} - my)^2)
//	w_s = (1-lambda) lambda^(s-1) / (1-lambda^m),  mx = sum_s w_s x_{t-s},  s = 1..m
//
// with align = ExcludeCurrent (the paper); IncludeCurrent uses s = 0..m-1.
// The value is NaN when the m returns are not all available (the first
// dates), contain a NaN, or one series is constant; EWMAWindowWhy says which.
// lambda = 1 is allowed and gives the equally weighted rolling correlation.
// Each window is computed in two passes on the returns minus the most
// recent pair, O(n m), within about 1e-15 of a 512-bit reference on
// adversarial inputs (TestEWMAExact). Returns and correlations are
// decimals; m counts observations (days for daily returns).
// It panics if len(x) != len(y), m < 2 or lambda is outside (0, 1].
func EWMACorrWindow(x, y []float64, lambda float64, m int, align Alignment) []float64 {
	rho, _ := ewmaWindow("EWMACorrWindow", x, y, lambda, m, align)
	return rho
}

// EWMAWindowWhy returns, for every date, why EWMACorrWindow with the same
// arguments is NaN there (OK where it is defined).
func EWMAWindowWhy(x, y []float64, lambda float64, m int, align Alignment) []Reason {
	_, why := ewmaWindow("EWMAWindowWhy", x, y, lambda, m, align)
	return why
}

func ewmaWindow(fn string, x, y []float64, lambda float64, m int, align Alignment) ([]float64, []Reason) {
	if len(x) != len(y) {
		panic(fmt.Sprintf("sbcorr: %s: len(x) = %d != len(y) = %d", fn, len(x), len(y)))
	}
	if m < 2 {
		panic(fmt.Sprintf("sbcorr: %s: window %d < 2", fn, m))
	}
	if !(lambda > 0 && lambda <= 1) {
		panic(fmt.Sprintf("sbcorr: %s: lambda %v outside (0, 1]", fn, lambda))
	}
	w := make([]float64, m) // w[k] weights the k-th most recent return
	sum := 0.0
	for k := range w {
		w[k] = math.Pow(lambda, float64(k))
		sum += w[k]
	}
	for k := range w {
		w[k] /= sum
	}
	lag := 0
	if align == ExcludeCurrent {
		lag = 1
	}
	rho := make([]float64, len(x))
	why := make([]Reason, len(x))
	for t := range x {
		end := t - lag // most recent return used
		rho[t], why[t] = math.NaN(), TooFew
		if end-m+1 < 0 {
			continue
		}
		rho[t], why[t] = weightedCorr(x, y, end, w)
	}
	return rho, why
}

// weightedCorr returns the correlation of x[end-k], y[end-k], k = 0..len(w)-1,
// with weights w[k] summing to one, in two passes on the returns minus the
// most recent pair (a shift: the weighted means of the shifted returns are
// accurate even with a large common level, so the centered sums are).
func weightedCorr(x, y []float64, end int, w []float64) (float64, Reason) {
	kx, ky := x[end], y[end]
	var mx, my float64
	constX, constY := true, true
	for k, wk := range w {
		xi, yi := x[end-k], y[end-k]
		if math.IsNaN(xi) || math.IsNaN(yi) {
			return math.NaN(), NaNInWindow
		}
		constX = constX && xi == kx
		constY = constY && yi == ky
		mx += wk * (xi - kx)
		my += wk * (yi - ky)
	}
	switch {
	case constX:
		return math.NaN(), ZeroVarianceX
	case constY:
		return math.NaN(), ZeroVarianceY
	}
	var sxx, syy, sxy float64
	for k, wk := range w {
		dx, dy := x[end-k]-kx-mx, y[end-k]-ky-my
		sxx += wk * dx * dx
		syy += wk * dy * dy
		sxy += wk * dx * dy
	}
	return corrFromSums(sxx, syy, sxy), OK
}

// EWMACorr returns the recursive (infinite-window) EWMA correlation: the
// weights lambda^s of the returns s periods before the most recent one are
// normalised by their sum over all the history available at t, so no
// starting value is needed and the first estimates carry no bias from an
// initialisation (this equals pandas' ewm(alpha=1-lambda, adjust=True).corr;
// pandas' bias=False factor cancels in a correlation). The moments follow
// West's (1979) weighted update
//
//	W_t = lambda W_{t-1} + 1,  mx_t = mx_{t-1} + (x_t - mx_{t-1}) / W_t
//	Cxy_t = lambda Cxy_{t-1} + (x_t - mx_{t-1})(y_t - my_t)
//
// on the returns minus a shift moved to the running weighted mean after
// every update (with its rounding residual kept), so that a large or
// drifting level does not round the deviations (pandas, without it, loses
// about 1e-10 on returns offset by 1e4; TestEWMAExact finds 5e-15 against
// a 512-bit reference on offsets of 1e9, spikes of 1e12 and constant
// stretches), and rho = Cxy / sqrt(Cxx Cyy), O(n). With
// ExcludeCurrent the estimate at t uses returns up to t-1 (the paper's
// footnote 18 alignment, m = infinity); with IncludeCurrent up to t.
// Values are NaN before minPeriods valid pairs have been seen, at dates
// where x or y is NaN (a NaN pair is skipped; older weights still decay, as
// pandas' ignore_na=False), and while a series has been constant; the
// Reasons are returned by EWMAWhy.
// It panics if len(x) != len(y), lambda is outside (0, 1) or minPeriods < 2.
func EWMACorr(x, y []float64, lambda float64, minPeriods int, align Alignment) []float64 {
	rho, _ := ewmaRecursive("EWMACorr", x, y, lambda, minPeriods, align, false)
	return rho
}

// EWMAWhy returns, for every date, why EWMACorr with the same arguments is
// NaN there (OK where it is defined).
func EWMAWhy(x, y []float64, lambda float64, minPeriods int, align Alignment) []Reason {
	_, why := ewmaRecursive("EWMAWhy", x, y, lambda, minPeriods, align, true)
	return why
}

func ewmaRecursive(fn string, x, y []float64, lambda float64, minPeriods int, align Alignment, wantWhy bool) ([]float64, []Reason) {
	if len(x) != len(y) {
		panic(fmt.Sprintf("sbcorr: %s: len(x) = %d != len(y) = %d", fn, len(x), len(y)))
	}
	if !(lambda > 0 && lambda < 1) {
		panic(fmt.Sprintf("sbcorr: %s: lambda %v outside (0, 1)", fn, lambda))
	}
	if minPeriods < 2 {
		panic(fmt.Sprintf("sbcorr: %s: minPeriods %d < 2", fn, minPeriods))
	}
	n := len(x)
	rho := make([]float64, n)
	var why []Reason
	if wantWhy {
		why = make([]Reason, n)
	}
	lag := 0
	if align == ExcludeCurrent {
		lag = 1
	}
	for t := range min(lag, n) {
		rho[t] = math.NaN()
		if wantWhy {
			why[t] = TooFew
		}
	}
	// Moments of x - kx and y - ky, shifted by the current weighted mean
	// (first the first valid pair), so a large or drifting level does not
	// round the deviations (the correlation is shift-invariant).
	var w, mx, my, cxx, cyy, cxy, kx, ky float64
	count := 0
	for t := 0; t+lag < n; t++ {
		if count == 0 && !math.IsNaN(x[t]) && !math.IsNaN(y[t]) {
			kx, ky = x[t], y[t]
		}
		xi, yi := x[t]-kx, y[t]-ky
		w *= lambda
		cxx *= lambda
		cyy *= lambda
		cxy *= lambda
		r, reason := math.NaN(), OK
		if math.IsNaN(xi) || math.IsNaN(yi) {
			reason = NaNInWindow
		} else {
			count++
			w++
			dx := xi - mx
			mx += dx / w
			dy := yi - my
			my += dy / w
			cxx += dx * (xi - mx)
			cyy += dy * (yi - my)
			cxy += dx * (yi - my)
			// Move the shift to the new mean, keeping the rounding residual
			// in m: the deviations x - k stay small and exact when the
			// level drifts away from the first observation.
			kx, mx = twoSum(kx, mx)
			ky, my = twoSum(ky, my)
			switch {
			case count < minPeriods:
				reason = TooFew
			case cxx <= 0:
				reason = ZeroVarianceX
			case cyy <= 0:
				reason = ZeroVarianceY
			default:
				r = max(-1, min(1, cxy/math.Sqrt(cxx*cyy)))
			}
		}
		rho[t+lag] = r
		if wantWhy {
			why[t+lag] = reason
		}
	}
	return rho, why
}

// twoSum returns s = fl(a + b) and the rounding error e, a + b = s + e
// exactly (Knuth's TwoSum).
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bv := s - a
	return s, (a - (s - bv)) + (b - bv)
}
