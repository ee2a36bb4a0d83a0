package copula

import "fmt"

// Rotated is the copula C rotated counterclockwise by Angle degrees (0, 90,
// 180 or 270), the usual way to let Clayton and Gumbel express negative
// dependence (the normal stock-bond case since 2000). If (U, V) has copula C,
// the rotated copula is that of
//
//	 90: (1 - U, V)      C90(u, v)  = v - C(1 - u, v)          tau = -tau_C
//	180: (1 - U, 1 - V)  C180(u, v) = u + v - 1 + C(1-u, 1-v)  tau =  tau_C
//	270: (U, 1 - V)      C270(u, v) = u - C(u, 1 - v)          tau = -tau_C
//
// so a rotated Clayton with 90 degrees has its tail dependence at (high u,
// low v) and with 270 degrees at (low u, high v): bad stock returns with
// good bond returns.
type Rotated struct {
	C     Copula
	Angle int
}

// Validate returns an error for an angle other than 0, 90, 180, 270, a nil
// base copula or an invalid one.
func (r Rotated) Validate() error {
	if r.C == nil {
		return fmt.Errorf("copula: Rotated: no base copula (C is nil)")
	}
	switch r.Angle {
	case 0, 90, 180, 270:
	default:
		return fmt.Errorf("copula: Rotated: angle %d not in {0, 90, 180, 270}", r.Angle)
	}
	return r.C.Validate()
}

// flips reports whether the rotation reflects u and v.
func (r Rotated) flips() (fu, fv bool) {
	switch r.Angle {
	case 90:
		return true, false
	case 180:
		return true, true
	case 270:
		return false, true
	}
	return false, false
}

// CDF returns the rotated C(u, v) (see the type documentation).
func (r Rotated) CDF(u, v float64) float64 {
	mustValid("Rotated.CDF", r.Validate())
	if e, ok := cdfEdge("Rotated.CDF", u, v); ok {
		return e
	}
	switch r.Angle {
	case 90:
		return v - r.C.CDF(1-u, v)
	case 180:
		return u + v - 1 + r.C.CDF(1-u, 1-v)
	case 270:
		return u - r.C.CDF(u, 1-v)
	}
	return r.C.CDF(u, v)
}

// Density returns the base density at the reflected point.
func (r Rotated) Density(u, v float64) float64 {
	mustValid("Rotated.Density", r.Validate())
	mustUnit("Rotated.Density", "u", u)
	mustUnit("Rotated.Density", "v", v)
	fu, fv := r.flips()
	if fu {
		u = 1 - u
	}
	if fv {
		v = 1 - v
	}
	return r.C.Density(u, v)
}

// LogDensityTails returns the base log density at the reflected point,
// swapping each probability and its complement.
func (r Rotated) LogDensityTails(u, ub, v, vb float64) float64 {
	mustValid("Rotated.LogDensityTails", r.Validate())
	mustTails("Rotated.LogDensityTails", u, ub, v, vb)
	fu, fv := r.flips()
	if fu {
		u, ub = ub, u
	}
	if fv {
		v, vb = vb, v
	}
	return r.C.LogDensityTails(u, ub, v, vb)
}

// CondCDF returns dC/du of the rotated copula:
// 90: h(v | 1-u); 180: 1 - h(1-v | 1-u); 270: 1 - h(1-v | u), with h the
// base CondCDF.
func (r Rotated) CondCDF(v, u float64) float64 {
	mustValid("Rotated.CondCDF", r.Validate())
	mustUnit("Rotated.CondCDF", "u", u)
	mustUnit("Rotated.CondCDF", "v", v)
	switch r.Angle {
	case 90:
		return r.C.CondCDF(v, 1-u)
	case 180:
		return 1 - r.C.CondCDF(1-v, 1-u)
	case 270:
		return 1 - r.C.CondCDF(1-v, u)
	}
	return r.C.CondCDF(v, u)
}

// Rand draws from the base copula and reflects.
func (r Rotated) Rand() (u, v float64) {
	mustValid("Rotated.Rand", r.Validate())
	u, v = r.C.Rand()
	fu, fv := r.flips()
	if fu {
		u = 1 - u
	}
	if fv {
		v = 1 - v
	}
	return u, v
}

// Tau returns Kendall's tau: the base tau, negated for 90 and 270 degrees.
func (r Rotated) Tau() float64 {
	mustValid("Rotated.Tau", r.Validate())
	if r.Angle == 90 || r.Angle == 270 {
		return -r.C.Tau()
	}
	return r.C.Tau()
}
