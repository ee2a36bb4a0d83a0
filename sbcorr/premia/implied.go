package premia

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// ImpliedCorr is the result of Market.ImpliedCorr: the two roots of the
// quadratic equation of appendix A.2 and, for each, whether it satisfies the
// existence conditions and why not.
type ImpliedCorr struct {
	// Corr is the implied correlation: the valid root (the one closest to
	// the current correlation when both are valid).
	Corr float64
	// Roots are rho_ij + (-b + sqrt(b^2 - ac))/a and rho_ij + (-b - sqrt(b^2 - ac))/a.
	Roots [2]float64
	// Valid reports whether each root is an implied correlation.
	Valid [2]bool
	// Reasons says why a root is rejected ("" when valid): the root lies
	// outside [-1, 1], the correlation matrix with the root is not positive
	// semi-definite, or the root is spurious (it solves the squared equation
	// but gives the premium -pi*).
	Reasons [2]string
	// A, B, C are the coefficients a, b, c of a delta^2 + 2 b delta + c = 0.
	A, B, C float64
}

// ImpliedCorr returns the correlation rho~_ij such that the implied premium
// of asset i equals target, all other parameters unchanged (indices from 0):
//
//	rho~_ij = rho_ij + (-b +/- sqrt(b^2 - ac)) / a
//	a = SR^2 B^2,  b = (SR^2 A - x_i pi*^2) B,  c = SR^2 A^2 - pi*^2 sigma^2(x)
//	A = (Sigma x)_i,  B = x_j sigma_i sigma_j
//
// See Portelli & Roncalli (2024), section 2.1.3 and appendix A.2. Both roots
// are checked against the existence conditions of A.2 (b^2 - ac >= 0, root in
// [-1, 1], the correlation matrix stays positive semi-definite) and against
// the unsquared equation SR (A + B delta) = pi* sigma(x | rho~). It returns an
// error naming the failed condition when there is no real root, when no root
// is valid, or when a = 0 (x_j, sigma_i or sigma_j is zero). It panics if an
// index is out of range or i == j.
func (m *Market) ImpliedCorr(i, j int, target float64) (ImpliedCorr, error) {
	m.check("ImpliedCorr")
	n := m.N()
	if i < 0 || j < 0 || i >= n || j >= n || i == j {
		panic(fmt.Sprintf("premia: ImpliedCorr: bad indices i=%d j=%d for %d assets", i, j, n))
	}
	fail := func(format string, args ...any) (ImpliedCorr, error) {
		return ImpliedCorr{}, fmt.Errorf("premia: Market.ImpliedCorr: rho_%d,%d for pi_%d = %v: %s", i+1, j+1, i+1, target, fmt.Sprintf(format, args...))
	}
	if math.IsNaN(target) || math.IsInf(target, 0) {
		return fail("target premium is not finite")
	}
	sr2, p2 := m.sr*m.sr, target*target
	bigA, bigB := m.sx[i], m.x[j]*m.vols[i]*m.vols[j]
	res := ImpliedCorr{A: sr2 * bigB * bigB, B: (sr2*bigA - m.x[i]*p2) * bigB, C: sr2*bigA*bigA - p2*m.vol*m.vol}
	if res.A == 0 {
		return fail("a = SR^2 (x_j sigma_i sigma_j)^2 is zero (x_%d = %v, sigma_%d = %v, sigma_%d = %v): pi_%d does not depend on rho_%d,%d",
			j+1, m.x[j], i+1, m.vols[i], j+1, m.vols[j], i+1, i+1, j+1)
	}
	disc := res.B*res.B - res.A*res.C
	if disc < 0 {
		return fail("no real root (b^2 - ac = %.4g < 0): no correlation rho_%d,%d gives this premium", disc, i+1, j+1)
	}
	rho := m.corr.At(i, j)
	sq := math.Sqrt(disc)
	for r, s := range [2]float64{sq, -sq} {
		delta := m.polish(i, j, (-res.B+s)/res.A, target)
		res.Roots[r] = rho + delta
		res.Reasons[r] = m.checkRoot(i, j, delta, target)
		res.Valid[r] = res.Reasons[r] == ""
	}
	switch {
	case res.Valid[0] && res.Valid[1]:
		res.Corr = res.Roots[0]
		if math.Abs(res.Roots[1]-rho) < math.Abs(res.Roots[0]-rho) {
			res.Corr = res.Roots[1]
		}
	case res.Valid[0]:
		res.Corr = res.Roots[0]
	case res.Valid[1]:
		res.Corr = res.Roots[1]
	default:
		return res, fmt.Errorf("premia: Market.ImpliedCorr: rho_%d,%d for pi_%d = %v: no valid root: %s", i+1, j+1, i+1, target,
			strings.Join([]string{fmt.Sprintf("%.4f %s", res.Roots[0], res.Reasons[0]), fmt.Sprintf("%.4f %s", res.Roots[1], res.Reasons[1])}, "; "))
	}
	return res, nil
}

// checkRoot returns "" when rho_ij + delta is an implied correlation, else
// the failed condition.
func (m *Market) checkRoot(i, j int, delta, target float64) string {
	theta := m.corr.At(i, j) + delta
	if math.Abs(theta) > 1+1e-12 {
		return "outside [-1, 1]"
	}
	corr := mat.NewSymDense(m.N(), nil)
	corr.CopySym(m.corr)
	corr.SetSym(i, j, math.Max(-1, math.Min(1, theta)))
	if err := CheckCorr(corr); err != nil {
		return "correlation matrix not positive semi-definite"
	}
	lhs := m.sx[i] + m.x[j]*m.vols[i]*m.vols[j]*delta
	v2 := m.vol*m.vol + 2*m.x[i]*m.x[j]*delta*m.vols[i]*m.vols[j]
	if v2 <= 0 {
		return "zero portfolio volatility"
	}
	if got := m.sr * lhs / math.Sqrt(v2); math.Abs(got-target) > 1e-9*math.Max(1, math.Abs(target)) {
		return fmt.Sprintf("spurious (gives pi_%d = %.6g)", i+1, got)
	}
	return ""
}

// polish refines a root delta of the quadratic with two Newton steps on the
// unsquared equation f(delta) = SR (A + B delta) - pi* sqrt(sigma^2 +
// 2 x_i B delta), which is exact to rounding even for the double root of
// pi* = 0 (where the quadratic loses half the digits). A step that does not
// reduce |f| is not taken, and a spurious root (A + B delta of the wrong
// sign) is left unchanged.
func (m *Market) polish(i, j int, delta, target float64) float64 {
	b := m.x[j] * m.vols[i] * m.vols[j]
	f := func(d float64) (float64, float64) {
		v := math.Sqrt(math.Max(m.vol*m.vol+2*m.x[i]*b*d, 0))
		return m.sr*(m.sx[i]+b*d) - target*v, m.sr*b - target*m.x[i]*b/v
	}
	if lhs := m.sx[i] + b*delta; lhs*target < 0 && math.Abs(lhs) > 1e-6*math.Abs(m.sx[i]) {
		return delta // a spurious root of the squared equation: keep it as is
	}
	for range 2 {
		fd, df := f(delta)
		if df == 0 || math.IsNaN(df) {
			break
		}
		next := delta - fd/df
		if fn, _ := f(next); !(math.Abs(fn) < math.Abs(fd)) {
			break
		}
		delta = next
	}
	return delta
}
