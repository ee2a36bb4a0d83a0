package sbcorr

import (
	"fmt"
	"math"
)

// DCC holds the parameters of Engle's (2002) dynamic conditional
// correlation recursion for two standardised residual series z:
//
//	Q_t = (1 - A - B) Qbar + A z_{t-1} z_{t-1}' + B Q_{t-1},
//	rho_t = Q_t[0,1] / sqrt(Q_t[0,0] Q_t[1,1]),
//
// with A, B >= 0 and A + B < 1 (mean reverting to Qbar).
type DCC struct {
	A, B float64
}

// DCCFit is a bivariate DCC-GARCH(1,1) fitted by two-step QML.
type DCCFit struct {
	DCC
	X, Y   *GARCHFit  // first step: the GARCH(1,1) margins
	SE     [2]float64 // robust standard errors of A and B (second step only)
	QBar   [3]float64 // correlation target: sample Q11, Q22, Q12 of the standardised residuals
	LogLik float64    // second-step (correlation) log-likelihood
	Rho    []float64  // filtered conditional correlation rho_t (uses z up to t-1)
}

// FitDCC fits a DCC-GARCH(1,1) to the returns x and y by Engle's (2002)
// two-step quasi-maximum likelihood: GARCH(1,1) margins by FitGARCH, then
// (A, B) maximising the correlation part of the Gaussian log-likelihood
//
//	L2 = -0.5 sum_t [ log(1 - rho_t^2) + (z1^2 + z2^2 - 2 rho_t z1 z2) / (1 - rho_t^2) - z1^2 - z2^2 ]
//
// with Qbar the sample covariance of z (correlation targeting) and Q_1 =
// Qbar. Stationarity is enforced by (A, B) = (s p, s (1-p)), s, p in
// (0, 1); the deterministic starting values are A = 0.03, B = 0.90.
// Standard errors of A and B are the robust sandwich of the second step
// and ignore the first-step estimation error (Engle (2002) shows the
// correction is small); a simulation test checks the coverage of their 95%
// intervals. The paper lists DCC-GARCH among the estimation methods of the
// stock-bond correlation (Portelli & Roncalli (2024), section 3.1.1).
// Errors as FitGARCH; it panics if len(x) != len(y).
func FitDCC(x, y []float64) (*DCCFit, error) {
	if len(x) != len(y) {
		panic(fmt.Sprintf("sbcorr: FitDCC: len(x) = %d != len(y) = %d", len(x), len(y)))
	}
	gx, err := FitGARCH(x)
	if err != nil {
		return nil, fmt.Errorf("sbcorr: FitDCC: x: %w", err)
	}
	gy, err := FitGARCH(y)
	if err != nil {
		return nil, fmt.Errorf("sbcorr: FitDCC: y: %w", err)
	}
	z1, z2 := gx.Std, gy.Std
	n := len(z1)
	var qb [3]float64
	for t := range n {
		qb[0] += z1[t] * z1[t]
		qb[1] += z2[t] * z2[t]
		qb[2] += z1[t] * z2[t]
	}
	for i := range qb {
		qb[i] /= float64(n)
	}
	rho, l := make([]float64, n), make([]float64, n)
	loglik := func(th []float64) float64 {
		a, b := persistenceSplit(th[0], th[1])
		return dccLogLik(DCC{a, b}, qb, z1, z2, rho, l)
	}
	u, v := persistenceJoin(0.03, 0.90)
	th, err := maximise(loglik, []float64{u, v})
	if err != nil {
		return nil, fmt.Errorf("sbcorr: FitDCC: %v", err)
	}
	a, b := persistenceSplit(th[0], th[1])
	fit := &DCCFit{DCC: DCC{a, b}, X: gx, Y: gy, QBar: qb, Rho: make([]float64, n)}
	fit.LogLik = dccLogLik(fit.DCC, qb, z1, z2, fit.Rho, l)
	se, err := qmlSE("FitDCC", []float64{a, b}, n, func(p, lt []float64) {
		dccLogLik(DCC{p[0], p[1]}, qb, z1, z2, rho, lt)
	})
	if err != nil {
		return nil, err
	}
	copy(fit.SE[:], se)
	return fit, nil
}

// dccLogLik fills rho with the DCC correlations and l with the correlation
// log-likelihood contributions, and returns their sum (-Inf if a
// correlation leaves (-1, 1)).
func dccLogLik(d DCC, qb [3]float64, z1, z2, rho, l []float64) float64 {
	q11, q22, q12 := qb[0], qb[1], qb[2]
	c := 1 - d.A - d.B
	for t := range z1 {
		if t > 0 {
			q11 = c*qb[0] + d.A*z1[t-1]*z1[t-1] + d.B*q11
			q22 = c*qb[1] + d.A*z2[t-1]*z2[t-1] + d.B*q22
			q12 = c*qb[2] + d.A*z1[t-1]*z2[t-1] + d.B*q12
		}
		r := q12 / math.Sqrt(q11*q22)
		rho[t] = r
		one := 1 - r*r
		if !(one > 0) {
			return math.Inf(-1)
		}
		l[t] = -0.5 * (math.Log(one) + (z1[t]*z1[t]+z2[t]*z2[t]-2*r*z1[t]*z2[t])/one - z1[t]*z1[t] - z2[t]*z2[t])
	}
	return sum(l)
}
