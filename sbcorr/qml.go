package sbcorr

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/diff/fd"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize"
)

// maximise returns the unconstrained theta maximising f, starting at theta0
// (Nelder-Mead, then BFGS with central-difference gradients polishing the
// optimum). f returns -Inf for invalid parameters.
func maximise(f func([]float64) float64, theta0 []float64) ([]float64, error) {
	neg := func(th []float64) float64 {
		v := f(th)
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return math.Inf(1)
		}
		return -v
	}
	p := optimize.Problem{Func: neg}
	nm, err := optimize.Minimize(p, theta0, &optimize.Settings{MajorIterations: 4000}, &optimize.NelderMead{})
	if err != nil && nm == nil {
		return nil, err
	}
	p.Grad = func(g, th []float64) { fd.Gradient(g, neg, th, &fd.Settings{Formula: fd.Central, Step: 1e-6}) }
	bf, err := optimize.Minimize(p, nm.X, nil, &optimize.BFGS{})
	if err == nil && bf.F <= nm.F {
		return bf.X, nil
	}
	return nm.X, nil
}

// qmlSE returns the robust (sandwich) standard errors H^-1 (sum_t g_t g_t')
// H^-1 of the parameters p maximising sum_t l_t(p), where contrib fills the
// contributions l_t into l (len n). Derivatives are central differences
// with steps proportional to the parameters.
func qmlSE(fn string, p []float64, n int, contrib func(p, l []float64)) ([]float64, error) {
	k := len(p)
	step := make([]float64, k)
	for i, v := range p {
		step[i] = 1e-4*math.Abs(v) + 1e-8
	}
	scores := mat.NewDense(n, k, nil)
	lp, lm := make([]float64, n), make([]float64, n)
	q := append([]float64(nil), p...)
	for i := range k {
		q[i] = p[i] + step[i]
		contrib(q, lp)
		q[i] = p[i] - step[i]
		contrib(q, lm)
		q[i] = p[i]
		for t := range n {
			scores.Set(t, i, (lp[t]-lm[t])/(2*step[i]))
		}
	}
	// Hessian in relative coordinates u_i = p_i / scale_i, then rescaled.
	scale := make([]float64, k)
	for i, v := range p {
		scale[i] = math.Abs(v) + 1e-6
	}
	pv := make([]float64, k)
	total := func(u []float64) float64 {
		for i := range u {
			pv[i] = u[i] * scale[i]
		}
		contrib(pv, lp)
		return sum(lp)
	}
	u0 := make([]float64, k)
	for i := range u0 {
		u0[i] = p[i] / scale[i]
	}
	var h mat.SymDense
	fd.Hessian(&h, total, u0, &fd.Settings{Step: 1e-3})
	negH := mat.NewSymDense(k, nil)
	for i := range k {
		for j := i; j < k; j++ {
			negH.SetSym(i, j, -h.At(i, j)/(scale[i]*scale[j]))
		}
	}
	var chol mat.Cholesky
	if !chol.Factorize(negH) {
		return nil, fmt.Errorf("sbcorr: %s: the Hessian of the log-likelihood is not negative definite at the optimum", fn)
	}
	var inv mat.SymDense
	if err := chol.InverseTo(&inv); err != nil {
		return nil, fmt.Errorf("sbcorr: %s: %v", fn, err)
	}
	var opg, tmp, cov mat.Dense
	opg.Mul(scores.T(), scores)
	tmp.Mul(&inv, &opg)
	cov.Mul(&tmp, &inv)
	se := make([]float64, k)
	for i := range se {
		se[i] = math.Sqrt(cov.At(i, i))
	}
	return se, nil
}

// logistic maps the real line onto (0, 1).
func logistic(v float64) float64 { return 1 / (1 + math.Exp(-v)) }

// logit is the inverse of logistic.
func logit(p float64) float64 { return math.Log(p / (1 - p)) }

// persistenceSplit maps (u, v) in R^2 to (a, b) = (s p, s (1-p)) with
// s = logistic(u), p = logistic(v): a, b > 0 and a + b < 1 for every (u, v),
// the parameterisation that enforces stationarity of GARCH and DCC.
func persistenceSplit(u, v float64) (a, b float64) {
	s, p := logistic(u), logistic(v)
	return s * p, s * (1 - p)
}

// persistenceJoin inverts persistenceSplit.
func persistenceJoin(a, b float64) (u, v float64) {
	return logit(a + b), logit(a / (a + b))
}
