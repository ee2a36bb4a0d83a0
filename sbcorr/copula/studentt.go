package copula

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"
)

// StudentT is the Student-t copula with correlation Rho, |Rho| < 1, and
// 0 < Nu <= 1e6 degrees of freedom: the copula of a bivariate Student-t vector,
//
//	C(u, v) = T2(T^-1(u), T^-1(v); Rho, Nu).
//
// It has the same Kendall's tau as the Gaussian copula with the same Rho and
// symmetric tail dependence. Src is the random source of Rand.
type StudentT struct {
	Rho, Nu float64
	Src     rand.Source
}

// maxNu is the largest Nu of the Student-t copula: beyond it gonum's
// Student-t margins lose digits (their CDF at 1 is off by 6e-9 at nu = 1e8
// and below -5 at 1e15), while the copula differs from the Gaussian copula
// with the same Rho by O(1/Nu) (about 1e-8 in CDF at nu = 1e6).
const maxNu = 1e6

// Validate returns an error unless |Rho| < 1 and 0 < Nu <= 1e6 (for larger
// Nu use the Gaussian copula, the limit, which differs by O(1/Nu)).
func (c StudentT) Validate() error {
	if !(math.Abs(c.Rho) < 1) || !(c.Nu > 0 && c.Nu <= maxNu) {
		return fmt.Errorf("copula: StudentT: need |rho| < 1 and 0 < nu <= %g, got rho %v, nu %v", maxNu, c.Rho, c.Nu)
	}
	return nil
}

func (c StudentT) margin() distuv.StudentsT { return distuv.StudentsT{Mu: 0, Sigma: 1, Nu: c.Nu} }

// score returns T^-1(u) using whichever of u, ub = 1 - u is smaller.
func (c StudentT) score(u, ub float64) float64 {
	if u <= 0.5 {
		return c.margin().Quantile(u)
	}
	return -c.margin().Quantile(ub)
}

// CDF returns T2(T^-1(u), T^-1(v); Rho, Nu), computed with BVTCDF.
func (c StudentT) CDF(u, v float64) float64 {
	mustValid("StudentT.CDF", c.Validate())
	if e, ok := cdfEdge("StudentT.CDF", u, v); ok {
		return e
	}
	t := c.margin()
	return BVTCDF(t.Quantile(u), t.Quantile(v), c.Rho, c.Nu)
}

// Density returns t2(x, y; Rho, Nu) / (t(x) t(y)) with x = T^-1(u), y = T^-1(v).
func (c StudentT) Density(u, v float64) float64 {
	mustValid("StudentT.Density", c.Validate())
	mustUnit("StudentT.Density", "u", u)
	mustUnit("StudentT.Density", "v", v)
	return math.Exp(c.LogDensityTails(u, 1-u, v, 1-v))
}

// LogDensityTails returns log Density, accurate in both tails.
func (c StudentT) LogDensityTails(u, ub, v, vb float64) float64 {
	mustValid("StudentT.LogDensityTails", c.Validate())
	mustTails("StudentT.LogDensityTails", u, ub, v, vb)
	x, y := c.score(u, ub), c.score(v, vb)
	nu, r := c.Nu, c.Rho
	lg2, _ := math.Lgamma((nu + 2) / 2)
	lg1, _ := math.Lgamma((nu + 1) / 2)
	lg0, _ := math.Lgamma(nu / 2)
	q := (x*x - 2*r*x*y + y*y) / (nu * (1 - r*r))
	joint := lg2 - lg0 - math.Log(nu*math.Pi) - 0.5*math.Log1p(-r*r) - (nu+2)/2*math.Log1p(q)
	marg := func(z float64) float64 {
		return lg1 - lg0 - 0.5*math.Log(nu*math.Pi) - (nu+1)/2*math.Log1p(z*z/nu)
	}
	return joint - marg(x) - marg(y)
}

// CondCDF returns Pr{V <= v | U = u} = T_{Nu+1}((y - Rho x) / sqrt((Nu + x^2)(1 - Rho^2) / (Nu + 1))).
func (c StudentT) CondCDF(v, u float64) float64 {
	mustValid("StudentT.CondCDF", c.Validate())
	mustUnit("StudentT.CondCDF", "u", u)
	mustUnit("StudentT.CondCDF", "v", v)
	t := c.margin()
	x, y := t.Quantile(u), t.Quantile(v)
	s := math.Sqrt((c.Nu + x*x) * (1 - c.Rho*c.Rho) / (c.Nu + 1))
	return distuv.StudentsT{Mu: 0, Sigma: 1, Nu: c.Nu + 1}.CDF((y - c.Rho*x) / s)
}

// Rand returns (T(X), T(Y)) with (X, Y) = (Z1, Z2) / sqrt(W / Nu), Z
// bivariate normal with correlation Rho and W chi-squared with Nu degrees of
// freedom.
func (c StudentT) Rand() (u, v float64) {
	mustValid("StudentT.Rand", c.Validate())
	a, b := normal(c.Src), normal(c.Src)
	w := distuv.ChiSquared{K: c.Nu, Src: c.Src}.Rand()
	s := math.Sqrt(w / c.Nu)
	t := c.margin()
	return t.CDF(a / s), t.CDF((c.Rho*a + math.Sqrt(1-c.Rho*c.Rho)*b) / s)
}

// Tau returns Kendall's tau 2 asin(Rho) / pi (independent of Nu).
func (c StudentT) Tau() float64 {
	mustValid("StudentT.Tau", c.Validate())
	return TauFromRho(c.Rho)
}

// StudentTFromTau returns the Student-t copula with Nu degrees of freedom and
// Kendall's tau; it returns an error unless -1 < tau < 1 and 0 < nu <= 1e6.
func StudentTFromTau(tau, nu float64) (StudentT, error) {
	if err := checkTau("StudentT", tau, -1, 1); err != nil {
		return StudentT{}, err
	}
	c := StudentT{Rho: RhoFromTau(tau), Nu: nu}
	return c, c.Validate()
}
