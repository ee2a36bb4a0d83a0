package copula

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Gumbel is the Gumbel (Gumbel-Hougaard) copula with Theta >= 1,
//
//	C(u, v) = exp(-((-ln u)^Theta + (-ln v)^Theta)^(1/Theta)),
//
// an extreme-value copula with upper tail dependence 2 - 2^(1/Theta) and
// Kendall's tau 1 - 1/Theta; Theta = 1 is independence. It only expresses
// positive dependence: use Rotated for negative dependence. Src is the
// random source of Rand.
type Gumbel struct {
	Theta float64
	Src   rand.Source
}

// Validate returns an error unless 1 <= Theta < inf.
func (c Gumbel) Validate() error {
	if !(c.Theta >= 1) || math.IsInf(c.Theta, 1) {
		return fmt.Errorf("copula: Gumbel: need 1 <= theta < inf, got %v", c.Theta)
	}
	return nil
}

// negLog returns -ln u accurately, from ub = 1 - u when u is close to 1.
func negLog(u, ub float64) float64 {
	if u > 0.5 {
		return -math.Log1p(-ub)
	}
	return -math.Log(u)
}

// parts returns ln x, ln y and ln S with x = -ln u, y = -ln v, S = x^Theta + y^Theta.
func (c Gumbel) parts(u, ub, v, vb float64) (lx, ly, ls float64) {
	lx, ly = math.Log(negLog(u, ub)), math.Log(negLog(v, vb))
	a, b := c.Theta*lx, c.Theta*ly
	m := math.Max(a, b)
	return lx, ly, m + math.Log(math.Exp(a-m)+math.Exp(b-m))
}

// CDF returns exp(-S^(1/Theta)) (exactly u or v on the boundary, where
// S involves ln 1 = 0).
func (c Gumbel) CDF(u, v float64) float64 {
	mustValid("Gumbel.CDF", c.Validate())
	if e, ok := cdfEdge("Gumbel.CDF", u, v); ok {
		return e
	}
	_, _, ls := c.parts(u, 1-u, v, 1-v)
	return math.Exp(-math.Exp(ls / c.Theta))
}

// Density returns C(u, v) (x y)^(Theta-1) S^(1/Theta-2) (S^(1/Theta) + Theta - 1) / (u v).
func (c Gumbel) Density(u, v float64) float64 {
	mustValid("Gumbel.Density", c.Validate())
	mustUnit("Gumbel.Density", "u", u)
	mustUnit("Gumbel.Density", "v", v)
	return math.Exp(c.LogDensityTails(u, 1-u, v, 1-v))
}

// LogDensityTails returns log Density, accurate in both tails.
func (c Gumbel) LogDensityTails(u, ub, v, vb float64) float64 {
	mustValid("Gumbel.LogDensityTails", c.Validate())
	mustTails("Gumbel.LogDensityTails", u, ub, v, vb)
	t := c.Theta
	lx, ly, ls := c.parts(u, ub, v, vb)
	a := math.Exp(ls / t)
	return -a + (t-1)*(lx+ly) + math.Exp(lx) + math.Exp(ly) + (1/t-2)*ls + math.Log(a+t-1)
}

// CondCDF returns Pr{V <= v | U = u} = C(u, v) x^(Theta-1) S^(1/Theta-1) / u.
func (c Gumbel) CondCDF(v, u float64) float64 {
	mustValid("Gumbel.CondCDF", c.Validate())
	mustUnit("Gumbel.CondCDF", "u", u)
	mustUnit("Gumbel.CondCDF", "v", v)
	t := c.Theta
	lx, _, ls := c.parts(u, 1-u, v, 1-v)
	return math.Exp(-math.Exp(ls/t) + (t-1)*lx + (1/t-1)*ls + math.Exp(lx))
}

// Rand returns a draw by the Marshall-Olkin algorithm: with S positive
// alpha-stable (alpha = 1/Theta, Laplace transform exp(-s^alpha), drawn by
// Kanter's representation) and E1, E2 standard exponential,
// (u, v) = (exp(-(E1/S)^alpha), exp(-(E2/S)^alpha)).
func (c Gumbel) Rand() (u, v float64) {
	mustValid("Gumbel.Rand", c.Validate())
	al := 1 / c.Theta
	s := 1.0
	if al < 1 {
		th := math.Pi * uniform(c.Src)
		w := -math.Log(uniform(c.Src))
		s = math.Sin(al*th) / math.Pow(math.Sin(th), 1/al) *
			math.Pow(math.Sin((1-al)*th)/w, (1-al)/al)
	}
	e1, e2 := -math.Log(uniform(c.Src)), -math.Log(uniform(c.Src))
	return math.Exp(-math.Pow(e1/s, al)), math.Exp(-math.Pow(e2/s, al))
}

// Tau returns Kendall's tau 1 - 1/Theta.
func (c Gumbel) Tau() float64 {
	mustValid("Gumbel.Tau", c.Validate())
	return 1 - 1/c.Theta
}

// GumbelFromTau returns the Gumbel copula with Kendall's tau,
// Theta = 1 / (1 - tau); it returns an error unless 0 <= tau < 1.
func GumbelFromTau(tau float64) (Gumbel, error) {
	if !(tau >= 0 && tau < 1) {
		return Gumbel{}, fmt.Errorf("copula: Gumbel: Kendall's tau %v outside [0, 1)", tau)
	}
	return Gumbel{Theta: 1 / (1 - tau)}, nil
}
