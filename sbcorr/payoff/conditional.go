package payoff

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/must"
)

// Conditional returns the law of Y given X = x for a Gaussian vector
// R ~ N(mu, sigma), where X holds the components listed in given (with
// observed values x, same order) and Y all the others in increasing index
// order:
//
//	E[Y | X = x]   = mu_y + S_yx S_xx^-1 (x - mu_x)
//	var(Y | X = x) = S_yy - S_yx S_xx^-1 S_xy
//
// See Portelli & Roncalli (2024), appendix A.4. It returns the indices of Y,
// the conditional mean and the conditional covariance (ConditionalLaw). It returns an error
// when S_xx is not positive definite or an input is not finite; it panics
// when sigma is nil, len(mu) differs from the size of sigma,
// len(x) != len(given), an index is out of range or repeated, or given is
// empty or covers all assets.
func Conditional(mu []float64, sigma mat.Symmetric, given []int, x []float64) (ConditionalLaw, error) {
	y, mean, cov, err := conditional(mu, sigma, given, x)
	return ConditionalLaw{Y: y, Mean: mean, Cov: cov}, err
}

// ConditionalLaw is the normal law of the assets Y given the others.
type ConditionalLaw struct {
	Y    []int         // indices of the assets of Y, increasing
	Mean []float64     // E[Y | X = x], one entry per index of Y
	Cov  *mat.SymDense // var(Y | X = x)
}

// conditional computes Conditional's law as three results.
func conditional(mu []float64, sigma mat.Symmetric, given []int, x []float64) (yIdx []int, mean []float64, cov *mat.SymDense, err error) {
	must.NotNil("payoff: Conditional", "sigma", sigma)
	n := len(mu)
	if sigma.SymmetricDim() != n {
		panic(fmt.Sprintf("payoff: Conditional: len(mu) = %d but sigma is %dx%d", n, sigma.SymmetricDim(), sigma.SymmetricDim()))
	}
	if len(given) != len(x) {
		panic(fmt.Sprintf("payoff: Conditional: %d indices but %d values", len(given), len(x)))
	}
	if len(given) == 0 || len(given) >= n {
		panic(fmt.Sprintf("payoff: Conditional: need 1 to %d conditioning assets, got %d", n-1, len(given)))
	}
	isX := make([]bool, n)
	for _, i := range given {
		if i < 0 || i >= n || isX[i] {
			panic(fmt.Sprintf("payoff: Conditional: bad or repeated index %d", i))
		}
		isX[i] = true
	}
	for i, v := range mu {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, nil, nil, fmt.Errorf("payoff: Conditional: mu[%d] = %v is not finite", i, v)
		}
	}
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, nil, nil, fmt.Errorf("payoff: Conditional: x[%d] = %v is not finite", i, v)
		}
	}
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			if v := sigma.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, nil, nil, fmt.Errorf("payoff: Conditional: sigma[%d][%d] = %v is not finite", i, j, v)
			}
		}
	}
	for i := 0; i < n; i++ {
		if !isX[i] {
			yIdx = append(yIdx, i)
		}
	}
	p, q := len(given), len(yIdx)
	sxx := mat.NewSymDense(p, nil)
	syx := mat.NewDense(q, p, nil)
	syy := mat.NewSymDense(q, nil)
	for a, i := range given {
		for b, j := range given {
			sxx.SetSym(a, b, sigma.At(i, j))
		}
		for b, j := range yIdx {
			syx.Set(b, a, sigma.At(j, i))
		}
	}
	for a, i := range yIdx {
		for b, j := range yIdx {
			syy.SetSym(a, b, sigma.At(i, j))
		}
	}
	var chol mat.Cholesky
	if ok := chol.Factorize(sxx); !ok {
		return nil, nil, nil, fmt.Errorf("payoff: Conditional: covariance of the conditioning assets %v is not positive definite", given)
	}
	dx := mat.NewVecDense(p, nil)
	for a, i := range given {
		dx.SetVec(a, x[a]-mu[i])
	}
	// B = S_yx S_xx^-1, computed as (S_xx^-1 S_xy)^T.
	var bt mat.Dense
	if err := chol.SolveTo(&bt, syx.T()); err != nil {
		return nil, nil, nil, fmt.Errorf("payoff: Conditional: %v", err)
	}
	mean = make([]float64, q)
	for b, j := range yIdx {
		s := mu[j]
		for a := 0; a < p; a++ {
			s += bt.At(a, b) * dx.AtVec(a)
		}
		mean[b] = s
	}
	cov = mat.NewSymDense(q, nil)
	for a := 0; a < q; a++ {
		for b := a; b < q; b++ {
			s := syy.At(a, b)
			for k := 0; k < p; k++ {
				s -= syx.At(a, k) * bt.At(k, b)
			}
			cov.SetSym(a, b, s)
		}
	}
	return yIdx, mean, cov, nil
}

// Regression returns the coefficients of eq. (2) of Portelli & Roncalli
// (2024), section 2.2.1, for asset i of a Gaussian universe R ~ N(mu, sigma):
//
//	R_i = alpha_i + beta_(i)^T R_(-i) + u_i,   u_i ~ N(0, s2),
//	beta_(i) = S_(-i,-i)^-1 S_(-i,i),  alpha_i = mu_i - beta_(i)^T mu_(-i),
//	s2 = S_(i,i) - S_(i,-i) S_(-i,-i)^-1 S_(-i,i),  R2 = 1 - s2 / S_(i,i)
//
// (appendix A.4). beta has n-1 entries, for the other assets in increasing
// index order. Errors and panics are those of Conditional.
func Regression(mu []float64, sigma mat.Symmetric, i int) (RegressionCoef, error) {
	must.NotNil("payoff: Regression", "sigma", sigma)
	n := len(mu)
	if i < 0 || i >= n {
		panic(fmt.Sprintf("payoff: Regression: index %d out of range [0, %d)", i, n))
	}
	var others []int
	for j := 0; j < n; j++ {
		if j != i {
			others = append(others, j)
		}
	}
	// The conditional mean at x = 0 is alpha; at x = e_k it is alpha + beta_k.
	zero := make([]float64, n-1)
	_, m0, cov, err := conditional(mu, sigma, others, zero)
	if err != nil {
		return RegressionCoef{}, err
	}
	alpha := m0[0]
	beta := make([]float64, n-1)
	for k := range others {
		zero[k] = 1
		_, mk, _, _ := conditional(mu, sigma, others, zero)
		beta[k] = mk[0] - alpha
		zero[k] = 0
	}
	s2 := cov.At(0, 0)
	return RegressionCoef{Alpha: alpha, Beta: beta, S2: s2, R2: 1 - s2/sigma.At(i, i)}, nil
}

// RegressionCoef holds the coefficients of eq. (2) for one asset.
type RegressionCoef struct {
	Alpha float64   // intercept alpha_i, in return units
	Beta  []float64 // beta_(i), one per other asset in increasing index order
	S2    float64   // residual variance s2
	R2    float64   // share of var(R_i) explained, 1 - s2 / S_(i,i)
}
