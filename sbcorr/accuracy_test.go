package sbcorr

import (
	"math"
	"math/big"
	"testing"
)

// Accuracy on adversarial inputs (large offsets, a spike leaving
// the window, constant stretches): every estimator against a 512-bit
// reference, max abs difference below 1e-12.

const prec = 512

func bf(v float64) *big.Float { return new(big.Float).SetPrec(prec).SetFloat64(v) }

// exactWeighted returns the weighted correlation (weights w[k] of x[k],
// y[k], any positive scale) and the weighted centered sums Sxx, Sxy in
// 512-bit arithmetic (two passes).
func exactWeighted(x, y, w []float64) (rho, sxx, sxy float64) {
	sw, mx, my := bf(0), bf(0), bf(0)
	for k := range x {
		sw.Add(sw, bf(w[k]))
		mx.Add(mx, new(big.Float).SetPrec(prec).Mul(bf(w[k]), bf(x[k])))
		my.Add(my, new(big.Float).SetPrec(prec).Mul(bf(w[k]), bf(y[k])))
	}
	mx.Quo(mx, sw)
	my.Quo(my, sw)
	bxx, byy, bxy := bf(0), bf(0), bf(0)
	for k := range x {
		dx := new(big.Float).SetPrec(prec).Sub(bf(x[k]), mx)
		dy := new(big.Float).SetPrec(prec).Sub(bf(y[k]), my)
		wk := bf(w[k])
		bxx.Add(bxx, new(big.Float).SetPrec(prec).Mul(wk, new(big.Float).SetPrec(prec).Mul(dx, dx)))
		byy.Add(byy, new(big.Float).SetPrec(prec).Mul(wk, new(big.Float).SetPrec(prec).Mul(dy, dy)))
		bxy.Add(bxy, new(big.Float).SetPrec(prec).Mul(wk, new(big.Float).SetPrec(prec).Mul(dx, dy)))
	}
	sxx, _ = bxx.Float64()
	sxy, _ = bxy.Float64()
	if bxx.Sign() == 0 || byy.Sign() == 0 {
		return math.NaN(), sxx, sxy
	}
	den := new(big.Float).SetPrec(prec).Mul(bxx, byy)
	den.Sqrt(den)
	rho, _ = new(big.Float).SetPrec(prec).Quo(bxy, den).Float64()
	return rho, sxx, sxy
}

func ones(n int) []float64 {
	w := make([]float64, n)
	for i := range w {
		w[i] = 1
	}
	return w
}

// TestRollingMomentsExact checks RollingCov, RollingVol and RollingBeta
// (relative error) on the adversarial series.
func TestRollingMomentsExact(t *testing.T) {
	x, y := adversarial(2000)
	for _, w := range []int{5, 48, 500} {
		cov, vol, beta := RollingCov(x, y, w, w), RollingVol(x, w, w), RollingBeta(y, x, w, w)
		worst := 0.0
		for i := w - 1; i < len(x); i++ {
			_, sxx, sxy := exactWeighted(x[i-w+1:i+1], y[i-w+1:i+1], ones(w))
			rel := func(got, want float64) float64 {
				if want == 0 {
					return math.Abs(got)
				}
				return math.Abs(got-want) / math.Abs(want)
			}
			worst = max(worst, rel(cov[i], sxy/float64(w-1)), rel(vol[i], math.Sqrt(sxx/float64(w-1))))
			if sxx > 0 {
				worst = max(worst, rel(beta[i], sxy/sxx))
			}
		}
		t.Logf("w=%d: max relative error of cov, vol, beta %.3g", w, worst)
		if worst > 1e-12 {
			t.Errorf("w=%d: max relative error %.3g > 1e-12", w, worst)
		}
	}
}

// TestEWMAExact checks both EWMA forms against the 512-bit weighted
// correlation on the adversarial series.
func TestEWMAExact(t *testing.T) {
	x, y := adversarial(1500)
	const lambda, m = 0.96, 100
	win := EWMACorrWindow(x, y, lambda, m, ExcludeCurrent)
	rec := EWMACorr(x, y, lambda, 2, IncludeCurrent)
	var worstWin, worstRec float64
	for i := range x {
		if i > m {
			w := make([]float64, m) // w[k] weights x[i-1-k]
			xs, ys := make([]float64, m), make([]float64, m)
			for k := range w {
				w[k] = math.Pow(lambda, float64(k))
				xs[k], ys[k] = x[i-1-k], y[i-1-k]
			}
			want, _, _ := exactWeighted(xs, ys, w)
			if math.IsNaN(want) != math.IsNaN(win[i]) {
				t.Fatalf("window t=%d: got %v want %v", i, win[i], want)
			}
			if !math.IsNaN(want) {
				worstWin = max(worstWin, math.Abs(win[i]-want))
			}
		}
		if i%19 == 0 && i > 0 { // the recursive form: all history, O(n^2) reference
			w := make([]float64, i+1)
			for k := range w {
				w[k] = math.Pow(lambda, float64(i-k))
			}
			want, _, _ := exactWeighted(x[:i+1], y[:i+1], w)
			if !math.IsNaN(want) && !math.IsNaN(rec[i]) {
				worstRec = max(worstRec, math.Abs(rec[i]-want))
			}
		}
	}
	t.Logf("max abs error: finite window %.3g, recursive %.3g", worstWin, worstRec)
	if worstWin > 1e-12 || worstRec > 1e-12 {
		t.Errorf("max abs error: finite window %.3g, recursive %.3g > 1e-12", worstWin, worstRec)
	}
}
