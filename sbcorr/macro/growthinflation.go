package macro

import (
	"fmt"
	"math"
)

// GrowthInflation is the two-factor model of Brixton et al. (2023) for the
// return innovations of stocks and bonds:
//
//	R_S - E[R_S] = beta_Sg eps_g + beta_Spi eps_pi
//	R_B - E[R_B] = beta_Bg eps_g + beta_Bpi eps_pi
//
// with growth and inflation shocks eps_g ~ N(0, sigma_g^2),
// eps_pi ~ N(0, sigma_pi^2) of correlation rho_{g,pi}. The correlation
// depends on the volatilities only through the growth-inflation risk ratio
// Phi = sigma_g / sigma_pi. See Portelli & Roncalli (2024), section 2.4.3
// and appendix A.9. Theory expects beta_Sg >= 0 and the three other betas
// <= 0.
type GrowthInflation struct {
	BetaSG, BetaSPi, BetaBG, BetaBPi float64 // factor sensitivities
	Phi                              float64 // varphi_{g,pi} = sigma_g / sigma_pi >= 0
	RhoGPi                           float64 // rho_{g,pi}, decimal in [-1, 1]
}

// GrowthInflationStandard returns the standard parameters of Figure 66:
// beta_Sg = 1, beta_Spi = beta_Bg = beta_Bpi = -1, varphi = 2 and
// rho_{g,pi} = 0.
func GrowthInflationStandard() GrowthInflation {
	return GrowthInflation{BetaSG: 1, BetaSPi: -1, BetaBG: -1, BetaBPi: -1, Phi: 2}
}

// GIParam names one parameter of the growth-inflation model.
type GIParam int

// The parameters of the growth-inflation model.
const (
	BetaSG GIParam = iota
	BetaSPi
	BetaBG
	BetaBPi
	Phi
	RhoGPi
)

var giParamNames = [...]string{"beta_S_g", "beta_S_pi", "beta_B_g", "beta_B_pi", "varphi", "rho_g_pi"}

// String returns the paper's name of the parameter, e.g. "beta_S_g".
func (p GIParam) String() string { return paramName(giParamNames[:], "GIParam", int(p)) }

// With returns a copy of m with parameter p set to v; it panics on an
// unknown parameter.
func (m GrowthInflation) With(p GIParam, v float64) GrowthInflation {
	f := [...]*float64{&m.BetaSG, &m.BetaSPi, &m.BetaBG, &m.BetaBPi, &m.Phi, &m.RhoGPi}
	if p < 0 || int(p) >= len(f) {
		panic(fmt.Sprintf("macro: GrowthInflation.With: unknown parameter %d", int(p)))
	}
	*f[p] = v
	return m
}

// Validate returns an error for a non-finite beta, a negative or non-finite
// ratio Phi, or |rho_{g,pi}| > 1.
func (m GrowthInflation) Validate() error {
	for i, b := range [4]float64{m.BetaSG, m.BetaSPi, m.BetaBG, m.BetaBPi} {
		if math.IsNaN(b) || math.IsInf(b, 0) {
			return fmt.Errorf("macro: GrowthInflation: %s = %v is not finite", GIParam(i), b)
		}
	}
	if !(m.Phi >= 0) || math.IsInf(m.Phi, 0) {
		return fmt.Errorf("macro: GrowthInflation: varphi = %v must be a finite ratio >= 0", m.Phi)
	}
	if !(m.RhoGPi >= -1 && m.RhoGPi <= 1) {
		return fmt.Errorf("macro: GrowthInflation: rho_g_pi = %v outside [-1, 1]", m.RhoGPi)
	}
	return nil
}

// GIMoments are the second moments of the growth-inflation model for a
// given inflation volatility sigma_pi (sigma_g = Phi sigma_pi), and the
// three components of the covariance.
type GIMoments struct {
	Cov, VarS, VarB, Rho float64
	// Growth = beta_g sigma_g^2 with beta_g = beta_Sg beta_Bg (growth risk),
	// Inflation = beta_pi sigma_pi^2 with beta_pi = beta_Spi beta_Bpi
	// (inflation risk), Cross = beta_{g,pi} rho_{g,pi} sigma_g sigma_pi with
	// beta_{g,pi} = beta_Sg beta_Bpi + beta_Spi beta_Bg; Cov is their sum.
	Growth, Inflation, Cross float64
}

// Moments returns the stock-bond covariance, the variances, the correlation
// and the covariance components of appendix A.9 for the inflation
// volatility sigmaPi (decimal, per period):
//
//	sigma_SB  = beta_Sg beta_Bg sigma_g^2 + beta_Spi beta_Bpi sigma_pi^2
//	            + (beta_Sg beta_Bpi + beta_Spi beta_Bg) rho sigma_g sigma_pi
//	sigma_S^2 = beta_Sg^2 sigma_g^2 + beta_Spi^2 sigma_pi^2 + 2 beta_Sg beta_Spi rho sigma_g sigma_pi
//	sigma_B^2 = beta_Bg^2 sigma_g^2 + beta_Bpi^2 sigma_pi^2 + 2 beta_Bg beta_Bpi rho sigma_g sigma_pi
//
// with sigma_g = Phi sigma_pi. Rho does not depend on sigmaPi. It returns
// an error for invalid parameters, sigmaPi <= 0, or a zero variance.
func (m GrowthInflation) Moments(sigmaPi float64) (GIMoments, error) {
	if err := m.Validate(); err != nil {
		return GIMoments{}, err
	}
	if !(sigmaPi > 0) || math.IsInf(sigmaPi, 0) {
		return GIMoments{}, fmt.Errorf("macro: GrowthInflation: sigma_pi = %v must be > 0", sigmaPi)
	}
	sg, sp, r := m.Phi*sigmaPi, sigmaPi, m.RhoGPi
	var mo GIMoments
	mo.Growth = m.BetaSG * m.BetaBG * sg * sg
	mo.Inflation = m.BetaSPi * m.BetaBPi * sp * sp
	mo.Cross = (m.BetaSG*m.BetaBPi + m.BetaSPi*m.BetaBG) * r * sg * sp
	mo.Cov = mo.Growth + mo.Inflation + mo.Cross
	mo.VarS = m.BetaSG*m.BetaSG*sg*sg + m.BetaSPi*m.BetaSPi*sp*sp + 2*m.BetaSG*m.BetaSPi*r*sg*sp
	mo.VarB = m.BetaBG*m.BetaBG*sg*sg + m.BetaBPi*m.BetaBPi*sp*sp + 2*m.BetaBG*m.BetaBPi*r*sg*sp
	if !(mo.VarS > 0) || !(mo.VarB > 0) {
		return mo, fmt.Errorf("macro: GrowthInflation: zero variance (stock %v, bond %v) for %+v", mo.VarS, mo.VarB, m)
	}
	mo.Rho = mo.Cov / (math.Sqrt(mo.VarS) * math.Sqrt(mo.VarB))
	return mo, nil
}

// Correlation returns rho_SB, which depends only on the betas, Phi and
// rho_{g,pi} (appendix A.9); see Moments for the errors.
func (m GrowthInflation) Correlation() (float64, error) {
	mo, err := m.Moments(1)
	return mo.Rho, err
}

// Threshold returns beta*_Sg = |beta_Spi beta_Bg / beta_Bpi|, section
// 2.4.3: when beta_Spi, beta_Bg, beta_Bpi <= 0, beta_{g,pi} >= 0 if and only
// if beta_Sg <= beta*_Sg. It returns an error for invalid parameters and
// when beta_Bpi = 0.
func (m GrowthInflation) Threshold() (float64, error) {
	if err := m.Validate(); err != nil {
		return 0, err
	}
	if m.BetaBPi == 0 {
		return 0, fmt.Errorf("macro: GrowthInflation: threshold undefined for beta_B_pi = 0")
	}
	return math.Abs(m.BetaSPi * m.BetaBG / m.BetaBPi), nil
}

// Curve returns rho_SB as parameter p takes each value of xs, the other
// parameters held at m (the curves of Figures 66-69). The error names the
// first invalid value.
func (m GrowthInflation) Curve(p GIParam, xs []float64) ([]float64, error) {
	return sweep("GrowthInflation.Curve", p, xs, func(x float64) (float64, error) { return m.With(p, x).Correlation() })
}

// Sign is -1, 0 or +1.
type Sign int

func sign(x float64) Sign {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

// Signs returns the signs of the three covariance components: growth risk
// beta_g, inflation risk beta_pi and the growth-inflation term
// beta_{g,pi} rho_{g,pi} (the sign table of section 2.4.3).
// It panics when Validate fails.
func (m GrowthInflation) Signs() (growth, inflation, cross Sign) {
	mustValid("GrowthInflation.Signs", m.Validate())
	bg := m.BetaSG * m.BetaBG
	bp := m.BetaSPi * m.BetaBPi
	bgp := m.BetaSG*m.BetaBPi + m.BetaSPi*m.BetaBG
	return sign(bg), sign(bp), sign(bgp * m.RhoGPi)
}
