package sbcorr

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/series"
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
// dates), contain a NaN or an infinite value, or one series is constant;
// EWMAWindowWhy says which. Finite returns of any magnitude give the
// correct value (a window outside [2^-200, 2^200] is scaled by a power of
// two, exactly).
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
// arguments is NaN there (series.OK where it is defined).
func EWMAWindowWhy(x, y []float64, lambda float64, m int, align Alignment) []series.Reason {
	_, why := ewmaWindow("EWMAWindowWhy", x, y, lambda, m, align)
	return why
}

func ewmaWindow(fn string, x, y []float64, lambda float64, m int, align Alignment) ([]float64, []series.Reason) {
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
	why := make([]series.Reason, len(x))
	for t := range x {
		end := t - lag // most recent return used
		rho[t], why[t] = math.NaN(), series.TooFew
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
// accurate even with a large common level, so the centered sums are). When
// the centered sums leave the range where no product of deviations can
// have overflowed or lost digits to underflow (see sumsInRange), the window
// is computed again on the returns multiplied by powers of two (see
// scaleExp).
func weightedCorr(x, y []float64, end int, w []float64) (float64, series.Reason) {
	why, sxx, syy, sxy := weightedSums(x, y, end, w, 1, 1)
	if why == series.OK && !sumsInRange(sxx, syy, sxy) {
		ax, ay := maxAbs(x[end-len(w)+1:end+1]), maxAbs(y[end-len(w)+1:end+1])
		why, sxx, syy, sxy = weightedSums(x, y, end, w, pow2(scaleExp(ax)), pow2(scaleExp(ay)))
	}
	if why != series.OK {
		return math.NaN(), why
	}
	return corrFromSums(sxx, syy, sxy), series.OK
}

// weightedSums returns the series.Reason and the weighted centered sums of the
// window of weightedCorr, the returns multiplied by fx and fy.
func weightedSums(x, y []float64, end int, w []float64, fx, fy float64) (why series.Reason, sxx, syy, sxy float64) {
	kx, ky := x[end]*fx, y[end]*fy
	var mx, my float64
	constX, constY := true, true
	for k, wk := range w {
		xi, yi := x[end-k], y[end-k]
		if nonFinite(xi, yi) {
			return badWindow(x[end-len(w)+1:end+1], y[end-len(w)+1:end+1]), 0, 0, 0
		}
		xi, yi = xi*fx, yi*fy
		constX = constX && xi == kx
		constY = constY && yi == ky
		mx += wk * (xi - kx)
		my += wk * (yi - ky)
	}
	switch {
	case constX:
		return series.ZeroVarianceX, 0, 0, 0
	case constY:
		return series.ZeroVarianceY, 0, 0, 0
	}
	for k, wk := range w {
		dx, dy := x[end-k]*fx-kx-mx, y[end-k]*fy-ky-my
		sxx += wk * dx * dx
		syy += wk * dy * dy
		sxy += wk * dx * dy
	}
	return series.OK, sxx, syy, sxy
}

// badWindow returns series.NaNInWindow when x or y holds a NaN, else series.InfInWindow.
func badWindow(x, y []float64) series.Reason {
	for i := range x {
		if x[i] != x[i] || y[i] != y[i] {
			return series.NaNInWindow
		}
	}
	return series.InfInWindow
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
// where x or y is NaN or infinite (the pair is skipped; older weights still
// decay, as pandas' ignore_na=False; the series.Reason is series.NaNInWindow or
// series.InfInWindow), and while a series has been constant; the Reasons are
// returned by EWMAWhy. Finite returns of any magnitude give the correct
// value: the moments are kept in units of a power of two that follows the
// magnitude of the data (ordinary returns are not scaled).
// EWMACorr is EWMACorrWith(..., Adjusted); Unadjusted gives pandas'
// adjust=False.
// It panics if len(x) != len(y), lambda is outside (0, 1) or minPeriods < 2.
func EWMACorr(x, y []float64, lambda float64, minPeriods int, align Alignment) []float64 {
	rho, _ := ewmaRecursive("EWMACorr", x, y, lambda, minPeriods, align, Adjusted, false)
	return rho
}

// EWMAWhy returns, for every date, why EWMACorr with the same arguments is
// NaN there (series.OK where it is defined).
func EWMAWhy(x, y []float64, lambda float64, minPeriods int, align Alignment) []series.Reason {
	_, why := ewmaRecursive("EWMAWhy", x, y, lambda, minPeriods, align, Adjusted, true)
	return why
}

// Weighting says how the recursive EWMA weights the start of the history.
type Weighting int

const (
	// Adjusted normalises the weights lambda^s by their sum over the
	// history available at t: with t+1 returns the oldest has weight
	// lambda^t / sum_{s=0}^{t} lambda^s (pandas ewm(adjust=True), the
	// default of EWMACorr and EWMAWhy).
	Adjusted Weighting = iota
	// Unadjusted is the recursion started at the first return,
	// m_0 = x_0, m_t = lambda m_{t-1} + (1-lambda) x_t, and likewise for the
	// second moments (pandas ewm(adjust=False)): the weights are
	// (1-lambda) lambda^s for s < t and lambda^t for the oldest return,
	// which stands for all the history before it. The first estimates lean
	// on the first return; the two forms agree once lambda^t is negligible.
	Unadjusted
)

// EWMACorrWith returns the recursive EWMA correlation of EWMACorr with the
// start of the history weighted as w says (Adjusted: EWMACorr; Unadjusted:
// pandas' ewm(alpha=1-lambda, adjust=False).corr). In West's update the
// first valid pair enters with weight 1/(1-lambda) instead of 1, and, as
// pandas does, the total weight is reset to 1/(1-lambda) after the first
// valid pair that follows a skipped (NaN or infinite) pair: a return k
// periods after the previous valid one has weight (1-lambda) / (lambda^k +
// 1 - lambda) against the history. Reasons, magnitudes and panics as
// EWMACorr; it also panics for an unknown w.
func EWMACorrWith(x, y []float64, lambda float64, minPeriods int, align Alignment, w Weighting) []float64 {
	rho, _ := ewmaRecursive("EWMACorrWith", x, y, lambda, minPeriods, align, w, false)
	return rho
}

// EWMAWhyWith returns, for every date, why EWMACorrWith with the same
// arguments is NaN there (series.OK where it is defined).
func EWMAWhyWith(x, y []float64, lambda float64, minPeriods int, align Alignment, w Weighting) []series.Reason {
	_, why := ewmaRecursive("EWMAWhyWith", x, y, lambda, minPeriods, align, w, true)
	return why
}

func ewmaRecursive(fn string, x, y []float64, lambda float64, minPeriods int, align Alignment, wt Weighting, wantWhy bool) ([]float64, []series.Reason) {
	if len(x) != len(y) {
		panic(fmt.Sprintf("sbcorr: %s: len(x) = %d != len(y) = %d", fn, len(x), len(y)))
	}
	if !(lambda > 0 && lambda < 1) {
		panic(fmt.Sprintf("sbcorr: %s: lambda %v outside (0, 1)", fn, lambda))
	}
	if minPeriods < 2 {
		panic(fmt.Sprintf("sbcorr: %s: minPeriods %d < 2", fn, minPeriods))
	}
	first := 1.0 // weight of the first valid pair in West's update
	switch wt {
	case Adjusted:
	case Unadjusted:
		first = 1 / (1 - lambda)
	default:
		panic(fmt.Sprintf("sbcorr: %s: unknown weighting %d", fn, wt))
	}
	n := len(x)
	rho := make([]float64, n)
	var why []series.Reason
	if wantWhy {
		why = make([]series.Reason, n)
	}
	lag := 0
	if align == ExcludeCurrent {
		lag = 1
	}
	for t := range min(lag, n) {
		rho[t] = math.NaN()
		if wantWhy {
			why[t] = series.TooFew
		}
	}
	// Moments of x 2^-ex - kx and y 2^-ey - ky: the shift k is the current
	// weighted mean (first the first valid pair), so a large or drifting
	// level does not round the deviations (the correlation is
	// shift-invariant), and the scales 2^-e follow the magnitude of the data
	// (see ewmaScale).
	var sx, sy ewmaScale
	var w, cxy float64
	count, skipped := 0, false
	for t := 0; t+lag < n; t++ {
		xt, yt := x[t], y[t]
		w *= lambda
		sx.c *= lambda
		sy.c *= lambda
		cxy *= lambda
		r, reason := math.NaN(), series.OK
		switch {
		case nonFinite(xt, yt):
			reason, skipped = series.InfInWindow, count > 0
			if xt != xt || yt != yt {
				reason = series.NaNInWindow
			}
		default:
			if count == 0 {
				sx, sy = startScale(xt), startScale(yt)
			}
			xi, yi := xt*sx.f-sx.k, yt*sy.f-sy.k
			if !(math.Abs(xi)+math.Abs(yi) <= bigDev) {
				var dx, dy int
				sx, dx = sx.grow(xt)
				sy, dy = sy.grow(yt)
				cxy = math.Ldexp(cxy, dx+dy)
				xi, yi = xt*sx.f-sx.k, yt*sy.f-sy.k
			}
			if count == 0 {
				w = first
			} else {
				w++
			}
			count++
			dx := xi - sx.m
			sx.m += dx / w
			dy := yi - sy.m
			sy.m += dy / w
			sx.c += dx * (xi - sx.m)
			sy.c += dy * (yi - sy.m)
			cxy += dx * (yi - sy.m)
			// Move the shift to the new mean, keeping the rounding residual
			// in m: the deviations x - k stay small and exact when the
			// level drifts away from the first observation.
			sx.k, sx.m = twoSum(sx.k, sx.m)
			sy.k, sy.m = twoSum(sy.k, sy.m)
			if skipped && wt == Unadjusted {
				// pandas' adjust=False renormalises the weights after each
				// observation: a gap lowers the weight of the history only
				// against the first return after it.
				c := first / w
				w, sx.c, sy.c, cxy = first, sx.c*c, sy.c*c, cxy*c
			}
			skipped = false
			if math.Abs(xi) < scaleLo || math.Abs(yi) < scaleLo {
				var dx, dy int
				sx, dx = sx.shrink(xt, w)
				sy, dy = sy.shrink(yt, w)
				cxy = math.Ldexp(cxy, dx+dy)
			}
			switch {
			case count < minPeriods:
				reason = series.TooFew
			case sx.c <= 0:
				reason = series.ZeroVarianceX
			case sy.c <= 0:
				reason = series.ZeroVarianceY
			default:
				r = max(-1, min(1, cxy/math.Sqrt(sx.c*sy.c)))
			}
		}
		rho[t+lag] = r
		if wantWhy {
			why[t+lag] = reason
		}
	}
	return rho, why
}

// ewmaScale is the state of one series of the recursive EWMA: the values
// enter as v f - k with f = 2^-e a power of two (see scaleExp); m is the
// weighted mean of the shifted values and c their weighted sum of squared
// deviations, both in the scaled units. It is handled by value (four
// float64 fields stay in registers in the loop of ewmaRecursive).
type ewmaScale struct {
	f, k, m, c float64
}

// startScale returns the state of a series whose first valid value is v:
// the scale of v (see scaleExp) and the shift v.
func startScale(v float64) ewmaScale {
	f := pow2(scaleExp(math.Abs(v)))
	return ewmaScale{f: f, k: v * f}
}

// exp returns the scale exponent e, f = 2^-e.
func (s ewmaScale) exp() int {
	_, e := math.Frexp(s.f)
	return 1 - e
}

// grow returns the state rescaled so that the value v (whose scaled
// deviation may exceed bigDev) or the shift, whichever is larger, is of
// order one, and the binary exponent d by which k and m were multiplied
// (2^d; c by 2^(2d); the caller multiplies the cross moment by 2^d). It
// never shrinks the scale. Older contributions that underflow are
// negligible beside v.
func (s ewmaScale) grow(v float64) (ewmaScale, int) {
	e := s.exp()
	_, e2 := math.Frexp(math.Max(math.Abs(v), math.Abs(math.Ldexp(s.k, e))))
	if e2 <= e {
		return s, 0
	}
	return s.rescaled(e, e2)
}

// shrink returns the state rescaled when the value v, the shift, the mean
// and the weighted standard deviation sqrt(c/w) are all below scaleLo in
// the scaled units (the data have become tiny beside the scale, so their
// squares would underflow), and the exponent d as grow does (0 when nothing
// changes).
func (s ewmaScale) shrink(v, w float64) (ewmaScale, int) {
	if !(math.Abs(s.k) < scaleLo && math.Abs(s.m) < scaleLo && s.c < scaleLo*scaleLo*w) {
		return s, 0
	}
	big := max(math.Abs(v*s.f), math.Abs(s.k), math.Sqrt(s.c/w))
	if big == 0 {
		return s, 0
	}
	e := s.exp()
	_, d := math.Frexp(big)
	if e2 := max(e+d, -1000); e2 < e {
		return s.rescaled(e, e2)
	}
	return s, 0
}

// rescaled returns the state moved from the scale exponent e to e2 and the
// exponent d = e - e2 applied (k, m times 2^d, c times 2^(2d), with
// math.Ldexp: exact, and no intermediate overflow).
func (s ewmaScale) rescaled(e, e2 int) (ewmaScale, int) {
	d := e - e2
	return ewmaScale{f: pow2(e2), k: math.Ldexp(s.k, d), m: math.Ldexp(s.m, d), c: math.Ldexp(s.c, 2*d)}, d
}

// twoSum returns s = fl(a + b) and the rounding error e, a + b = s + e
// exactly (Knuth's TwoSum).
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bv := s - a
	return s, (a - (s - bv)) + (b - bv)
}
