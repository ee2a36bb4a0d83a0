package sbcorr

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

// exactCorr computes the correlation of x and y with 512-bit arithmetic
// (two passes), the reference for the streaming estimator.
func exactCorr(x, y []float64) float64 {
	prec := uint(512)
	mean := func(v []float64) *big.Float {
		s := new(big.Float).SetPrec(prec)
		for _, f := range v {
			s.Add(s, big.NewFloat(f).SetPrec(prec))
		}
		return s.Quo(s, new(big.Float).SetPrec(prec).SetInt64(int64(len(v))))
	}
	mx, my := mean(x), mean(y)
	sxx, syy, sxy := new(big.Float).SetPrec(prec), new(big.Float).SetPrec(prec), new(big.Float).SetPrec(prec)
	for i := range x {
		dx := new(big.Float).SetPrec(prec).Sub(big.NewFloat(x[i]).SetPrec(prec), mx)
		dy := new(big.Float).SetPrec(prec).Sub(big.NewFloat(y[i]).SetPrec(prec), my)
		sxx.Add(sxx, new(big.Float).SetPrec(prec).Mul(dx, dx))
		syy.Add(syy, new(big.Float).SetPrec(prec).Mul(dy, dy))
		sxy.Add(sxy, new(big.Float).SetPrec(prec).Mul(dx, dy))
	}
	if sxx.Sign() == 0 || syy.Sign() == 0 {
		return math.NaN()
	}
	den := new(big.Float).SetPrec(prec).Mul(sxx, syy)
	den.Sqrt(den)
	r, _ := new(big.Float).SetPrec(prec).Quo(sxy, den).Float64()
	return r
}

// adversarial returns series mixing the hard cases: a large offset,
// spikes that enter and leave the window, a constant stretch and a trend.
func adversarial(n int) (x, y []float64) {
	rng := rand.New(rand.NewPCG(1, 2))
	x, y = make([]float64, n), make([]float64, n)
	for i := range x {
		a, b := rng.NormFloat64(), rng.NormFloat64()
		x[i], y[i] = a, 0.5*a+b
		switch {
		case i < n/5:
			x[i] += 1e9 // large offset
			y[i] = 1e-3*y[i] - 5e6
		case i == n/4 || i == n/4+3:
			x[i] = 1e12 // spikes
			y[i] = -3e10
		case i >= n/3 && i < n/3+150:
			x[i] = 0.1 // constant stretch
		case i >= n/2 && i < 2*n/3:
			x[i] += 1e5 * float64(i) // trend
			y[i] *= 1e-8
		}
	}
	return x, y
}

func TestRollingCorrExact(t *testing.T) {
	x, y := adversarial(3000)
	for _, w := range []int{5, 48, 100, 1000} {
		got := RollingCorr(x, y, w, w)
		why := RollingWhy(x, y, w, w)
		worst := 0.0
		for i := w - 1; i < len(x); i++ {
			want := exactCorr(x[i-w+1:i+1], y[i-w+1:i+1])
			if math.IsNaN(want) != math.IsNaN(got[i]) {
				t.Fatalf("w=%d t=%d: got %v want %v (%v)", w, i, got[i], want, why[i])
			}
			if !math.IsNaN(want) {
				worst = max(worst, math.Abs(got[i]-want))
			} else if why[i] != series.ZeroVarianceX {
				t.Errorf("w=%d t=%d: reason %v, want %v", w, i, why[i], series.ZeroVarianceX)
			}
		}
		if worst > 1e-12 {
			t.Errorf("w=%d: max abs diff %.3g from exact > 1e-12", w, worst)
		}
		t.Logf("w=%d: max abs diff from 512-bit two-pass %.3g", w, worst)
	}
}

func TestRollingNaNAndMinPeriods(t *testing.T) {
	x := []float64{1, 2, 3, math.NaN(), 5, 6, 7, 8}
	y := []float64{2, 1, 4, 3, 6, 5, 8, 9}
	got := RollingCorr(x, y, 3, 2)
	why := RollingWhy(x, y, 3, 2)
	wantWhy := []series.Reason{series.TooFew, series.OK, series.OK, series.NaNInWindow, series.NaNInWindow, series.NaNInWindow, series.OK, series.OK}
	for i := range got {
		if why[i] != wantWhy[i] || math.IsNaN(got[i]) != (wantWhy[i] != series.OK) {
			t.Errorf("t=%d: got %v (%v), want reason %v", i, got[i], why[i], wantWhy[i])
		}
	}
	if r := exactCorr(x[5:8], y[5:8]); math.Abs(got[7]-r) > 1e-15 {
		t.Errorf("t=7: %v want %v", got[7], r)
	}
	if r := exactCorr(x[:2], y[:2]); got[1] != r {
		t.Errorf("min periods t=1: %v want %v", got[1], r)
	}
	long := RollingCorr(x, y, 8, 8)
	for i, v := range long[:7] {
		if !math.IsNaN(v) {
			t.Errorf("window longer than data at %d: %v", i, v)
		}
	}
}

func TestRollingCovVolBeta(t *testing.T) {
	x, y := adversarial(400)
	w := 20
	cov, volx, beta := RollingCov(x, y, w, w), RollingVol(x, w, w), RollingBeta(y, x, w, w)
	for i := w - 1; i < len(x); i++ {
		xs, ys := x[i-w+1:i+1], y[i-w+1:i+1]
		mx, my := mean(xs), mean(ys)
		var sxx, sxy float64
		for j := range xs {
			sxx += (xs[j] - mx) * (xs[j] - mx)
			sxy += (xs[j] - mx) * (ys[j] - my)
		}
		check := func(name string, got, want float64) {
			if math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
				t.Errorf("t=%d %s: %v want %v", i, name, got, want)
			}
		}
		check("cov", cov[i], sxy/float64(w-1))
		check("vol", volx[i], math.Sqrt(sxx/float64(w-1)))
		if sxx > 0 {
			check("beta", beta[i], sxy/sxx)
		}
	}
}

func TestRollingPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"length":     func() { RollingCorr([]float64{1, 2}, []float64{1}, 2, 2) },
		"window":     func() { RollingCorr([]float64{1}, []float64{1}, 0, 1) },
		"minPeriods": func() { RollingVol([]float64{1}, 2, 3) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}

// TestShiftExcludesCurrent checks that the shifted rolling correlation at t
// is the correlation of the window ending at t-1.
func TestShiftExcludesCurrent(t *testing.T) {
	x, y := adversarial(200)
	x, y = x[60:], y[60:]
	got := Shift(RollingCorr(x, y, 10, 10), 1)
	for i := range got {
		if i < 10 {
			if !math.IsNaN(got[i]) {
				t.Errorf("t=%d: %v, want NaN", i, got[i])
			}
			continue
		}
		if want := exactCorr(x[i-10:i], y[i-10:i]); math.Abs(got[i]-want) > 1e-13 {
			t.Errorf("t=%d: %v want %v", i, got[i], want)
		}
	}
}
