package macro

import (
	"fmt"
	"math"
)

// Li holds the parameters of the inflation-centric model of Li (2002): the
// real rate r, the inflation rate pi and the dividend yield delta follow
// AR(1) processes
//
//	x(t+1) = xbar + vel_x (x(t) - xbar) + eps_x(t+1),  eps_x ~ N(0, sigma_x^2)
//
// with correlated shocks, and the bond is a nominal zero-coupon bond of
// duration N periods. See Portelli & Roncalli (2024), section 2.4.1 and
// appendix A.8.
//
// Velocities are the adjustment speeds varrho (decimals, allowed range
// [-1/2, 1), see Validate); volatilities and correlations are decimals.
type Li struct {
	N int // bond duration n in periods (the paper uses 10)

	VelR, VelPi, VelDelta         float64 // adjustment velocities varrho_r, varrho_pi, varrho_delta
	SigmaR, SigmaPi, SigmaDelta   float64 // shock volatilities sigma_r, sigma_pi, sigma_delta
	RhoRPi, RhoRDelta, RhoPiDelta float64 // shock correlations rho_{r,pi}, rho_{r,delta}, rho_{pi,delta}
}

// LiDefault returns the default parameters of section 2.4.1 (Tables 6, 7 and
// 10): varrho_r = 0.5, varrho_pi = 0.6, varrho_delta = 0.2, sigma_r = 1%,
// sigma_pi = 1%, sigma_delta = 5%, all shock correlations -25%, n = 10. They
// give rho_SB = 51.1%.
func LiDefault() Li {
	return Li{
		N:    10,
		VelR: 0.5, VelPi: 0.6, VelDelta: 0.2,
		SigmaR: 0.01, SigmaPi: 0.01, SigmaDelta: 0.05,
		RhoRPi: -0.25, RhoRDelta: -0.25, RhoPiDelta: -0.25,
	}
}

// LiNegativeDefault returns the default parameters of Tables 8 and 9
// (negative auto-correlation): LiDefault with varrho_r = -0.3,
// varrho_pi = -0.2 and varrho_delta = -0.2. They give rho_SB = 44.9%.
func LiNegativeDefault() Li {
	m := LiDefault()
	m.VelR, m.VelPi, m.VelDelta = -0.3, -0.2, -0.2
	return m
}

// Velocity bounds of the Li model: the paper allows positive
// auto-correlation varrho in [0, 1) and overreaction varrho in [-1/2, 0]
// (section 2.4.1); varrho = 1 (a unit root) divides by zero in the
// exposures.
const (
	MinVelocity = -0.5
	MaxVelocity = 1.0 // excluded
)

// Validate returns an error naming the first invalid parameter: N < 1, a
// velocity outside [-1/2, 1) (1 is a unit root and divides by zero), a
// negative or non-finite volatility, a correlation outside [-1, 1], or a
// shock correlation matrix that is not positive definite.
func (m Li) Validate() error {
	if m.N < 1 {
		return fmt.Errorf("macro: Li: bond duration n = %d must be >= 1", m.N)
	}
	for _, v := range [...]struct {
		name string
		x    float64
	}{{"varrho_r", m.VelR}, {"varrho_pi", m.VelPi}, {"varrho_delta", m.VelDelta}} {
		if v.x == 1 {
			return fmt.Errorf("macro: Li: %s = 1 is a unit root (division by zero in 1/(1-varrho))", v.name)
		}
		if !(v.x >= MinVelocity && v.x < MaxVelocity) {
			return fmt.Errorf("macro: Li: %s = %v outside the allowed range [-0.5, 1)", v.name, v.x)
		}
	}
	for _, v := range [...]struct {
		name string
		x    float64
	}{{"sigma_r", m.SigmaR}, {"sigma_pi", m.SigmaPi}, {"sigma_delta", m.SigmaDelta}} {
		if !(v.x >= 0) || math.IsInf(v.x, 0) {
			return fmt.Errorf("macro: Li: %s = %v must be a finite volatility >= 0", v.name, v.x)
		}
	}
	return checkCorr3("macro: Li", [3]string{"rho_r_pi", "rho_r_delta", "rho_pi_delta"},
		m.RhoRPi, m.RhoRDelta, m.RhoPiDelta)
}

// mustValid panics, naming fn, when err (a Validate) is not nil: the
// methods without an error channel refuse parameters the model rejects.
func mustValid(fn string, err error) {
	if err != nil {
		panic(fmt.Sprintf("macro: %s: invalid parameters (%v)", fn, err))
	}
}

// checkCorr3 checks that the 3x3 correlation matrix with off-diagonal
// entries a = rho_12, b = rho_13, c = rho_23 has entries in [-1, 1] and is
// positive definite (leading minors 1 - a^2 > 0 and
// det = 1 + 2abc - a^2 - b^2 - c^2 > 0).
func checkCorr3(who string, names [3]string, a, b, c float64) error {
	for i, x := range [3]float64{a, b, c} {
		if !(x >= -1 && x <= 1) {
			return fmt.Errorf("%s: %s = %v outside [-1, 1]", who, names[i], x)
		}
	}
	det := 1 + 2*a*b*c - a*a - b*b - c*c
	if !(1-a*a > 0 && det > 0) {
		return fmt.Errorf("%s: shock correlation matrix (%s, %s, %s) = (%v, %v, %v) is not positive definite (determinant %.3g)",
			who, names[0], names[1], names[2], a, b, c, det)
	}
	return nil
}

// Exposures returns the bond and stock exposure vectors to the shocks
// (eps_r, eps_pi, eps_delta), eq. (16) of appendix A.8.3:
//
//	x_B = ( -(1-vr^n)/(1-vr), -(1-vp^n)/(1-vp) vp, 0 )
//	x_S = ( -1/(1-vr),        1,                  1/(1-vd) )
//
// with vr, vp, vd the velocities. x_S(delta) = alpha_delta + 1 with
// alpha_delta = vd/(1-vd). It panics when Validate fails (a velocity of 1
// would give infinities).
func (m Li) Exposures() (xB, xS [3]float64) {
	mustValid("Li.Exposures", m.Validate())
	return m.exposures()
}

// exposures is Exposures for valid parameters.
func (m Li) exposures() (xB, xS [3]float64) {
	xB = [3]float64{
		-(1 - powN(m.VelR, m.N)) / (1 - m.VelR),
		-(1 - powN(m.VelPi, m.N)) / (1 - m.VelPi) * m.VelPi,
		0,
	}
	xS = [3]float64{-1 / (1 - m.VelR), 1, 1 / (1 - m.VelDelta)}
	return xB, xS
}

// powN returns x^n for n >= 0 by repeated squaring (exact for the small
// integer durations of the model and much faster than math.Pow).
func powN(x float64, n int) float64 {
	r := 1.0
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			r *= x
		}
		x *= x
	}
	return r
}

// ShockCov returns the covariance matrix Sigma of the shocks
// (eps_r, eps_pi, eps_delta), row-major. It panics when Validate fails.
func (m Li) ShockCov() [3][3]float64 {
	mustValid("Li.ShockCov", m.Validate())
	return m.shockCov(0)
}

// shockCov is ShockCov for valid parameters, with the volatilities
// multiplied by 2^-e (exact).
func (m Li) shockCov(e int) [3][3]float64 {
	s := [3]float64{math.Ldexp(m.SigmaR, -e), math.Ldexp(m.SigmaPi, -e), math.Ldexp(m.SigmaDelta, -e)}
	c := [3][3]float64{
		{1, m.RhoRPi, m.RhoRDelta},
		{m.RhoRPi, 1, m.RhoPiDelta},
		{m.RhoRDelta, m.RhoPiDelta, 1},
	}
	var out [3][3]float64
	for i := range 3 {
		for j := range 3 {
			out[i][j] = c[i][j] * s[i] * s[j]
		}
	}
	return out
}

// quad returns x' S y.
func quad(x [3]float64, s [3][3]float64, y [3]float64) float64 {
	var q float64
	for i := range 3 {
		for j := range 3 {
			q += x[i] * s[i][j] * y[j]
		}
	}
	return q
}

// LiMoments are the conditional second moments of the one-period bond and
// stock returns in the Li model (per period, decimals).
type LiMoments struct {
	Cov  float64 // sigma_SB = x_B' Sigma x_S, eq. (6)/(16)
	VarB float64 // sigma_B^2 = x_B' Sigma x_B, eq. (7)/(19)
	VarS float64 // sigma_S^2 = x_S' Sigma x_S, eq. (8)
	Rho  float64 // rho_SB = Cov / sqrt(VarB VarS), eq. (5)/(17)
}

// Moments returns the stock-bond covariance, the variances and the
// correlation, computed from the exposure vectors:
// sigma_SB = x_B' Sigma x_S, sigma_B^2 = x_B' Sigma x_B,
// sigma_S^2 = x_S' Sigma x_S (eq. 5 and 16-17 of Portelli & Roncalli 2024).
//
// Expanding x_B' Sigma x_S shows that the printed eq. (6) is right and the
// printed eq. (18) is not: the rho_{pi,delta} term is
// x_pi^B x_delta^S = -(1-vp^n) vp / ((1-vp)(1-vd)), with (1-varrho_pi) in
// the denominator as in eq. (6), not (1-varrho_r) as in eq. (18). Likewise
// the sigma_delta^2 coefficient of sigma_S^2 is 1/(1-vd)^2 as in eq. (8),
// not (vd/(1-vd))^2 as in eq. (20). Tables 6-10 are reproduced only with
// eq. (6) and eq. (8); see TestLiPrintedFormulas.
//
// Volatilities of any finite magnitude give the same Rho (the moments are
// computed on them scaled by a power of two). It returns an error when the
// parameters are invalid (see Validate) or a variance is zero (all
// relevant volatilities zero).
func (m Li) Moments() (LiMoments, error) {
	if err := m.Validate(); err != nil {
		return LiMoments{}, err
	}
	xB, xS := m.exposures()
	mo, _, err := m.moments(xB, xS)
	return mo, err
}

// moments computes Moments from valid parameters and their exposures, on
// the volatilities multiplied by 2^-e, e the binary exponent of the largest
// (exact): Rho is the same for volatilities of any finite magnitude. The
// moments are returned in the units of the volatilities (variances beyond
// the float64 range round to 0 or +Inf), with e.
func (m Li) moments(xB, xS [3]float64) (LiMoments, int, error) {
	_, e := math.Frexp(max(m.SigmaR, m.SigmaPi, m.SigmaDelta))
	s := m.shockCov(e)
	mo := LiMoments{Cov: quad(xB, s, xS), VarB: quad(xB, s, xB), VarS: quad(xS, s, xS)}
	if !(mo.VarB > 0) {
		return mo, e, fmt.Errorf("macro: Li: bond variance is %v (sigma_r = %v, sigma_pi = %v)", mo.VarB, m.SigmaR, m.SigmaPi)
	}
	if !(mo.VarS > 0) {
		return mo, e, fmt.Errorf("macro: Li: stock variance is %v", mo.VarS)
	}
	mo.Rho = mo.Cov / (math.Sqrt(mo.VarB) * math.Sqrt(mo.VarS))
	mo.Cov, mo.VarB, mo.VarS = math.Ldexp(mo.Cov, 2*e), math.Ldexp(mo.VarB, 2*e), math.Ldexp(mo.VarS, 2*e)
	return mo, e, nil
}

// Correlation returns the stock-bond correlation rho_SB of eq. (5); see
// Moments for the formula and the errors.
func (m Li) Correlation() (float64, error) {
	mo, err := m.Moments()
	return mo.Rho, err
}
