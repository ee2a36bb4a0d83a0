package payoff

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat"
)

// gauss is the Gaussian kernel K(u) = exp(-u^2/2) / sqrt(2 pi).
func gauss(u float64) float64 { return math.Exp(-u*u/2) / math.Sqrt(2*math.Pi) }

// DefaultBandwidth returns the paper's bandwidth kappa = 2 sigma T^-0.20,
// with sigma the sample standard deviation of x and T its length
// (Portelli & Roncalli (2024), section 3.5.2), for x of any finite
// magnitude. It returns an error for fewer than 2 points, NaN or infinite
// values or a constant x.
func DefaultBandwidth(x []float64) (float64, error) {
	if err := checkSample("DefaultBandwidth", x, x, 2); err != nil {
		return 0, err
	}
	e := maxExp(x) // sd on x times 2^-e (exact): no overflow near 1e308, no underflow
	return math.Ldexp(2*stat.StdDev(scaledBy(x, -e), nil)*math.Pow(float64(len(x)), -0.20), e), nil
}

// LocalPoly is a local polynomial regression of y on x with a Gaussian
// kernel of bandwidth H (Portelli & Roncalli (2024), section 3.5.2): at each
// point x0 it solves
//
//	min sum_t K((x0 - x_t)/H) (y_t - b_0 - sum_{j=1..Degree} b_j (x_t - x0)^j)^2
//
// and returns m(x0) = b_0. Degree 0 is the Nadaraya-Watson estimator,
// Degree 1 local linear (Roncalli (2020), page 643).
type LocalPoly struct {
	Degree int
	H      float64
}

// maxDegree is the largest degree of LocalPoly and LocalQuantile.
const maxDegree = 10

// check panics on an impossible configuration from code.
func (l LocalPoly) check(fn string) {
	if l.Degree < 0 || l.Degree > maxDegree {
		panic(fmt.Sprintf("payoff: %s: degree %d not in [0, %d]", fn, l.Degree, maxDegree))
	}
}

// validate returns the data errors of a fit.
func (l LocalPoly) validate(fn string, x, y []float64) error {
	if len(x) != len(y) {
		panic(fmt.Sprintf("payoff: %s: len(x) = %d, len(y) = %d", fn, len(x), len(y)))
	}
	l.check(fn)
	if !(l.H > 0) || math.IsInf(l.H, 1) {
		return fmt.Errorf("payoff: %s: bandwidth %v must be > 0 and finite", fn, l.H)
	}
	return checkSample(fn, x, y, l.Degree+2)
}

// moments accumulates, at one evaluation point, s[k] = sum w d^k
// (k = 0..2p) and t[k] = sum w d^k y (k = 0..p), with d = (x - x0)/H
// scaled by the bandwidth for conditioning.
type moments struct{ s, t []float64 }

func newMoments(p int) moments { return moments{make([]float64, 2*p+1), make([]float64, p+1)} }

func (m moments) reset() {
	clear(m.s)
	clear(m.t)
}

func (m moments) add(w, d, y float64) {
	s, t := m.s, m.t
	pw := w
	for k := range t {
		s[k] += pw
		t[k] += pw * y
		pw *= d
	}
	for k := len(t); k < len(s); k++ {
		s[k] += pw
		pw *= d
	}
}

// fill sets m to the kernel moments at x0 of all observations (x, y) with
// bandwidth h.
func (m moments) fill(x, y []float64, x0, h float64) {
	m.reset()
	for i, xi := range x {
		d := (xi - x0) / h
		m.add(gauss(d), d, y[i])
	}
}

// firstRow returns the first row a of the inverse of the moment matrix
// S_jk = s[j+k], so that b_0 = sum_k a_k t_k and the weight of an
// observation is w sum_k a_k d^k. ok is false when S is singular.
func (m moments) firstRow() (a []float64, ok bool) { return m.row(0) }

// row returns row j of S^-1 (S is symmetric: the solution of S a = e_j),
// by Gaussian elimination with partial pivoting on the equilibrated matrix
// F S F, F = diag(f_i) with f_i a power of two near S_ii^-1/2 (exact): the
// powers d^k of the scaled distance d = (x - x0)/H make S_ii span many
// orders of magnitude when H is large or small against the spread of x
// (with H = 1000 on daily returns S_11/S_00 is about 1e-10), which is a
// matter of units, not of singularity. Solving F S F z = f_j0 e_j0 gives
// a = F z.
func (m moments) row(j0 int) (a []float64, ok bool) {
	n := len(m.t)
	f := make([]float64, n)
	for i := range f {
		_, e := math.Frexp(m.s[2*i]) // e = 0 for a zero moment: left singular
		f[i] = math.Ldexp(1, -e/2)
	}
	aug := make([][]float64, n)
	for i := range aug {
		aug[i] = make([]float64, n+1)
		for j := 0; j < n; j++ {
			aug[i][j] = m.s[i+j] * f[i] * f[j]
		}
	}
	aug[j0][n] = f[j0]
	// A pivot below 1e-10 of the largest (equilibrated) diagonal moment
	// means the local design has lost ten digits: too few observations
	// near x0.
	var scale float64
	for i := 0; i < n; i++ {
		scale = math.Max(scale, math.Abs(aug[i][i]))
	}
	for c := 0; c < n; c++ {
		piv := c
		for r := c + 1; r < n; r++ {
			if math.Abs(aug[r][c]) > math.Abs(aug[piv][c]) {
				piv = r
			}
		}
		if !(math.Abs(aug[piv][c]) > 1e-10*scale) {
			return nil, false
		}
		aug[c], aug[piv] = aug[piv], aug[c]
		for r := 0; r < n; r++ {
			if r != c {
				f := aug[r][c] / aug[c][c]
				for j := c; j <= n; j++ {
					aug[r][j] -= f * aug[c][j]
				}
			}
		}
	}
	a = make([]float64, n)
	for i := range a {
		a[i] = f[i] * aug[i][n] / aug[i][i]
	}
	return a, true
}

// estimate returns b_0 = sum_k a_k t_k, or NaN when the moment matrix is singular.
func (m moments) estimate() float64 {
	a, ok := m.firstRow()
	if !ok {
		return math.NaN()
	}
	var b float64
	for k, ak := range a {
		b += ak * m.t[k]
	}
	return b
}

// Fit returns m(x0) at each point of grid. Where the weighted design is
// singular or numerically so (too few observations with non-negligible
// weight near x0 for the degree) the value is NaN. On an equally spaced
// increasing grid the kernel weights are computed by a two-term recurrence
// instead of one exponential per (observation, grid point) pair (see
// fitUniform). It returns an error for a bandwidth <= 0, fewer than
// Degree + 2 observations, NaN values or a constant x; it panics if the
// lengths of x and y differ or Degree is outside [0, 10].
func (l LocalPoly) Fit(x, y, grid []float64) ([]float64, error) {
	if err := l.validate("LocalPoly.Fit", x, y); err != nil {
		return nil, err
	}
	if len(grid) > 8 && uniform(grid) {
		return l.fitUniform(x, y, grid), nil
	}
	out := make([]float64, len(grid))
	m := newMoments(l.Degree)
	for g, x0 := range grid {
		m.fill(x, y, x0, l.H)
		out[g] = m.estimate()
	}
	return out, nil
}

// uniform reports whether grid is increasing and equally spaced (to 1e-9 of
// its step).
func uniform(grid []float64) bool {
	step := (grid[len(grid)-1] - grid[0]) / float64(len(grid)-1)
	if !(step > 0) {
		return false
	}
	for i := 1; i < len(grid); i++ {
		if math.Abs(grid[i]-grid[i-1]-step) > 1e-9*step {
			return false
		}
	}
	return true
}

// fitUniform is Fit on an equally spaced grid g_m = g_0 + m D. With
// d_m = (x - g_m)/H and delta = D/H, consecutive kernel weights satisfy
//
//	K(d_{m+1}) = K(d_m) exp(d_m delta - delta^2/2),
//	K(d_{m-1}) = K(d_m) exp(-d_m delta - delta^2/2),
//
// and each ratio is the previous one times exp(-delta^2): two exponentials
// per observation, walking away from the nearest grid point (so the weights
// only decrease; relative rounding below 1e-13 for 1,000 grid points).
func (l LocalPoly) fitUniform(x, y, grid []float64) []float64 {
	ng := len(grid)
	step := (grid[ng-1] - grid[0]) / float64(ng-1)
	delta := step / l.H
	decay := math.Exp(-delta * delta)
	ms := make([]moments, ng)
	for g := range ms {
		ms[g] = newMoments(l.Degree)
	}
	for i, xi := range x {
		c := int(math.Round((xi - grid[0]) / step))
		c = max(0, min(ng-1, c))
		dc := (xi - grid[c]) / l.H
		k0 := gauss(dc)
		// Upwards from c.
		k, r := k0, math.Exp(dc*delta-delta*delta/2)
		for g := c; g < ng && k > 0; g++ {
			ms[g].add(k, (xi-grid[g])/l.H, y[i])
			k *= r
			r *= decay
		}
		// Downwards from c - 1.
		k, r = k0, math.Exp(-dc*delta-delta*delta/2)
		for g := c - 1; g >= 0; g-- {
			k *= r
			r *= decay
			if k == 0 {
				break
			}
			ms[g].add(k, (xi-grid[g])/l.H, y[i])
		}
	}
	out := make([]float64, ng)
	for g := range ms {
		out[g] = ms[g].estimate()
	}
	return out
}
