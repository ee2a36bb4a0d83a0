package sbcorr

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// HAC says how OLSHAC estimates the coefficient covariance.
//
// Lag is the Bartlett truncation lag L >= 0 (the number of autocovariances
// kept; weights w_l = 1 - l/(L+1), Newey & West (1987)); use a named rule
// such as LagNW94(n) or LagStockWatson(n) rather than a magic number.
// L = 0 gives White's heteroskedasticity-consistent (HC0) covariance.
//
// SmallSample multiplies the covariance by n/(n-k) (k regressors including
// the intercept), as statsmodels' OLS(...).fit(cov_type='HAC',
// cov_kwds={'maxlags': L, 'use_correction': True}) and R's
// sandwich::NeweyWest(fit, lag = L, prewhite = FALSE, adjust = TRUE) do.
// Without it (the zero value) the covariance equals both peers' defaults:
// statsmodels' cov_kwds={'maxlags': L} (use_correction defaults to False for
// cov_type='HAC' in statsmodels 0.13, despite a common belief that it is
// True) and NeweyWest(fit, lag = L, prewhite = FALSE) (adjust = FALSE).
// OLSHAC never prewhitens: sandwich's default prewhite = TRUE and its
// automatic lag (lag = NULL) must be switched off to compare.
type HAC struct {
	Lag         int
	SmallSample bool
}

// LagNW94 returns the Newey-West (1994) rule-of-thumb lag
// floor(4 (n/100)^(2/9)) for n observations, the default of statsmodels'
// HAC when no maxlags is given (0 for n = 0). It panics if n < 0.
func LagNW94(n int) int {
	checkN("LagNW94", n)
	return int(math.Floor(4 * math.Pow(float64(n)/100, 2.0/9)))
}

// LagStockWatson returns the Stock & Watson textbook lag floor(0.75 n^(1/3))
// for n observations (0 for n = 0). It panics if n < 0.
func LagStockWatson(n int) int {
	checkN("LagStockWatson", n)
	return int(math.Floor(0.75 * math.Cbrt(float64(n))))
}

func checkN(fn string, n int) {
	if n < 0 {
		panic(fmt.Sprintf("sbcorr: %s: n = %d < 0", fn, n))
	}
}

// OLSFit is an ordinary least squares fit with a HAC covariance.
// Coefficient 0 is the intercept, coefficient j >= 1 belongs to regressor j-1.
type OLSFit struct {
	Coef   []float64 // beta_hat = (X'X)^-1 X'y
	StdErr []float64 // square roots of the diagonal of Cov
	TStat  []float64 // Coef / StdErr
	PValue []float64 // two-sided, standard normal (statsmodels' HAC default use_t=False), erfc(|t|/sqrt(2))
	Cov    *mat.SymDense
	R2     float64 // centered R^2 = 1 - SSR/TSS
	AdjR2  float64 // 1 - (1-R2)(n-1)/(n-k)
	Resid  []float64
	N      int
	HAC    HAC
}

// OLSHAC regresses y on an intercept and the regressors x[0], x[1], ... and
// estimates the coefficient covariance with the Newey-West sandwich
//
//	V = (X'X)^-1 S (X'X)^-1,  S = sum_{l=-L}^{L} w_|l| sum_t u_t u_{t-l}',
//	u_t = x_t e_t,  w_l = 1 - l/(L+1)  (Bartlett kernel),
//
// times n/(n-k) when h.SmallSample. This is the estimator behind the paper's
// regressions of the stock-bond correlation on macro factors (Portelli &
// Roncalli (2024), section 3.4, Table 19), whose dependent variable is an
// overlapping rolling correlation and therefore strongly autocorrelated.
// It agrees to 1e-8 with statsmodels and R sandwich (see HAC for the option
// names; testdata/gen_hac.py and gen_hac.R regenerate the fixtures).
//
// Finite data of any magnitude give the correct fit: y and each regressor
// are multiplied by a power of two (exact) before the QR factorisation, so
// that the fit, and the test for a singular X'X, do not depend on their
// units (a regressor in units of 1e-30 is not taken for a zero column);
// coefficients and covariances beyond the float64 range are ±Inf.
// OLSHAC returns an error naming the row for NaN or infinite data, and an
// error when n <= k, y is constant or X'X is singular. It panics when a
// regressor's length differs from len(y) or h.Lag < 0.
func OLSHAC(y []float64, x [][]float64, h HAC) (*OLSFit, error) {
	n, k := len(y), len(x)+1
	for j, c := range x {
		if len(c) != n {
			panic(fmt.Sprintf("sbcorr: OLSHAC: len(x[%d]) = %d != len(y) = %d", j, len(c), n))
		}
	}
	checkLag("OLSHAC", h.Lag)
	if n <= k {
		return nil, fmt.Errorf("sbcorr: OLSHAC: %d observations for %d coefficients", n, k)
	}
	// Each column and y are multiplied by 2^-e, e the binary exponent of
	// its largest magnitude (exact), so that the fit and the singularity
	// test do not depend on the units of the data; the results are scaled
	// back below.
	X := mat.NewDense(n, k, nil)
	ex := make([]int, k)
	for j, c := range x {
		_, ex[j+1] = math.Frexp(maxAbs(c))
	}
	_, ey := math.Frexp(maxAbs(y))
	ys := make([]float64, n)
	for i := range n {
		if bad(y[i]) {
			return nil, fmt.Errorf("sbcorr: OLSHAC: y row %d is %v", i, y[i])
		}
		ys[i] = math.Ldexp(y[i], -ey)
		X.Set(i, 0, 1)
		for j, c := range x {
			if bad(c[i]) {
				return nil, fmt.Errorf("sbcorr: OLSHAC: x[%d] row %d is %v", j, i, c[i])
			}
			X.Set(i, j+1, math.Ldexp(c[i], -ex[j+1]))
		}
	}
	var qr mat.QR
	qr.Factorize(X)
	var rd mat.Dense
	qr.RTo(&rd)
	r := mat.NewTriDense(k, mat.Upper, nil)
	minDiag := math.Inf(1)
	for i := range k {
		for j := i; j < k; j++ {
			r.SetTri(i, j, rd.At(i, j))
		}
		minDiag = min(minDiag, math.Abs(rd.At(i, i)))
	}
	var rinv mat.TriDense
	if err := rinv.InverseTri(r); err != nil || minDiag <= 1e-12*mat.Norm(r, 1) {
		return nil, fmt.Errorf("sbcorr: OLSHAC: X'X is singular (collinear regressors)")
	}
	var b mat.Dense
	if err := qr.SolveTo(&b, false, mat.NewDense(n, 1, ys)); err != nil {
		return nil, fmt.Errorf("sbcorr: OLSHAC: %v", err)
	}
	coef := mat.Col(nil, 0, &b)
	resid, r2, err := residuals(ys, X, coef)
	if err != nil {
		return nil, err
	}
	var bread mat.SymDense // (X'X)^-1 = R^-1 R^-T
	bread.SymOuterK(1, &rinv)
	meat := neweyWestMeat(X, resid, h.Lag)
	var tmp, cov mat.Dense
	tmp.Mul(&bread, meat)
	cov.Mul(&tmp, &bread)
	if h.SmallSample {
		cov.Scale(float64(n)/float64(n-k), &cov)
	}
	for i := range resid {
		resid[i] = math.Ldexp(resid[i], ey)
	}
	for i := range coef {
		coef[i] = math.Ldexp(coef[i], ey-ex[i])
	}
	fit := &OLSFit{Coef: coef, Cov: mat.NewSymDense(k, nil), R2: r2, Resid: resid, N: n, HAC: h,
		AdjR2: 1 - (1-r2)*float64(n-1)/float64(n-k)}
	for i := range k {
		for j := i; j < k; j++ {
			fit.Cov.SetSym(i, j, math.Ldexp(0.5*(cov.At(i, j)+cov.At(j, i)), 2*ey-ex[i]-ex[j]))
		}
		se := math.Sqrt(fit.Cov.At(i, i))
		t := coef[i] / se
		fit.StdErr = append(fit.StdErr, se)
		fit.TStat = append(fit.TStat, t)
		fit.PValue = append(fit.PValue, twoSidedP(t))
	}
	return fit, nil
}

func bad(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) }

// residuals returns y - X b and the centered R^2.
func residuals(y []float64, X *mat.Dense, b []float64) ([]float64, float64, error) {
	n, k := X.Dims()
	my := 0.0
	for _, v := range y {
		my += v
	}
	my /= float64(n)
	e := make([]float64, n)
	var ssr, tss float64
	for i := range n {
		f := 0.0
		for j := range k {
			f += X.At(i, j) * b[j]
		}
		e[i] = y[i] - f
		ssr += e[i] * e[i]
		tss += (y[i] - my) * (y[i] - my)
	}
	if tss == 0 {
		return nil, 0, fmt.Errorf("sbcorr: OLSHAC: y is constant")
	}
	return e, 1 - ssr/tss, nil
}

// neweyWestMeat returns S = sum_{l=-L}^{L} (1 - |l|/(L+1)) sum_t u_t u_{t-l}'
// with u_t = x_t e_t.
func neweyWestMeat(X *mat.Dense, e []float64, lag int) *mat.Dense {
	n, k := X.Dims()
	u := mat.NewDense(n, k, nil)
	for i := range n {
		for j := range k {
			u.Set(i, j, X.At(i, j)*e[i])
		}
	}
	s := mat.NewDense(k, k, nil)
	s.Mul(u.T(), u)
	for l := 1; l <= min(lag, n-1); l++ {
		w := 1 - float64(l)/float64(lag+1)
		var g mat.Dense
		g.Mul(u.Slice(l, n, 0, k).T(), u.Slice(0, n-l, 0, k))
		for i := range k {
			for j := range k {
				s.Set(i, j, s.At(i, j)+w*(g.At(i, j)+g.At(j, i)))
			}
		}
	}
	return s
}
