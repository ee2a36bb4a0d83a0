package premia

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/must"
)

// WeightTol is the largest accepted |sum(x) - 1| for a fully invested
// portfolio.
const WeightTol = 1e-8

// psdTol is the tolerance, relative to the largest eigenvalue, below which a
// negative eigenvalue of a correlation matrix is treated as zero.
const psdTol = 1e-10

// CheckWeights returns an error when a weight is NaN or infinite or when the
// weights do not sum to 1 within WeightTol. Short positions are accepted.
func CheckWeights(x []float64) error {
	sum := 0.0
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("premia: CheckWeights: weight %d is %v", i+1, v)
		}
		sum += v
	}
	if math.Abs(sum-1) > WeightTol {
		return fmt.Errorf("premia: CheckWeights: weights sum to %.10g, not 1", sum)
	}
	return nil
}

// CheckVols returns an error when a volatility is negative, NaN or
// infinite. A zero volatility is accepted.
func CheckVols(vols []float64) error {
	for i, v := range vols {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("premia: CheckVols: volatility %d is %v", i+1, v)
		}
		if v < 0 {
			return fmt.Errorf("premia: CheckVols: volatility %d is negative (%v)", i+1, v)
		}
	}
	return nil
}

// CheckCorr returns an error when corr is not a correlation matrix: an entry
// is NaN, a diagonal entry is not 1, an off-diagonal entry has |rho| > 1, or
// the matrix is not positive semi-definite (its smallest eigenvalue is below
// -1e-10 times its largest). It panics when corr is nil.
func CheckCorr(corr mat.Symmetric) error {
	must.NotNil("premia: CheckCorr", "corr", corr)
	n := corr.SymmetricDim()
	for i := range n {
		if d := corr.At(i, i); math.Abs(d-1) > 1e-12 {
			return fmt.Errorf("premia: CheckCorr: correlation matrix: diagonal entry %d is %v, not 1", i+1, d)
		}
		for j := range i {
			r := corr.At(i, j)
			if math.IsNaN(r) {
				return fmt.Errorf("premia: CheckCorr: correlation matrix: rho_%d,%d is NaN", j+1, i+1)
			}
			if math.Abs(r) > 1 {
				return fmt.Errorf("premia: CheckCorr: correlation matrix: |rho_%d,%d| = %v > 1", j+1, i+1, math.Abs(r))
			}
		}
	}
	var eig mat.EigenSym
	if !eig.Factorize(corr, false) {
		return fmt.Errorf("premia: CheckCorr: correlation matrix: eigen decomposition failed")
	}
	vals := eig.Values(nil)
	if lo, hi := vals[0], vals[n-1]; lo < -psdTol*math.Max(hi, 1) {
		return fmt.Errorf("premia: CheckCorr: correlation matrix is not positive semi-definite (smallest eigenvalue %.3g)", lo)
	}
	return nil
}

// Cov returns the covariance matrix Sigma_ij = rho_ij sigma_i sigma_j. It
// panics if corr is nil or len(vols) differs from its dimension.
func Cov(vols []float64, corr mat.Symmetric) *mat.SymDense {
	must.NotNil("premia: Cov", "corr", corr)
	n := corr.SymmetricDim()
	if len(vols) != n {
		panic(fmt.Sprintf("premia: Cov: %d volatilities for a %dx%d correlation matrix", len(vols), n, n))
	}
	cov := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			cov.SetSym(i, j, corr.At(i, j)*vols[i]*vols[j])
		}
	}
	return cov
}

// RiskContributions returns the Euler risk contributions of portfolio x for
// the volatility risk measure, RC_i = x_i (Sigma x)_i / sigma(x), which sum
// to sigma(x) = sqrt(x' Sigma x). See Portelli & Roncalli (2024), section
// 2.1.2. The result is NaN when sigma(x) = 0. It panics if cov is nil or
// len(x) differs from its dimension.
func RiskContributions(x []float64, cov mat.Symmetric) []float64 {
	must.NotNil("premia: RiskContributions", "cov", cov)
	sx, vol := covTimes(x, cov)
	rc := make([]float64, len(x))
	for i := range x {
		rc[i] = x[i] * sx[i] / vol
	}
	return rc
}

// covTimes returns Sigma x and sigma(x) = sqrt(x' Sigma x).
func covTimes(x []float64, cov mat.Symmetric) ([]float64, float64) {
	n := cov.SymmetricDim()
	if len(x) != n {
		panic(fmt.Sprintf("premia: Market: %d weights for a %dx%d covariance matrix", len(x), n, n))
	}
	sx := make([]float64, n)
	mat.NewVecDense(n, sx).MulVec(cov, mat.NewVecDense(n, append([]float64(nil), x...)))
	v := 0.0
	for i := range x {
		v += x[i] * sx[i]
	}
	return sx, math.Sqrt(math.Max(v, 0))
}
