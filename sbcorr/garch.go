package sbcorr

import (
	"fmt"
	"math"
)

// GARCH holds the parameters of a GARCH(1,1) conditional variance
//
//	h_t = Omega + Alpha e_{t-1}^2 + Beta h_{t-1},
//
// with Omega > 0, Alpha, Beta >= 0 and Alpha + Beta < 1 (covariance
// stationary; unconditional variance Omega / (1 - Alpha - Beta)).
type GARCH struct {
	Omega, Alpha, Beta float64
}

// GARCHFit is a GARCH(1,1) fitted by Gaussian quasi-maximum likelihood.
type GARCHFit struct {
	GARCH
	Mean   float64    // sample mean removed from the returns: e_t = r_t - Mean
	SE     [3]float64 // robust (sandwich) standard errors of Omega, Alpha, Beta
	LogLik float64    // sum_t -0.5 (log 2 pi + log h_t + e_t^2 / h_t)
	Var    []float64  // conditional variances h_t
	Std    []float64  // standardised residuals e_t / sqrt(h_t)
}

// FitGARCH fits a GARCH(1,1) to returns r by Gaussian QML (Bollerslev
// (1986)), the first step of Engle's (2002) DCC estimator (FitDCC).
// The mean is the sample mean; the recursion starts at h_1 = sample variance
// of e; stationarity is enforced by the parameterisation
// (Alpha, Beta) = (s p, s (1-p)), s, p in (0, 1), Omega = exp(w); the
// deterministic starting values are Alpha = 0.05, Beta = 0.90 and Omega =
// 0.05 times the sample variance. Standard errors are the robust QML
// sandwich (Bollerslev & Wooldridge (1992)) by numerical derivatives.
// The fit runs on the returns multiplied by a power of two that brings
// their standard deviation into [0.5, 1) (exact), and Mean, Omega, Var, the
// standard error of Omega and LogLik are converted back to the units of r:
// returns of any finite magnitude (decimals, percent, 1e-150) give the same
// Alpha and Beta. It returns an error for NaN or infinite returns, fewer
// than 100 observations, a constant series, or a failed optimisation.
func FitGARCH(r []float64) (*GARCHFit, error) {
	if len(r) < 100 {
		return nil, fmt.Errorf("sbcorr: FitGARCH: %d observations, need at least 100", len(r))
	}
	for i, v := range r {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("sbcorr: FitGARCH: return %d is %v", i, v)
		}
	}
	if isConstant(r) {
		return nil, fmt.Errorf("sbcorr: FitGARCH: constant returns")
	}
	_, e1 := math.Frexp(maxAbs(r))
	_, sd := meanSD(scaled(r, e1))
	_, e2 := math.Frexp(sd)
	e := e1 + e2
	fit, err := fitGARCH(scaled(r, e))
	if err != nil {
		return nil, err
	}
	fit.Mean = math.Ldexp(fit.Mean, e)
	fit.Omega = math.Ldexp(fit.Omega, 2*e)
	fit.SE[0] = math.Ldexp(fit.SE[0], 2*e)
	for t := range fit.Var {
		fit.Var[t] = math.Ldexp(fit.Var[t], 2*e)
	}
	fit.LogLik -= float64(len(r)*e) * math.Ln2
	return fit, nil
}

// scaled returns v times 2^-e.
func scaled(v []float64, e int) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = math.Ldexp(x, -e)
	}
	return out
}

// meanSD returns the mean and the population standard deviation of v.
func meanSD(v []float64) (m, sd float64) {
	m = mean(v)
	for _, x := range v {
		sd += (x - m) * (x - m)
	}
	return m, math.Sqrt(sd / float64(len(v)))
}

// fitGARCH is FitGARCH on returns of standard deviation near 1.
func fitGARCH(r []float64) (*GARCHFit, error) {
	m := mean(r)
	e := make([]float64, len(r))
	v0 := 0.0
	for i, v := range r {
		e[i] = v - m
		v0 += e[i] * e[i]
	}
	v0 /= float64(len(r))
	h := make([]float64, len(r))
	l := make([]float64, len(r))
	natural := func(th []float64) GARCH {
		a, b := persistenceSplit(th[1], th[2])
		return GARCH{Omega: math.Exp(th[0]), Alpha: a, Beta: b}
	}
	loglik := func(th []float64) float64 {
		garchLogLik(natural(th), e, v0, h, l)
		return sum(l)
	}
	u, v := persistenceJoin(0.05, 0.90)
	th, err := maximise(loglik, []float64{math.Log(0.05 * v0), u, v})
	if err != nil {
		return nil, fmt.Errorf("sbcorr: FitGARCH: %v", err)
	}
	g := natural(th)
	fit := &GARCHFit{GARCH: g, Mean: m, Var: make([]float64, len(r)), Std: make([]float64, len(r))}
	fit.LogLik = garchLogLik(g, e, v0, fit.Var, l)
	for i := range e {
		fit.Std[i] = e[i] / math.Sqrt(fit.Var[i])
	}
	se, err := qmlSE("FitGARCH", []float64{g.Omega, g.Alpha, g.Beta}, len(r), func(p, lt []float64) {
		garchLogLik(GARCH{p[0], p[1], p[2]}, e, v0, h, lt)
	})
	if err != nil {
		return nil, err
	}
	copy(fit.SE[:], se)
	return fit, nil
}

// garchLogLik fills h with the conditional variances (h_1 = v0) and l with
// the Gaussian log-likelihood contributions of e, and returns their sum.
func garchLogLik(g GARCH, e []float64, v0 float64, h, l []float64) float64 {
	prev, prevE2 := v0, 0.0
	for t := range e {
		ht := v0
		if t > 0 {
			ht = g.Omega + g.Alpha*prevE2 + g.Beta*prev
		}
		h[t] = ht
		l[t] = -0.5 * (math.Log(2*math.Pi) + math.Log(ht) + e[t]*e[t]/ht)
		prev, prevE2 = ht, e[t]*e[t]
	}
	return sum(l)
}

func sum(v []float64) float64 {
	s := 0.0
	for _, f := range v {
		s += f
	}
	return s
}
