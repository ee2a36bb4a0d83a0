package copula

import (
	"fmt"
	"math"
)

// Independence is the product copula C(u, v) = u v (no dependence).
type Independence struct{}

// Validate always returns nil.
func (Independence) Validate() error { return nil }

// CDF returns u v.
func (Independence) CDF(u, v float64) float64 {
	cdfEdge("Independence.CDF", u, v)
	return u * v
}

// Density returns 1.
func (Independence) Density(u, v float64) float64 {
	mustUnit("Independence.Density", "u", u)
	mustUnit("Independence.Density", "v", v)
	return 1
}

// LogDensityTails returns 0.
func (Independence) LogDensityTails(u, ub, v, vb float64) float64 {
	mustTails("Independence.LogDensityTails", u, ub, v, vb)
	return 0
}

// CondCDF returns v.
func (Independence) CondCDF(v, u float64) float64 {
	mustUnit("Independence.CondCDF", "u", u)
	mustUnit("Independence.CondCDF", "v", v)
	return v
}

// Rand returns two independent uniforms from the global generator.
func (Independence) Rand() (u, v float64) { return uniform(nil), uniform(nil) }

// Tau returns 0.
func (Independence) Tau() float64 { return 0 }

// Family names a copula family for Calibrate.
type Family string

// The families of Calibrate.
const (
	FamilyGaussian Family = "Gaussian"
	FamilyStudentT Family = "Student-t"
	FamilyClayton  Family = "Clayton"
	FamilyFrank    Family = "Frank"
	FamilyGumbel   Family = "Gumbel"
)

// Calibrate returns the copula of family f with the same Kendall's tau as
// the Gaussian copula with correlation rho, tau = 2 asin(rho) / pi: the
// copulas of Figures 61-62 "calibrated to have the same correlation"
// (Portelli & Roncalli (2024), footnote 8; the paper does not say which
// correlation is matched, we match Kendall's tau, which is invariant to the
// margins). nu is the Student-t degrees of freedom (ignored otherwise). When
// rho < 0, Clayton and Gumbel are rotated by negAngle (90 or 270, see
// Rotated); rho = 0 returns Independence. It returns an error for |rho| >= 1,
// a bad angle or family, or a parameter out of range.
func Calibrate(f Family, rho, nu float64, negAngle int) (Copula, error) {
	if !(math.Abs(rho) < 1) {
		return nil, fmt.Errorf("copula: Calibrate: need |rho| < 1, got %v", rho)
	}
	if rho == 0 {
		return Independence{}, nil
	}
	tau := TauFromRho(rho)
	rotate := func(c Copula, err error) (Copula, error) {
		if err != nil || tau > 0 {
			return c, err
		}
		if negAngle != 90 && negAngle != 270 {
			return nil, fmt.Errorf("copula: Calibrate: negative dependence needs angle 90 or 270, got %d", negAngle)
		}
		return Rotated{C: c, Angle: negAngle}, nil
	}
	switch f {
	case FamilyGaussian:
		return Gaussian{Rho: rho}, nil
	case FamilyStudentT:
		c := StudentT{Rho: rho, Nu: nu}
		return c, c.Validate()
	case FamilyFrank:
		return FrankFromTau(tau)
	case FamilyClayton:
		return rotate(ClaytonFromTau(math.Abs(tau)))
	case FamilyGumbel:
		return rotate(GumbelFromTau(math.Abs(tau)))
	}
	return nil, fmt.Errorf("copula: Calibrate: unknown family %q", f)
}
