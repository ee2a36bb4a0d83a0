package copula

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Copula is the behaviour shared by every bivariate copula of this package.
//
// Every method panics with "copula: Family.Method: ..." when Validate
// fails or a probability argument is outside [0, 1] (NaN included); CDF is
// exact on the boundary of the unit square (C(u, 0) = C(0, v) = 0,
// C(u, 1) = u, C(1, v) = v).
type Copula interface {
	// CDF returns C(u, v) = Pr{U <= u, V <= v}.
	CDF(u, v float64) float64
	// Density returns c(u, v) = d^2 C / du dv.
	Density(u, v float64) float64
	// LogDensityTails returns log c(u, v) given the probabilities and their
	// complements ub = 1 - u, vb = 1 - v, computed by the caller to full
	// relative precision; it stays accurate when u or v is within 1e-16 of 1.
	LogDensityTails(u, ub, v, vb float64) float64
	// CondCDF returns Pr{V <= v | U = u} = dC/du (u, v).
	CondCDF(v, u float64) float64
	// Rand returns a draw (u, v) from the copula.
	Rand() (u, v float64)
	// Tau returns Kendall's tau.
	Tau() float64
	// Validate returns an error when a parameter is out of range.
	Validate() error
}

// uniform returns a draw in (0, 1) from src, or from the global generator
// when src is nil, as gonum's distuv does.
func uniform(src rand.Source) float64 {
	for {
		var u float64
		if src == nil {
			u = rand.Float64()
		} else {
			u = rand.New(src).Float64()
		}
		if u > 0 {
			return u
		}
	}
}

// normal returns a standard normal draw from src (global generator if nil).
func normal(src rand.Source) float64 {
	if src == nil {
		return rand.NormFloat64()
	}
	return rand.New(src).NormFloat64()
}

// Programmer errors of the copula methods (DEVELOPERS.md, "The error
// rule"): a copula whose parameters fail Validate, or a probability outside
// [0, 1] (NaN included), panics with "copula: Family.Method: ...". The
// parameters of a copula built from data come from the constructors
// (GaussianFromTau, ..., Calibrate), which return Validate's error instead.

// mustValid panics, naming fn ("Gumbel.CDF"), when err (the copula's
// Validate) is not nil.
func mustValid(fn string, err error) {
	if err != nil {
		panic(fmt.Sprintf("copula: %s: invalid parameters (%v)", fn, err))
	}
}

// mustUnit panics, naming fn and the argument, unless p is in [0, 1].
func mustUnit(fn, name string, p float64) {
	if !(p >= 0 && p <= 1) {
		panic(fmt.Sprintf("copula: %s: %s = %v outside [0, 1]", fn, name, p))
	}
}

// cdfEdge checks the arguments of a CDF (fn names it) and returns the
// boundary values every copula shares, C(u, 0) = C(0, v) = 0, C(u, 1) = u
// and C(1, v) = v, with ok = true when (u, v) is on the boundary.
func cdfEdge(fn string, u, v float64) (c float64, ok bool) {
	mustUnit(fn, "u", u)
	mustUnit(fn, "v", v)
	switch {
	case u == 0 || v == 0:
		return 0, true
	case u == 1:
		return v, true
	case v == 1:
		return u, true
	}
	return 0, false
}

// mustTails checks the arguments of LogDensityTails: the probabilities and
// their complements must be in [0, 1].
func mustTails(fn string, u, ub, v, vb float64) {
	mustUnit(fn, "u", u)
	mustUnit(fn, "ub", ub)
	mustUnit(fn, "v", v)
	mustUnit(fn, "vb", vb)
}

// checkTau returns an error unless tau is in the open interval (lo, hi).
func checkTau(name string, tau, lo, hi float64) error {
	if !(tau > lo && tau < hi) {
		return fmt.Errorf("copula: %s: Kendall's tau %v outside (%v, %v)", name, tau, lo, hi)
	}
	return nil
}

// TauFromRho returns Kendall's tau of the Gaussian (and Student-t) copula
// with correlation rho: tau = 2 asin(rho) / pi. It is NaN when rho is NaN
// or |rho| > 1.
func TauFromRho(rho float64) float64 { return 2 * math.Asin(rho) / math.Pi }

// RhoFromTau inverts TauFromRho: rho = sin(pi tau / 2). It is NaN when tau
// is NaN or |tau| > 1 (no copula has such a tau; the sine would fold it
// back into [-1, 1]).
func RhoFromTau(tau float64) float64 {
	if !(math.Abs(tau) <= 1) {
		return math.NaN()
	}
	return math.Sin(math.Pi * tau / 2)
}
