package sbcorr

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stockbond/sbcorr/series"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// Infinite and huge inputs. The rule for
// magnitudes: finite inputs of any size give the correct value; only +-Inf
// and NaN give an error (scalar estimators) or NaN with a series.Reason (series
// estimators), and only at the dates whose window holds them.

// returns300 returns 300 seeded correlated returns (decimals).
func returns300() (x, y []float64) {
	rng := rand.New(rand.NewPCG(17, 1))
	x, y = make([]float64, 300), make([]float64, 300)
	for i := range x {
		a, b := rng.NormFloat64(), rng.NormFloat64()
		x[i], y[i] = 0.01*a, 0.004*(-0.3*a+0.95*b)
	}
	return x, y
}

func with(v []float64, i int, f float64) []float64 {
	out := append([]float64(nil), v...)
	out[i] = f
	return out
}

// rollingCase is a rolling series estimator of y on x with window w.
type rollingCase struct {
	name string
	f    func(x, y []float64, w int) []float64
	why  func(x, y []float64, w int) []series.Reason
}

func rollingCases() []rollingCase {
	why := func(x, y []float64, w int) []series.Reason { return RollingWhy(x, y, w, w) }
	whyX := func(x, _ []float64, w int) []series.Reason { return RollingWhy(x, nil, w, w) }
	return []rollingCase{
		{"RollingCorr", func(x, y []float64, w int) []float64 { return RollingCorr(x, y, w, w) }, why},
		{"RollingCov", func(x, y []float64, w int) []float64 { return RollingCov(x, y, w, w) }, why},
		{"RollingBeta", func(x, y []float64, w int) []float64 { return RollingBeta(y, x, w, w) }, why},
		{"RollingVol", func(x, _ []float64, w int) []float64 { return RollingVol(x, w, w) }, whyX},
		{"RollingKendall", func(x, y []float64, w int) []float64 { return RollingKendall(x, y, w, w) }, why},
		{"RollingSpearman", func(x, y []float64, w int) []float64 { return RollingSpearman(x, y, w, w) }, why},
		{"EWMACorrWindow",
			func(x, y []float64, m int) []float64 { return EWMACorrWindow(x, y, 0.96, m, IncludeCurrent) },
			func(x, y []float64, m int) []series.Reason { return EWMAWindowWhy(x, y, 0.96, m, IncludeCurrent) }},
	}
}

// TestRollingInfiniteInput puts +Inf or -Inf at t = 50 of 300 returns (in
// x, then in y): with a window of 20, every windowed estimator must be NaN
// with series.InfInWindow at t = 50..69 only, and elsewhere (reason series.OK) equal its
// value on the data without the infinite value, within 1e-13.
func TestRollingInfiniteInput(t *testing.T) {
	x, y := returns300()
	const w, at = 20, 50
	for _, c := range rollingCases() {
		clean := c.f(x, y, w)
		for _, inf := range []float64{math.Inf(1), math.Inf(-1)} {
			for _, inX := range []bool{true, false} {
				if c.name == "RollingVol" && !inX {
					continue
				}
				bx, by := x, y
				if inX {
					bx = with(x, at, inf)
				} else {
					by = with(y, at, inf)
				}
				name := fmt.Sprintf("%s with %v in x=%v", c.name, inf, inX)
				got, why := c.f(bx, by, w), c.why(bx, by, w)
				for i := w - 1; i < len(x); i++ {
					inWindow := i >= at && i < at+w
					switch {
					case inWindow && (!math.IsNaN(got[i]) || why[i] != series.InfInWindow):
						t.Errorf("%s t=%d: %v (%v), want NaN (series.InfInWindow)", name, i, got[i], why[i])
					case !inWindow && why[i] != series.OK:
						t.Errorf("%s t=%d: reason %v, want series.OK", name, i, why[i])
					case !inWindow && !(math.Abs(got[i]-clean[i]) <= 1e-13*math.Max(1, math.Abs(clean[i]))):
						t.Errorf("%s t=%d: %v, without the Inf %v", name, i, got[i], clean[i])
					}
				}
			}
		}
	}
}

// TestRecursiveEWMAInfiniteInput checks that the recursive EWMA skips an
// infinite pair as it skips a NaN pair (same values after it), with the
// reason series.InfInWindow at that date only.
func TestRecursiveEWMAInfiniteInput(t *testing.T) {
	x, y := returns300()
	const at = 50
	for _, wt := range []Weighting{Adjusted, Unadjusted} {
		nan := EWMACorrWith(with(x, at, math.NaN()), y, 0.96, 2, IncludeCurrent, wt)
		for _, inf := range []float64{math.Inf(1), math.Inf(-1)} {
			got := EWMACorrWith(with(x, at, inf), y, 0.96, 2, IncludeCurrent, wt)
			why := EWMAWhyWith(x, with(y, at, inf), 0.96, 2, IncludeCurrent, wt)
			for i := range got {
				if !(got[i] == nan[i] || math.IsNaN(got[i]) && math.IsNaN(nan[i])) {
					t.Errorf("weighting %d, %v at %d: t=%d: %v, with a NaN instead %v", wt, inf, at, i, got[i], nan[i])
				}
				want := series.OK
				switch {
				case i == 0:
					want = series.TooFew
				case i == at:
					want = series.InfInWindow
				}
				if why[i] != want {
					t.Errorf("weighting %d, %v in y at %d: t=%d: reason %v, want %v", wt, inf, at, i, why[i], want)
				}
			}
		}
	}
}

// TestRealizedCorrInfiniteInput checks that a period holding an infinite
// return is NaN with series.InfInWindow and the other periods are unchanged.
func TestRealizedCorrInfiniteInput(t *testing.T) {
	x, y := returns300()
	period := make([]int, len(x))
	for i := range period {
		period[i] = i / 30
	}
	clean := RealizedCorr(x, y, period, 10)
	got := RealizedCorr(with(x, 95, math.Inf(1)), y, period, 10)
	for p := range got.Rho {
		if p == 3 {
			if !math.IsNaN(got.Rho[p]) || got.Why[p] != series.InfInWindow {
				t.Errorf("period 3 holds +Inf: %v (%v)", got.Rho[p], got.Why[p])
			}
			continue
		}
		if got.Rho[p] != clean.Rho[p] || got.Why[p] != series.OK {
			t.Errorf("period %d: %v (%v), without the Inf %v", p, got.Rho[p], got.Why[p], clean.Rho[p])
		}
	}
}

// TestHugeFiniteInput puts a finite 1e200 at t = 50: every windowed
// estimator is defined everywhere after the first window and equals a
// 512-bit two-pass reference (relative error for the moments).
func TestHugeFiniteInput(t *testing.T) {
	x, y := returns300()
	const w, at = 20, 50
	for _, big := range []float64{1e200, -1e200, 1e300} {
		for _, c := range rollingCases() {
			if c.name == "RollingKendall" || c.name == "RollingSpearman" {
				continue // ranks: covered by the reasons below
			}
			bx := with(x, at, big)
			got, why := c.f(bx, y, w), c.why(bx, y, w)
			for i := w - 1; i < len(x); i++ {
				if why[i] != series.OK {
					t.Errorf("%s with %v: t=%d: reason %v, want series.OK", c.name, big, i, why[i])
					continue
				}
				want := exactStat(c.name, bx[i-w+1:i+1], y[i-w+1:i+1])
				if !(math.Abs(got[i]-want) <= 1e-12*math.Max(math.Abs(want), 1e-300)) {
					t.Errorf("%s with %v: t=%d: %v, want %v", c.name, big, i, got[i], want)
				}
			}
		}
		for _, name := range []string{"RollingKendall", "RollingSpearman"} {
			for _, c := range rollingCases() {
				if c.name != name {
					continue
				}
				got := c.f(with(x, at, big), y, w)
				for i := w - 1; i < len(x); i++ {
					if math.IsNaN(got[i]) {
						t.Errorf("%s with %v: t=%d: NaN", name, big, i)
					}
				}
			}
		}
	}
}

// exactStat returns the statistic of the estimator name (RollingCorr,
// RollingCov, RollingBeta, RollingVol, EWMACorrWindow with lambda 0.96 and
// IncludeCurrent) on one window, in 512-bit arithmetic.
func exactStat(name string, x, y []float64) float64 {
	n := len(x)
	w := make([]*big.Float, n)
	for k := range w {
		w[k] = bf(1)
		if name == "EWMACorrWindow" { // x[n-1] is the most recent
			w[k] = bf(math.Pow(0.96, float64(n-1-k)))
		}
	}
	sxx, syy, sxy := exactSums(x, y, w)
	f := func(v *big.Float) float64 { r, _ := v.Float64(); return r }
	q := func(a, b *big.Float) *big.Float { return new(big.Float).SetPrec(prec).Quo(a, b) }
	switch name {
	case "RollingCorr", "EWMACorrWindow":
		d := new(big.Float).SetPrec(prec).Mul(sxx, syy)
		return f(q(sxy, d.Sqrt(d)))
	case "RollingCov":
		return f(q(sxy, bf(float64(n-1))))
	case "RollingBeta":
		return f(q(sxy, sxx))
	case "RollingVol":
		v := q(sxx, bf(float64(n-1)))
		return f(v.Sqrt(v))
	}
	panic("exactStat: unknown " + name)
}

// exactSums returns the weighted centered sums Sxx, Syy, Sxy of x and y
// with weights w (any positive scale) in 512-bit arithmetic (two passes).
func exactSums(x, y []float64, w []*big.Float) (sxx, syy, sxy *big.Float) {
	mul := func(a, b *big.Float) *big.Float { return new(big.Float).SetPrec(prec).Mul(a, b) }
	sw, mx, my := bf(0), bf(0), bf(0)
	for k := range x {
		sw.Add(sw, w[k])
		mx.Add(mx, mul(w[k], bf(x[k])))
		my.Add(my, mul(w[k], bf(y[k])))
	}
	mx.Quo(mx, sw)
	my.Quo(my, sw)
	sxx, syy, sxy = bf(0), bf(0), bf(0)
	for k := range x {
		dx := new(big.Float).SetPrec(prec).Sub(bf(x[k]), mx)
		dy := new(big.Float).SetPrec(prec).Sub(bf(y[k]), my)
		sxx.Add(sxx, mul(w[k], mul(dx, dx)))
		syy.Add(syy, mul(w[k], mul(dy, dy)))
		sxy.Add(sxy, mul(w[k], mul(dx, dy)))
	}
	return sxx, syy, sxy
}

// exactEWMA returns the recursive EWMA correlation at t (weights lambda^(t-s)
// of the pairs s <= t, computed in 512-bit arithmetic so that they do not
// underflow).
func exactEWMA(x, y []float64, lambda float64, t int) float64 {
	w := make([]*big.Float, t+1)
	w[t] = bf(1)
	for k := t - 1; k >= 0; k-- {
		w[k] = new(big.Float).SetPrec(prec).Mul(w[k+1], bf(lambda))
	}
	sxx, syy, sxy := exactSums(x[:t+1], y[:t+1], w)
	d := new(big.Float).SetPrec(prec).Mul(sxx, syy)
	r, _ := new(big.Float).SetPrec(prec).Quo(sxy, d.Sqrt(d)).Float64()
	return r
}

// scales are the factors of the scale-invariance checks.
var scales = []float64{1e-300, 1e-200, 1e-152, 1e-100, 1, 1e100, 1e152, 1e200, 1e300}

// TestScaleInvariance checks Corr(k x, y) = Corr(x, y) and the same for
// the series estimators, within 1e-12, for k from 1e-300 to 1e300, and
// Corr(k x, k x) = 1.
func TestScaleInvariance(t *testing.T) {
	x, y := returns300()
	period := make([]int, len(x))
	for i := range period {
		period[i] = i / 30
	}
	type series func(x, y []float64) []float64
	ests := map[string]series{
		"RollingCorr":    func(x, y []float64) []float64 { return RollingCorr(x, y, 20, 20) },
		"EWMACorrWindow": func(x, y []float64) []float64 { return EWMACorrWindow(x, y, 0.96, 20, ExcludeCurrent) },
		"EWMACorr":       func(x, y []float64) []float64 { return EWMACorr(x, y, 0.96, 2, ExcludeCurrent) },
		"EWMACorrWith Unadjusted": func(x, y []float64) []float64 {
			return EWMACorrWith(x, y, 0.9, 2, IncludeCurrent, Unadjusted)
		},
		"RealizedCorr": func(x, y []float64) []float64 { return RealizedCorr(x, y, period, 10).Rho },
		"Corr": func(x, y []float64) []float64 {
			r, err := Corr(x, y)
			if err != nil {
				t.Errorf("Corr: %v", err)
			}
			return []float64{r}
		},
	}
	for name, f := range ests {
		ref := f(x, y)
		for _, k := range scales {
			kx := make([]float64, len(x))
			for i := range x {
				kx[i] = k * x[i]
			}
			for _, args := range [][2][]float64{{kx, y}, {y, kx}} {
				got := f(args[0], args[1])
				for i := range ref {
					if math.IsNaN(got[i]) != math.IsNaN(ref[i]) || math.Abs(got[i]-ref[i]) > 1e-12 {
						t.Errorf("%s, x times %v: t=%d: %v, unscaled %v", name, k, i, got[i], ref[i])
						break
					}
				}
			}
			if name == "Corr" || name == "RealizedCorr" {
				continue
			}
			self := f(kx, kx)
			for i, r := range self {
				if !math.IsNaN(r) && math.Abs(r-1) > 1e-12 {
					t.Errorf("%s(k x, k x), k = %v: t=%d: %v, want 1", name, k, i, r)
					break
				}
			}
		}
	}
	for _, k := range scales {
		kx := make([]float64, len(x))
		for i := range x {
			kx[i] = k * x[i]
		}
		if r, err := Corr(kx, kx); err != nil || math.Abs(r-1) > 1e-15 {
			t.Errorf("Corr(k x, k x), k = %v: %v, %v", k, r, err)
		}
	}
}

// TestMixedMagnitudes runs the rolling estimators on blocks of returns
// whose magnitudes jump between 1e-300 and 1e300 (windows straddle the
// jumps) against the 512-bit reference.
func TestMixedMagnitudes(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 2))
	n, w := 600, 20
	x, y := make([]float64, n), make([]float64, n)
	var sx, sy float64
	for i := range x {
		if i%37 == 0 {
			sx, sy = math.Pow(10, float64(rng.IntN(601)-300)), math.Pow(10, float64(rng.IntN(601)-300))
		}
		a, b := rng.NormFloat64(), rng.NormFloat64()
		x[i], y[i] = sx*a, sy*(0.5*a+b)
	}
	rho, vol := RollingCorr(x, y, w, w), RollingVol(x, w, w)
	for i := w - 1; i < n; i++ {
		want := exactCorr(x[i-w+1:i+1], y[i-w+1:i+1])
		if !(math.Abs(rho[i]-want) <= 1e-12) {
			t.Errorf("RollingCorr t=%d: %v, want %v", i, rho[i], want)
		}
		if v := exactStat("RollingVol", x[i-w+1:i+1], y[i-w+1:i+1]); !(math.Abs(vol[i]-v) <= 1e-12*v) {
			t.Errorf("RollingVol t=%d: %v, want %v", i, vol[i], v)
		}
	}
}

// TestRecursiveEWMASpike checks the recursive EWMA after a 1e200 spike has
// decayed (lambda = 0.5: the normal returns dominate again after about
// 1,400 dates) and through a stretch of returns of 1e-300, against the
// 512-bit reference.
func TestRecursiveEWMASpike(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 3))
	n := 3000
	x, y := make([]float64, n), make([]float64, n)
	for i := range x {
		a, b := rng.NormFloat64(), rng.NormFloat64()
		x[i], y[i] = 0.01*a, 0.01*(0.5*a+b)
		switch {
		case i == 50:
			x[i] = 1e200
		case i >= 2000 && i < 2600:
			x[i] *= 1e-300
		}
	}
	const lambda = 0.5
	got := EWMACorr(x, y, lambda, 2, IncludeCurrent)
	for i := 10; i < n; i += 23 {
		want := exactEWMA(x, y, lambda, i)
		if !(math.Abs(got[i]-want) <= 1e-12) {
			t.Errorf("t=%d: %v, want %v", i, got[i], want)
		}
	}
}

// TestScalarInfinite checks that scalar estimators return an error naming
// the row for +-Inf, including long-horizon and two-period tests.
func TestScalarInfinite(t *testing.T) {
	x, y := returns300()
	inf := with(x, 7, math.Inf(1))
	_, err := Corr(inf, y)
	errtest.Says(t, "Corr +Inf", err, "sbcorr: Corr:", "infinite", "row 7")
	_, err = Corr(x, with(y, 9, math.Inf(-1)))
	errtest.Says(t, "Corr -Inf", err, "sbcorr: Corr:", "row 9")
	_, err = Kendall(inf, y)
	errtest.Says(t, "Kendall +Inf", err, "sbcorr: Kendall:", "row 7")
	_, err = Spearman(inf, y)
	errtest.Says(t, "Spearman +Inf", err, "sbcorr: Spearman:", "row 7")
	_, _, err = LongHorizonCorr(inf, y, 12, FromStart)
	errtest.Says(t, "LongHorizonCorr +Inf", err, "sbcorr: LongHorizonCorr:", "row 0")
	_, _, err = LongHorizonCorr(with(with(x, 100, 1e200), 101, 1e200), y, 12, FromStart)
	errtest.Says(t, "LongHorizonCorr compounding beyond the float64 range", err, "LongHorizonCorr", "row 8")
	_, err = CorrDiffFisher(x[:150], y[:150], with(x, 157, math.Inf(1))[150:], y[150:])
	errtest.Says(t, "CorrDiffFisher +Inf", err, "sbcorr: CorrDiffFisher: period 2:", "infinite", "row 7")
	_, err = CorrDiffFisher(inf[:150], y[:150], x[150:], y[150:])
	errtest.Says(t, "CorrDiffFisher +Inf", err, "period 1", "row 7")
	_, err = CorrDiffBootstrap(inf[:150], y[:150], x[150:], y[150:], 5, 50, rand.NewPCG(1, 0x5b))
	errtest.Says(t, "CorrDiffBootstrap +Inf", err, "period 1", "row 7")
	_, err = series.Summarise(with(x, 3, math.Inf(-1)))
	errtest.Says(t, "Summarise -Inf", err, "series: Summarise:", "value 3")
	mask := make([]bool, len(x))
	for i := range mask {
		mask[i] = i%2 == 1
	}
	_, err = ConditionalMean(inf, mask, 2)
	errtest.Says(t, "ConditionalMean +Inf", err, "sbcorr: ConditionalMean:", "return 7")
	_, err = EventChange(with(y, 20, math.Inf(1)), []int{5, 20, 40, 60}, 1)
	errtest.Says(t, "EventChange +Inf", err, "sbcorr: EventChange:", "index 20")
}

// TestSummariseHuge checks that Summarise of values near 1e300 (and near
// 1e-300) gives the mean and standard deviation of the same values scaled
// to order one, times the scale.
func TestSummariseHuge(t *testing.T) {
	x, _ := returns300()
	ref, err := series.Summarise(x)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []float64{1e300, 1e-300, 1e-305} {
		v := make([]float64, len(x))
		for i := range x {
			v[i] = x[i] * k
		}
		got, err := series.Summarise(v)
		if err != nil {
			t.Fatalf("scale %v: %v", k, err)
		}
		const tol = 1e-12
		if math.Abs(got.Std/k-ref.Std) > tol*ref.Std || math.Abs(got.Mean/k-ref.Mean) > tol*math.Abs(ref.Mean)+tol*ref.Std {
			t.Errorf("scale %v: mean %v std %v, want %v and %v times the scale", k, got.Mean, got.Std, ref.Mean, ref.Std)
		}
	}
	near := []float64{1e300, 1.2e300, 0.9e300, 1.1e300}
	got, err := series.Summarise(near)
	if err != nil {
		t.Fatal(err)
	}
	one, _ := series.Summarise([]float64{1, 1.2, 0.9, 1.1})
	if math.IsInf(got.Std, 0) || math.Abs(got.Std/1e300-one.Std) > 1e-12*one.Std {
		t.Errorf("Summarise near 1e300: std %v, want %v e300", got.Std, one.Std)
	}
}
