package copula

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"
)

// Gaussian is the normal copula with correlation Rho, |Rho| < 1: the copula
// of a bivariate normal vector,
//
//	C(u, v) = Phi2(Phi^-1(u), Phi^-1(v); Rho)
//
// (Portelli & Roncalli (2024), section 3.5.1, Figure 46). Src is the random
// source of Rand (nil: the global generator).
type Gaussian struct {
	Rho float64
	Src rand.Source
}

// Validate returns an error unless |Rho| < 1.
func (g Gaussian) Validate() error {
	if !(math.Abs(g.Rho) < 1) {
		return fmt.Errorf("copula: Gaussian: need |rho| < 1, got %v", g.Rho)
	}
	return nil
}

// CDF returns Phi2(Phi^-1(u), Phi^-1(v); Rho), computed with BVNCDF.
func (g Gaussian) CDF(u, v float64) float64 {
	mustValid("Gaussian.CDF", g.Validate())
	if e, ok := cdfEdge("Gaussian.CDF", u, v); ok {
		return e
	}
	return BVNCDF(distuv.UnitNormal.Quantile(u), distuv.UnitNormal.Quantile(v), g.Rho)
}

// Density returns c(u, v) = exp(-(r^2 (x^2 + y^2) - 2 r x y) / (2 (1 - r^2))) / sqrt(1 - r^2)
// with x = Phi^-1(u), y = Phi^-1(v).
func (g Gaussian) Density(u, v float64) float64 {
	mustValid("Gaussian.Density", g.Validate())
	mustUnit("Gaussian.Density", "u", u)
	mustUnit("Gaussian.Density", "v", v)
	return math.Exp(g.LogDensityTails(u, 1-u, v, 1-v))
}

// LogDensityTails returns log Density, taking the normal scores from the
// smaller of u and 1 - u (and of v and 1 - v) for accuracy in both tails.
func (g Gaussian) LogDensityTails(u, ub, v, vb float64) float64 {
	mustValid("Gaussian.LogDensityTails", g.Validate())
	mustTails("Gaussian.LogDensityTails", u, ub, v, vb)
	x, y := normalScore(u, ub), normalScore(v, vb)
	r := g.Rho
	return -(r*r*(x*x+y*y)-2*r*x*y)/(2*(1-r*r)) - 0.5*math.Log1p(-r*r)
}

// normalScore returns Phi^-1(u) using whichever of u, ub = 1 - u is smaller.
func normalScore(u, ub float64) float64 {
	if u <= 0.5 {
		return distuv.UnitNormal.Quantile(u)
	}
	return -distuv.UnitNormal.Quantile(ub)
}

// CondCDF returns Pr{V <= v | U = u} = Phi((y - Rho x) / sqrt(1 - Rho^2)).
func (g Gaussian) CondCDF(v, u float64) float64 {
	mustValid("Gaussian.CondCDF", g.Validate())
	mustUnit("Gaussian.CondCDF", "u", u)
	mustUnit("Gaussian.CondCDF", "v", v)
	x, y := distuv.UnitNormal.Quantile(u), distuv.UnitNormal.Quantile(v)
	return phi((y - g.Rho*x) / math.Sqrt(1-g.Rho*g.Rho))
}

// Rand returns a draw (Phi(Z1), Phi(Z2)) with (Z1, Z2) bivariate normal.
func (g Gaussian) Rand() (u, v float64) {
	mustValid("Gaussian.Rand", g.Validate())
	a, b := normal(g.Src), normal(g.Src)
	return phi(a), phi(g.Rho*a + math.Sqrt(1-g.Rho*g.Rho)*b)
}

// Tau returns Kendall's tau 2 asin(Rho) / pi.
func (g Gaussian) Tau() float64 {
	mustValid("Gaussian.Tau", g.Validate())
	return TauFromRho(g.Rho)
}

// GaussianFromTau returns the Gaussian copula with Kendall's tau, rho = sin(pi tau / 2);
// it returns an error unless -1 < tau < 1.
func GaussianFromTau(tau float64) (Gaussian, error) {
	if err := checkTau("Gaussian", tau, -1, 1); err != nil {
		return Gaussian{}, err
	}
	return Gaussian{Rho: RhoFromTau(tau)}, nil
}
