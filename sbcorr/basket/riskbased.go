package basket

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/must"
	"github.com/stockbond/sbcorr/sbcorr/premia"
)

// EqualWeight returns the equally weighted basket w_i = 1/n (DeMiguel et
// al., 2009). It panics if n < 1.
func EqualWeight(n int) []float64 {
	if n < 1 {
		panic(fmt.Sprintf("basket: EqualWeight: n = %d < 1", n))
	}
	w := make([]float64, n)
	for i := range w {
		w[i] = 1 / float64(n)
	}
	return w
}

// MinVariance returns the long-only, fully invested minimum variance basket
// argmin w' Sigma w subject to sum w = 1 and w >= 0 (Clarke et al., 2011),
// solved exactly by a primal active-set method. At the solution the KKT
// conditions hold: (Sigma w)_i = lambda where w_i > 0 and (Sigma w)_i >=
// lambda where w_i = 0, with lambda = w' Sigma w. See Portelli & Roncalli
// (2024), section 2.3.2 (Table 5). It returns an error when cov is not a
// covariance matrix (NaN, a zero or negative variance, not positive
// semi-definite) or is singular on the solution's support. It panics when
// cov is nil or has no asset. The weights do not depend on the units of
// cov (variances of any finite magnitude).
func MinVariance(cov mat.Symmetric) ([]float64, error) {
	cov, _, err := prepare("MinVariance", cov)
	if err != nil {
		return nil, err
	}
	w, err := activeSet(cov, EqualWeight(cov.SymmetricDim()))
	if err != nil {
		return nil, fmt.Errorf("basket: MinVariance: %w", err)
	}
	return normalize(w), nil
}

// MostDiversified returns the long-only, fully invested most diversified
// basket (Choueifaty and Coignard, 2008), the maximiser of the
// diversification ratio DR(w) = w' sigma / sqrt(w' Sigma w). It solves the
// equivalent quadratic program argmin y' Sigma y subject to sigma' y = 1,
// y >= 0 exactly by a primal active-set method and returns w = y / sum y.
// At the solution (Sigma w)_i / sigma_i = w' Sigma w / w' sigma where
// w_i > 0 and >= where w_i = 0. See Portelli & Roncalli (2024), section
// 2.3.2 (Table 5). Errors and panics are those of MinVariance.
func MostDiversified(cov mat.Symmetric) ([]float64, error) {
	cov, vols, err := prepare("MostDiversified", cov)
	if err != nil {
		return nil, err
	}
	y, err := activeSet(cov, vols)
	if err != nil {
		return nil, fmt.Errorf("basket: MostDiversified: %w", err)
	}
	return normalize(y), nil
}

// ERC returns the equal risk contribution basket (Maillard et al., 2010):
// RiskBudget with budgets 1/n. It panics when cov is nil or has no asset.
func ERC(cov mat.Symmetric) ([]float64, error) {
	must.NotNil("basket: ERC", "cov", cov)
	if cov.SymmetricDim() == 0 {
		panic("basket: ERC: cov has no asset")
	}
	return RiskBudget(cov, EqualWeight(cov.SymmetricDim()))
}

// RiskBudget returns the long-only, fully invested basket whose Euler risk
// contributions RC_i = w_i (Sigma w)_i / sigma(w) are proportional to the
// budgets b (b_i > 0, summing to 1). It minimises 1/2 y' Sigma y - sum b_i
// ln y_i by cyclical coordinate descent, each coordinate in closed form
//
//	y_i = (-c_i + sqrt(c_i^2 + 4 Sigma_ii b_i)) / (2 Sigma_ii),  c_i = sum_{j != i} Sigma_ij y_j
//
// (Griveau-Billion, Richard and Roncalli, 2013), until the largest
// |RC_i / sigma(w) - b_i| is below 1e-13, and returns w = y / sum y. It
// returns an error when cov is not a covariance matrix, a budget is not
// positive or the budgets do not sum to 1, or the descent does not converge.
// It panics when cov is nil, has no asset, or len(b) differs from its
// dimension.
func RiskBudget(cov mat.Symmetric, b []float64) ([]float64, error) {
	must.NotNil("basket: RiskBudget", "cov", cov)
	n := cov.SymmetricDim()
	if len(b) != n {
		panic(fmt.Sprintf("basket: RiskBudget: %d budgets for a %dx%d covariance matrix", len(b), n, n))
	}
	cov, _, err := prepare("RiskBudget", cov)
	if err != nil {
		return nil, err
	}
	if err := premia.CheckWeights(b); err != nil {
		return nil, fmt.Errorf("basket: RiskBudget: budgets: %w", err)
	}
	for i, v := range b {
		if !(v > 0) {
			return nil, fmt.Errorf("basket: RiskBudget: budget %d is %v, must be > 0", i+1, v)
		}
	}
	y := EqualWeight(n)
	for range 10000 {
		for i := range n {
			c := 0.0
			for j := range n {
				if j != i {
					c += cov.At(i, j) * y[j]
				}
			}
			s := cov.At(i, i)
			y[i] = (-c + math.Sqrt(c*c+4*s*b[i])) / (2 * s)
		}
		w := normalize(clone(y))
		rc, vol, worst := premia.RiskContributions(w, cov), 0.0, 0.0
		for _, r := range rc {
			vol += r
		}
		for i, r := range rc {
			worst = math.Max(worst, math.Abs(r/vol-b[i]))
		}
		if worst < 1e-13 {
			return w, nil
		}
	}
	return nil, fmt.Errorf("basket: RiskBudget: coordinate descent did not converge in 10000 sweeps")
}

// prepare checks cov for the risk-based basket fn and returns it
// multiplied by 4^-k (exact), k such that its largest variance lies in
// [0.25, 1), with the volatilities of the scaled matrix: the weights do not
// depend on the units of cov, and the solvers' tolerances then hold for
// variances of any finite magnitude (coordinate descent on a covariance
// matrix of 1e200 did not converge). It panics when cov is nil or has no
// asset and returns an error when it is not a covariance matrix.
func prepare(fn string, cov mat.Symmetric) (*mat.SymDense, []float64, error) {
	must.NotNil("basket: "+fn, "cov", cov)
	n := cov.SymmetricDim()
	if n == 0 {
		panic(fmt.Sprintf("basket: %s: cov has no asset", fn))
	}
	vols, err := checkCov(cov)
	if err != nil {
		return nil, nil, fmt.Errorf("basket: %s: %w", fn, err)
	}
	_, e := math.Frexp(slices.Max(vols))
	out := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			out.SetSym(i, j, math.Ldexp(cov.At(i, j), -2*e))
		}
	}
	return out, scaled(vols, e), nil
}

// checkCov returns the volatilities of cov, or an error when cov is not a
// covariance matrix with positive variances.
func checkCov(cov mat.Symmetric) ([]float64, error) {
	n := cov.SymmetricDim()
	vols := make([]float64, n)
	for i := range n {
		v := cov.At(i, i)
		if !(v > 0) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("variance %d is %v, must be > 0", i+1, v)
		}
		vols[i] = math.Sqrt(v)
	}
	corr := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			corr.SetSym(i, j, cov.At(i, j)/(vols[i]*vols[j]))
		}
		corr.SetSym(i, i, 1)
	}
	if err := premia.CheckCorr(corr); err != nil {
		return nil, fmt.Errorf("covariance matrix: %w", err)
	}
	return vols, nil
}

// normalize scales w in place to sum to 1 and returns it.
func normalize(w []float64) []float64 {
	s := sum(w)
	for i := range w {
		w[i] /= s
	}
	return w
}
