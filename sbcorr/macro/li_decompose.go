package macro

import "math"

// LiDecomposition splits the stock-bond covariance of the Li model into
// economic components, section 2.4.1 of Portelli & Roncalli (2024).
//
// Three-term decomposition sigma_SB = Rates + Inflation + InflationDividend:
//
//	Rates             = sigma_SB(sigma_r)          = x_r^B x_r^S sigma_r^2
//	                    + (x_r^B + x_pi^B x_r^S) rho_{r,pi} sigma_r sigma_pi
//	                    + x_r^B x_delta^S rho_{r,delta} sigma_r sigma_delta
//	Inflation         = sigma_SB(sigma_pi)         = x_pi^B sigma_pi^2   (<= 0)
//	InflationDividend = sigma_SB(rho_pd, sigma_pi) = x_pi^B x_delta^S rho_{pi,delta} sigma_pi sigma_delta
//
// The printed formula for sigma_SB(sigma_r) has (1-vr^n) vp where the
// covariance eq. (6) has (1-vp^n) vp in the rho_{r,pi} coefficient; only the
// latter makes the three terms add up to sigma_SB, so it is used here.
//
// Two-term decomposition sigma_SB = RatesTwo + InflationTwo:
//
//	RatesTwo     = sigma'_SB(sigma_r)  = x_r^B x_r^S sigma_r^2 + x_r^B x_delta^S rho_{r,delta} sigma_r sigma_delta
//	InflationTwo = sigma'_SB(sigma_pi) = everything else (the sigma_pi^2,
//	               rho_{r,pi} and rho_{pi,delta} terms)
//
// All fields are covariances (per period, decimals); Corr divides them by
// sigma_B sigma_S so that they add up to rho_SB, as in Table 11.
type LiDecomposition struct {
	Rates, Inflation, InflationDividend float64
	RatesTwo, InflationTwo              float64
	Moments                             LiMoments
}

// Decompose returns the three-term and two-term decompositions of the
// stock-bond covariance; it returns the errors of Moments.
func (m Li) Decompose() (LiDecomposition, error) {
	if err := m.Validate(); err != nil {
		return LiDecomposition{}, err
	}
	xB, xS := m.exposures()
	mo, e, err := m.moments(xB, xS)
	if err != nil {
		return LiDecomposition{}, err
	}
	// On the volatilities times 2^-e (see moments), back in their units.
	sr, sp, sd := math.Ldexp(m.SigmaR, -e), math.Ldexp(m.SigmaPi, -e), math.Ldexp(m.SigmaDelta, -e)
	rr := xB[0] * xS[0] * sr * sr
	rpi := (xB[0]*xS[1] + xB[1]*xS[0]) * m.RhoRPi * sr * sp
	rd := xB[0] * xS[2] * m.RhoRDelta * sr * sd
	pp := xB[1] * xS[1] * sp * sp
	pd := xB[1] * xS[2] * m.RhoPiDelta * sp * sd
	u := func(v float64) float64 { return math.Ldexp(v, 2*e) }
	return LiDecomposition{
		Rates: u(rr + rpi + rd), Inflation: u(pp), InflationDividend: u(pd),
		RatesTwo: u(rr + rd), InflationTwo: u(pp + rpi + pd),
		Moments: mo,
	}, nil
}

// Corr returns the decomposition in correlation units: every field divided
// by sigma_B sigma_S, so that Rates + Inflation + InflationDividend =
// RatesTwo + InflationTwo = rho_SB (Moments is unchanged). Every field is
// NaN or infinite when a variance is 0 (a decomposition not made by
// Decompose).
func (d LiDecomposition) Corr() LiDecomposition {
	k := 1 / (math.Sqrt(d.Moments.VarB) * math.Sqrt(d.Moments.VarS))
	return LiDecomposition{
		Rates: d.Rates * k, Inflation: d.Inflation * k, InflationDividend: d.InflationDividend * k,
		RatesTwo: d.RatesTwo * k, InflationTwo: d.InflationTwo * k,
		Moments: d.Moments,
	}
}
