package payoff

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Margin is the marginal distribution of a return R with (R - Mu) / Sigma
// standard normal (Nu = 0) or standard Student-t with Nu degrees of freedom
// (Nu > 0), as in Portelli & Roncalli (2024), section 2.2.2:
// sigma_S^-1 (R_S - mu_S) ~ t_nu_S. Sigma is a scale, not the standard
// deviation, for the Student-t case.
type Margin struct {
	Mu, Sigma, Nu float64
}

// Validate returns an error unless Sigma > 0, Nu >= 0 and all are finite.
func (m Margin) Validate() error {
	if !(m.Sigma > 0) || !(m.Nu >= 0) || math.IsInf(m.Sigma, 0) || math.IsInf(m.Nu, 0) || math.IsNaN(m.Mu) || math.IsInf(m.Mu, 0) {
		return fmt.Errorf("payoff: Margin: need finite Mu, Sigma > 0 and Nu >= 0, got %+v", m)
	}
	return nil
}

// std returns the standardised distribution's CDF and quantile.
func (m Margin) std() (cdf, quantile func(float64) float64) {
	if m.Nu == 0 {
		return distuv.UnitNormal.CDF, distuv.UnitNormal.Quantile
	}
	t := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: m.Nu}
	return t.CDF, t.Quantile
}

// Probs returns F(x) and 1 - F(x), each computed from its own tail so that
// both keep full relative precision; both are NaN when x is NaN. It panics
// when the margin is invalid (Validate).
func (m Margin) Probs(x float64) (p, pb float64) {
	mustValid("Margin.Probs", m.Validate())
	cdf, _ := m.std()
	z := (x - m.Mu) / m.Sigma
	return cdf(z), cdf(-z)
}

// QuantileTails returns F^-1(p) given p and pb = 1 - p, using the smaller of
// the two for accuracy in the upper tail. It panics when the margin is
// invalid or p or pb is outside [0, 1] (NaN included).
func (m Margin) QuantileTails(p, pb float64) float64 {
	mustValid("Margin.QuantileTails", m.Validate())
	if !(p >= 0 && p <= 1 && pb >= 0 && pb <= 1) {
		panic(fmt.Sprintf("payoff: Margin.QuantileTails: p = %v, pb = %v outside [0, 1]", p, pb))
	}
	if p <= 0.5 {
		return m.Mu + m.Sigma*m.stdQuantile(p)
	}
	return m.Mu - m.Sigma*m.stdQuantile(pb)
}

// stdQuantile returns the standardised quantile at p <= 0.5. Where gonum's
// Student-t quantile underflows (p below about 1e-200 for small Nu) it uses
// the tail expansion F(x) = c nu^((nu-1)/2) |x|^-nu (1 + O(x^-2)), with
// c = Gamma((nu+1)/2) / (sqrt(nu pi) Gamma(nu/2)), exact to double precision
// at such |x|.
func (m Margin) stdQuantile(p float64) float64 {
	_, q := m.std()
	x := q(p)
	if !math.IsInf(x, -1) || p <= 0 || m.Nu == 0 {
		return x
	}
	nu := m.Nu
	lg1, _ := math.Lgamma((nu + 1) / 2)
	lg0, _ := math.Lgamma(nu / 2)
	logc := lg1 - lg0 - 0.5*math.Log(nu*math.Pi)
	return -math.Exp((logc + (nu-1)/2*math.Log(nu) - math.Log(p)) / nu)
}
