package copula

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Frank is the Frank copula with Theta != 0,
//
//	C(u, v) = -log(1 + (e^(-Theta u) - 1)(e^(-Theta v) - 1) / (e^(-Theta) - 1)) / Theta,
//
// radially symmetric, without tail dependence, expressing negative
// dependence for Theta < 0. Kendall's tau is 1 - 4 (1 - D1(Theta)) / Theta
// with D1 the Debye function. Src is the random source of Rand.
type Frank struct {
	Theta float64
	Src   rand.Source
}

// Validate returns an error unless Theta is finite and non-zero.
func (c Frank) Validate() error {
	if c.Theta == 0 || math.IsNaN(c.Theta) || math.IsInf(c.Theta, 0) {
		return fmt.Errorf("copula: Frank: need finite theta != 0, got %v", c.Theta)
	}
	return nil
}

// CDF returns C(u, v), computed with expm1 and log1p.
func (c Frank) CDF(u, v float64) float64 {
	mustValid("Frank.CDF", c.Validate())
	if e, ok := cdfEdge("Frank.CDF", u, v); ok {
		return e
	}
	t := c.Theta
	return -math.Log1p(math.Expm1(-t*u)*math.Expm1(-t*v)/math.Expm1(-t)) / t
}

// Density returns -Theta d e^(-Theta(u+v)) / (d + a b)^2 with a = e^(-Theta u) - 1,
// b = e^(-Theta v) - 1 and d = e^(-Theta) - 1.
func (c Frank) Density(u, v float64) float64 {
	mustValid("Frank.Density", c.Validate())
	mustUnit("Frank.Density", "u", u)
	mustUnit("Frank.Density", "v", v)
	return math.Exp(c.LogDensityTails(u, 1-u, v, 1-v))
}

// LogDensityTails returns log Density; only u and v are needed.
func (c Frank) LogDensityTails(u, ub, v, vb float64) float64 {
	mustValid("Frank.LogDensityTails", c.Validate())
	mustTails("Frank.LogDensityTails", u, ub, v, vb)
	t := c.Theta
	a, b, d := math.Expm1(-t*u), math.Expm1(-t*v), math.Expm1(-t)
	return math.Log(-t*d) - t*(u+v) - 2*math.Log(math.Abs(d+a*b))
}

// CondCDF returns Pr{V <= v | U = u} = e^(-Theta u) b / (d + a b).
func (c Frank) CondCDF(v, u float64) float64 {
	mustValid("Frank.CondCDF", c.Validate())
	mustUnit("Frank.CondCDF", "u", u)
	mustUnit("Frank.CondCDF", "v", v)
	t := c.Theta
	a, b, d := math.Expm1(-t*u), math.Expm1(-t*v), math.Expm1(-t)
	return math.Exp(-t*u) * b / (d + a*b)
}

// Rand returns a draw by conditional inversion.
func (c Frank) Rand() (u, v float64) {
	mustValid("Frank.Rand", c.Validate())
	t := c.Theta
	u, w := uniform(c.Src), uniform(c.Src)
	a, d := math.Expm1(-t*u), math.Expm1(-t)
	b := w * d / (math.Exp(-t*u) - w*a)
	return u, -math.Log1p(b) / t
}

// Tau returns Kendall's tau 1 - 4 (1 - D1(Theta)) / Theta, with the Debye
// function D1(x) = (1/x) int_0^x t / (e^t - 1) dt computed by quadrature, and
// tau(-Theta) = -tau(Theta).
func (c Frank) Tau() float64 {
	mustValid("Frank.Tau", c.Validate())
	t := math.Abs(c.Theta)
	d1 := panels(func(s float64) float64 {
		if s == 0 {
			return 1
		}
		return s / math.Expm1(s)
	}, 0, t, 1+int(t/4), 20) / t
	return math.Copysign(1-4*(1-d1)/t, c.Theta)
}

// FrankFromTau returns the Frank copula with Kendall's tau, solving
// Tau(Theta) = tau by bisection; it returns an error unless
// 0 < |tau| < 0.99 (tau = 0 is the independence copula, a limit of Frank).
func FrankFromTau(tau float64) (Frank, error) {
	if !(math.Abs(tau) > 0 && math.Abs(tau) < 0.99) {
		return Frank{}, fmt.Errorf("copula: Frank: need 0 < |tau| < 0.99, got %v", tau)
	}
	f := func(th float64) float64 { return Frank{Theta: th}.Tau() - math.Abs(tau) }
	th, err := bisect(f, 1e-9, 1e4)
	if err != nil {
		return Frank{}, fmt.Errorf("copula: FrankFromTau: tau %v: %v", tau, err)
	}
	return Frank{Theta: math.Copysign(th, tau)}, nil
}
