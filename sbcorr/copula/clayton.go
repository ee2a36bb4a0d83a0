package copula

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Clayton is the Clayton copula with Theta > 0,
//
//	C(u, v) = (u^-Theta + v^-Theta - 1)^(-1/Theta),
//
// which has lower tail dependence 2^(-1/Theta) and Kendall's tau
// Theta / (Theta + 2). It only expresses positive dependence: use Rotated for
// negative dependence. Src is the random source of Rand.
type Clayton struct {
	Theta float64
	Src   rand.Source
}

// Validate returns an error unless 0 < Theta < inf.
func (c Clayton) Validate() error {
	if !(c.Theta > 0) || math.IsInf(c.Theta, 1) {
		return fmt.Errorf("copula: Clayton: need 0 < theta < inf, got %v", c.Theta)
	}
	return nil
}

// logSum returns log(u^-Theta + v^-Theta - 1) computed in log space.
func (c Clayton) logSum(u, v float64) float64 {
	a, b := -c.Theta*math.Log(u), -c.Theta*math.Log(v)
	m := math.Max(a, b)
	return m + math.Log(math.Exp(a-m)+math.Exp(b-m)-math.Exp(-m))
}

// CDF returns (u^-Theta + v^-Theta - 1)^(-1/Theta) (0 if u or v is 0).
func (c Clayton) CDF(u, v float64) float64 {
	mustValid("Clayton.CDF", c.Validate())
	if e, ok := cdfEdge("Clayton.CDF", u, v); ok {
		return e
	}
	return math.Exp(-c.logSum(u, v) / c.Theta)
}

// Density returns (1 + Theta) (u v)^(-Theta-1) (u^-Theta + v^-Theta - 1)^(-2-1/Theta).
func (c Clayton) Density(u, v float64) float64 {
	mustValid("Clayton.Density", c.Validate())
	mustUnit("Clayton.Density", "u", u)
	mustUnit("Clayton.Density", "v", v)
	return math.Exp(c.LogDensityTails(u, 1-u, v, 1-v))
}

// LogDensityTails returns log Density; only u and v are needed.
func (c Clayton) LogDensityTails(u, ub, v, vb float64) float64 {
	mustValid("Clayton.LogDensityTails", c.Validate())
	mustTails("Clayton.LogDensityTails", u, ub, v, vb)
	t := c.Theta
	return math.Log1p(t) - (t+1)*(math.Log(u)+math.Log(v)) - (2+1/t)*c.logSum(u, v)
}

// CondCDF returns Pr{V <= v | U = u} = u^(-Theta-1) (u^-Theta + v^-Theta - 1)^(-1/Theta-1).
func (c Clayton) CondCDF(v, u float64) float64 {
	mustValid("Clayton.CondCDF", c.Validate())
	mustUnit("Clayton.CondCDF", "u", u)
	mustUnit("Clayton.CondCDF", "v", v)
	t := c.Theta
	return math.Exp(-(t+1)*math.Log(u) - (1/t+1)*c.logSum(u, v))
}

// condQuantile inverts CondCDF: the v with Pr{V <= v | U = u} = w.
func (c Clayton) condQuantile(w, u float64) float64 {
	t := c.Theta
	return math.Pow((math.Pow(w, -t/(1+t))-1)*math.Pow(u, -t)+1, -1/t)
}

// Rand returns a draw by conditional inversion.
func (c Clayton) Rand() (u, v float64) {
	mustValid("Clayton.Rand", c.Validate())
	u = uniform(c.Src)
	return u, c.condQuantile(uniform(c.Src), u)
}

// Tau returns Kendall's tau Theta / (Theta + 2).
func (c Clayton) Tau() float64 {
	mustValid("Clayton.Tau", c.Validate())
	return c.Theta / (c.Theta + 2)
}

// ClaytonFromTau returns the Clayton copula with Kendall's tau,
// Theta = 2 tau / (1 - tau); it returns an error unless 0 < tau < 1.
func ClaytonFromTau(tau float64) (Clayton, error) {
	if err := checkTau("Clayton", tau, 0, 1); err != nil {
		return Clayton{}, err
	}
	return Clayton{Theta: 2 * tau / (1 - tau)}, nil
}
