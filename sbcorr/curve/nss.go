package curve

import (
	"fmt"
	"math"
)

// NelsonSiegel is the Nelson and Siegel (1987) zero curve
//
//	z(t) = B0 + B1 L1(t/Tau) + B2 L2(t/Tau),
//	L1(x) = (1 - e^-x)/x,  L2(x) = L1(x) - e^-x,
//
// with continuously compounded zero rates (decimals) and Tau > 0 in years.
// B0 is the long rate, B0+B1 the instantaneous short rate.
type NelsonSiegel struct {
	B0, B1, B2 float64
	Tau        float64
}

// Rate returns the zero rate z(t); z(0) is the limit B0 + B1, z(+Inf) the
// limit B0, z(NaN) NaN. It panics when t < 0 or Tau is not positive.
func (p NelsonSiegel) Rate(t float64) float64 {
	checkRate("NelsonSiegel.Rate", t, p.Tau, 1)
	l1, l2 := loadings(t / p.Tau)
	return p.B0 + p.B1*l1 + p.B2*l2
}

// Svensson is the Nelson-Siegel-Svensson zero curve (Svensson 1994; the
// form used by Gurkaynak, Sack and Wright 2007 for the Fed's zero curve)
//
//	z(t) = B0 + B1 L1(t/Tau1) + B2 L2(t/Tau1) + B3 L2(t/Tau2),
//
// with L1, L2 as in NelsonSiegel, continuously compounded zero rates
// (decimals) and Tau1, Tau2 > 0 in years. The second hump B3 is identified
// only when Tau2 differs from Tau1; the fitters keep Tau2 >= MinTauRatio*Tau1.
type Svensson struct {
	B0, B1, B2, B3 float64
	Tau1, Tau2     float64
}

// Rate returns the zero rate z(t); z(0) is the limit B0 + B1, z(+Inf) the
// limit B0, z(NaN) NaN. It panics when t < 0 or a tau is not positive.
func (p Svensson) Rate(t float64) float64 {
	checkRate("Svensson.Rate", t, p.Tau1, p.Tau2)
	l1, l2 := loadings(t / p.Tau1)
	_, l3 := loadings(t / p.Tau2)
	return p.B0 + p.B1*l1 + p.B2*l2 + p.B3*l3
}

// loadings returns L1(x) = (1-e^-x)/x and L2(x) = L1(x) - e^-x, with their
// limits 1 and 0 at x = 0 (series for small x avoids cancellation). One
// expm1 gives both: e^-x = 1 + expm1(-x) to an absolute 1e-16 (the fitters
// evaluate loadings thousands of times per curve).
func loadings(x float64) (l1, l2 float64) {
	if x < 1e-6 {
		return 1 - x/2, x / 2
	}
	em1 := math.Expm1(-x)
	l1 = -em1 / x
	return l1, l1 - (1 + em1)
}

// checkRate panics, naming fn, when the maturity t is negative or a tau is
// not positive (NaN included).
func checkRate(fn string, t, tau1, tau2 float64) {
	if t < 0 || !(tau1 > 0) || !(tau2 > 0) {
		panic(fmt.Sprintf("curve: %s: maturity %v must not be negative, taus (%v, %v) must be positive", fn, t, tau1, tau2))
	}
}
