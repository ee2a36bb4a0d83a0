package payoff

import (
	"fmt"
	"math"
	"sort"

	"github.com/stockbond/sbcorr/internal/must"
)

// cvCut is the kernel support used by the cross-validation scores:
// observations with |x_j - x_i| > cvCut H have weight below 1e-16 K(0) and
// are skipped.
const cvCut = 8.6

// CV returns the exact leave-one-out cross-validation score
//
//	CV(H) = (1/n) sum_i (y_i - m_{-i}(x_i))^2,
//
// where m_{-i} is the fit without observation i. Removing i only changes
// the kernel moments at x_i by its own weight K(0) (d = 0), so all the
// m_{-i}(x_i) together cost O(n^2) per bandwidth: each pair's weight is
// computed once and added to both points' moments, and, x being sorted,
// pairs farther apart than 8.6 H (weight below 1e-16 K(0)) are skipped,
// except for an isolated point, which uses every observation. Points whose
// leave-one-out design is singular are left out of the average; the second
// result is how many were used. Errors are those of Fit.
func (l LocalPoly) CV(x, y []float64) (score float64, used int, err error) {
	if err := l.validate("LocalPoly.CV", x, y); err != nil {
		return 0, 0, err
	}
	xs, ys := sortedPairs(x, y)
	n, p := len(xs), l.Degree
	ns, nt := 2*p+1, p+1
	s := make([]float64, n*ns)
	t := make([]float64, n*nt)
	cut := cvCut * l.H
	var ai [2*maxDegree + 1]float64 // moments of point i, in registers/stack
	var bi [maxDegree + 1]float64
	for i := 0; i < n; i++ {
		clear(ai[:])
		clear(bi[:])
		for j := i + 1; j < n && xs[j]-xs[i] <= cut; j++ {
			d := (xs[j] - xs[i]) / l.H
			w := math.Exp(-d * d / 2)
			// Point i sees j at +d, point j sees i at -d.
			sj, tj := s[j*ns:(j+1)*ns], t[j*nt:(j+1)*nt]
			pi, pj := w, w
			for k := 0; k < ns; k++ {
				ai[k] += pi
				sj[k] += pj
				if k < nt {
					bi[k] += pi * ys[j]
					tj[k] += pj * ys[i]
				}
				pi *= d
				pj *= -d
			}
		}
		for k := 0; k < ns; k++ {
			s[i*ns+k] += ai[k]
		}
		for k := 0; k < nt; k++ {
			t[i*nt+k] += bi[k]
		}
	}
	// The kernel constant 1/sqrt(2 pi) cancels in the estimate.
	var sum float64
	for i := 0; i < n; i++ {
		m := moments{s[i*ns : (i+1)*ns], t[i*nt : (i+1)*nt]}
		e := m.estimate()
		if math.IsNaN(e) {
			// An isolated point: use every observation, however small its weight.
			m = newMoments(p)
			for j := range xs {
				if j != i {
					d := (xs[j] - xs[i]) / l.H
					m.add(gauss(d), d, ys[j])
				}
			}
			e = m.estimate()
		}
		if !math.IsNaN(e) {
			sum += (ys[i] - e) * (ys[i] - e)
			used++
		}
	}
	if used == 0 {
		return 0, 0, fmt.Errorf("payoff: LocalPoly.CV: bandwidth %v too small: no leave-one-out fit is defined", l.H)
	}
	return sum / float64(used), used, nil
}

// sortedPairs returns copies of x and y sorted by x.
func sortedPairs(x, y []float64) (xs, ys []float64) {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return x[idx[a]] < x[idx[b]] })
	xs, ys = make([]float64, len(x)), make([]float64, len(x))
	for k, i := range idx {
		xs[k], ys[k] = x[i], y[i]
	}
	return xs, ys
}

// CVBinned approximates CV for large samples by linear binning: x is binned
// on equally spaced points res per bandwidth (spacing H / res, at most
// 100,000 bins), the kernel moments are computed at the bin centres by a
// discrete convolution with a tabulated kernel, interpolated linearly to
// each x_i, and the observation's own weight K(0) is removed. Its error
// against CV is of order res^-2 (about 1e-5 relative at res = 20 on daily
// returns, see TestCVBinned); the cost is O(bins * 17 res + n), whatever n.
// It panics if res < 1 and returns Fit's errors.
func (l LocalPoly) CVBinned(x, y []float64, res int) (score float64, used int, err error) {
	if res < 1 {
		panic(fmt.Sprintf("payoff: LocalPoly.CVBinned: resolution %d, need at least 1", res))
	}
	if err := l.validate("LocalPoly.CVBinned", x, y); err != nil {
		return 0, 0, err
	}
	lo, hi := x[0], x[0]
	for _, v := range x {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	bins := min(100_000, 2+int(math.Ceil((hi-lo)/(l.H/float64(res)))))
	delta := (hi - lo) / float64(bins-1)
	c, cy := make([]float64, bins), make([]float64, bins)
	for i, v := range x {
		f := (v - lo) / delta
		b := min(int(f), bins-2)
		t := f - float64(b)
		c[b] += 1 - t
		c[b+1] += t
		cy[b] += (1 - t) * y[i]
		cy[b+1] += t * y[i]
	}
	p := l.Degree
	width := min(bins-1, int(math.Ceil(cvCut*l.H/delta)))
	// kern[k][j] = K(u) u^k at u = j delta / H, j = -width..width.
	kern := make([][]float64, 2*p+1)
	for k := range kern {
		kern[k] = make([]float64, 2*width+1)
		for j := -width; j <= width; j++ {
			u := float64(j) * delta / l.H
			kern[k][j+width] = gauss(u) * math.Pow(u, float64(k))
		}
	}
	// Moments at each bin centre.
	s := make([][]float64, bins)
	t := make([][]float64, bins)
	for g := 0; g < bins; g++ {
		s[g], t[g] = make([]float64, 2*p+1), make([]float64, p+1)
		for b := max(0, g-width); b <= min(bins-1, g+width); b++ {
			if c[b] == 0 {
				continue
			}
			j := b - g + width
			for k := range s[g] {
				s[g][k] += c[b] * kern[k][j]
				if k <= p {
					t[g][k] += cy[b] * kern[k][j]
				}
			}
		}
	}
	m := newMoments(p)
	k0 := gauss(0)
	var sum float64
	for i, v := range x {
		f := (v - lo) / delta
		b := min(int(f), bins-2)
		w := f - float64(b)
		for k := range m.s {
			m.s[k] = (1-w)*s[b][k] + w*s[b+1][k]
		}
		for k := range m.t {
			m.t[k] = (1-w)*t[b][k] + w*t[b+1][k]
		}
		m.s[0] -= k0
		m.t[0] -= k0 * y[i]
		if e := m.estimate(); !math.IsNaN(e) {
			sum += (y[i] - e) * (y[i] - e)
			used++
		}
	}
	if used == 0 {
		return 0, 0, fmt.Errorf("payoff: LocalPoly.CVBinned: bandwidth %v too small: no leave-one-out fit is defined", l.H)
	}
	return sum / float64(used), used, nil
}

// SelectBandwidth returns the bandwidth in [lo, hi] minimising score (for
// example a closure over LocalPoly.CV or CVBinned): 16 log-spaced
// candidates, then golden-section search on log H around the best one until
// the bracket is narrower than 1e-3 relative. It returns an error when
// lo <= 0, hi <= lo, or score fails at every candidate; score's error at a
// candidate makes that candidate ineligible. It panics when score is nil.
func SelectBandwidth(score func(h float64) (float64, error), lo, hi float64) (h float64, err error) {
	must.NotNil("payoff: SelectBandwidth", "score", score)
	if !(lo > 0 && hi > lo) {
		return 0, fmt.Errorf("payoff: SelectBandwidth: need 0 < lo < hi, got [%v, %v]", lo, hi)
	}
	const n = 16
	f := func(lh float64) float64 {
		v, err := score(math.Exp(lh))
		if err != nil || math.IsNaN(v) {
			return math.Inf(1)
		}
		return v
	}
	a, b := math.Log(lo), math.Log(hi)
	step := (b - a) / (n - 1)
	best, fb := -1, math.Inf(1)
	for i := 0; i < n; i++ {
		if v := f(a + float64(i)*step); v < fb {
			best, fb = i, v
		}
	}
	if best < 0 {
		return 0, fmt.Errorf("payoff: SelectBandwidth: the score is undefined on all of [%v, %v]", lo, hi)
	}
	l, r := a+float64(max(best-1, 0))*step, a+float64(min(best+1, n-1))*step
	const gr = 0.6180339887498949
	c, d := r-gr*(r-l), l+gr*(r-l)
	fc, fd := f(c), f(d)
	for r-l > 1e-3 {
		if fc < fd {
			r, d, fd = d, c, fc
			c = r - gr*(r-l)
			fc = f(c)
		} else {
			l, c, fc = c, d, fd
			d = l + gr*(r-l)
			fd = f(d)
		}
	}
	return math.Exp((l + r) / 2), nil
}
