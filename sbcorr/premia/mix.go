package premia

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Mix is the two-asset market of a stock-bond constant-mix portfolio:
// equity weight XS (the bond weight is 1 - XS), equity and bond volatilities,
// their correlation and the Sharpe ratio of the portfolio, all as decimals.
// See Portelli & Roncalli (2024), section 2.1.4.
type Mix struct {
	XS, VolS, VolB, Corr, SR float64
}

// Premium is an implied risk premium split into its variance part (always
// >= 0) and its covariance part (the sign of the correlation), as decimals
// (0.01 is 100 bps). See Portelli & Roncalli (2024), section 2.1.4.
type Premium struct {
	Variance, Covariance float64
}

// Total returns Variance + Covariance.
func (p Premium) Total() float64 { return p.Variance + p.Covariance }

// Check returns an error naming the failed condition when a volatility is
// negative, |Corr| > 1, SR <= 0, a value is NaN or infinite, or the
// portfolio volatility is zero or its variance beyond the float64 range.
// Any XS is accepted (1 - XS is the bond weight).
func (p Mix) Check() error {
	if err := p.check(); err != nil {
		return fmt.Errorf("premia: Mix.Check: %w", err)
	}
	return nil
}

// check is Check without the prefix, for the methods that wrap it with
// their own name.
func (p Mix) check() error {
	for _, v := range []struct {
		name string
		v    float64
	}{{"x_S", p.XS}, {"sigma_S", p.VolS}, {"sigma_B", p.VolB}, {"rho", p.Corr}, {"SR", p.SR}} {
		if math.IsNaN(v.v) || math.IsInf(v.v, 0) {
			return fmt.Errorf("%s is %v", v.name, v.v)
		}
	}
	switch {
	case p.VolS < 0:
		return fmt.Errorf("negative volatility sigma_S = %v", p.VolS)
	case p.VolB < 0:
		return fmt.Errorf("negative volatility sigma_B = %v", p.VolB)
	case math.Abs(p.Corr) > 1:
		return fmt.Errorf("|rho| = %v > 1", math.Abs(p.Corr))
	case p.SR <= 0:
		return fmt.Errorf("Sharpe ratio must be > 0, got %v", p.SR)
	case math.IsNaN(p.Volatility()) || math.IsInf(p.Volatility(), 0):
		return fmt.Errorf("the portfolio variance overflows the float64 range (sigma_S = %v, sigma_B = %v)", p.VolS, p.VolB)
	case !(p.Volatility() > 0):
		return fmt.Errorf("the portfolio has zero volatility")
	}
	return nil
}

// Volatility returns sigma(x) = sqrt(x_S^2 sigma_S^2 + x_B^2 sigma_B^2 +
// 2 rho x_S x_B sigma_S sigma_B), with x_B = 1 - x_S.
func (p Mix) Volatility() float64 {
	xb := 1 - p.XS
	v := p.XS*p.XS*p.VolS*p.VolS + xb*xb*p.VolB*p.VolB + 2*p.Corr*p.XS*xb*p.VolS*p.VolB
	return math.Sqrt(math.Max(v, 0))
}

// Premia returns the implied equity and bond risk premia with their variance
// and covariance parts:
//
//	pi_S = SR/sigma(x) (x_S sigma_S^2 + x_B rho sigma_S sigma_B)
//	pi_B = SR/sigma(x) (x_B sigma_B^2 + x_S rho sigma_S sigma_B)
//
// See Portelli & Roncalli (2024), section 2.1.4 and eq. (9)-(10). It returns
// an error when Check fails.
func (p Mix) Premia() (equity, bond Premium, err error) {
	if err := p.check(); err != nil {
		return Premium{}, Premium{}, fmt.Errorf("premia: Mix.Premia: %w", err)
	}
	k := p.SR / p.Volatility()
	xb := 1 - p.XS
	cov := p.Corr * p.VolS * p.VolB
	equity = Premium{Variance: k * p.XS * p.VolS * p.VolS, Covariance: k * xb * cov}
	bond = Premium{Variance: k * xb * p.VolB * p.VolB, Covariance: k * p.XS * cov}
	return equity, bond, nil
}

// DBondPremiumDVolB returns the derivative of the bond premium with respect
// to the bond volatility:
//
//	d pi_B / d sigma_B = SR/sigma^3(x) (x_S^2 x_B (2 + rho^2) sigma_S^2 sigma_B + x_B^3 sigma_B^3
//	                     + rho (x_S^3 sigma_S^3 + 3 x_S x_B^2 sigma_S sigma_B^2))
//
// See Portelli & Roncalli (2024), section 2.1.4 and appendix A.3. It returns
// an error when Check fails.
func (p Mix) DBondPremiumDVolB() (float64, error) {
	if err := p.check(); err != nil {
		return 0, fmt.Errorf("premia: Mix.DBondPremiumDVolB: %w", err)
	}
	xs, xb, ss, sb, r := p.XS, 1-p.XS, p.VolS, p.VolB, p.Corr
	v := p.Volatility()
	pos := xs*xs*xb*(2+r*r)*ss*ss*sb + xb*xb*xb*sb*sb*sb
	neg := xs*xs*xs*ss*ss*ss + 3*xs*xb*xb*ss*sb*sb
	return p.SR / (v * v * v) * (pos + r*neg), nil
}

// ImpliedCorr returns the stock-bond correlation for which the implied bond
// premium equals target (a decimal: 0.01 is 100 bps), the other parameters
// unchanged; p.Corr is only the starting point of the quadratic of appendix
// A.2. See Portelli & Roncalli (2024), section 3.2.1 and Figure 30. It
// returns an error when Check fails or no valid root exists.
func (p Mix) ImpliedCorr(target float64) (float64, error) {
	m, err := p.market()
	if err != nil {
		return math.NaN(), fmt.Errorf("premia: Mix.ImpliedCorr: %w", err)
	}
	res, err := m.ImpliedCorr(1, 0, target)
	if err != nil {
		return math.NaN(), err
	}
	return res.Corr, nil
}

// market returns the two-asset Market (equity first, bond second).
func (p Mix) market() (*Market, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	corr := mat.NewSymDense(2, []float64{1, p.Corr, p.Corr, 1})
	return NewMarket([]float64{p.XS, 1 - p.XS}, []float64{p.VolS, p.VolB}, corr, p.SR)
}

// BreakEvenCorr returns the stock-bond correlation below which the implied
// bond premium of a portfolio with equity weight x_S (bond weight
// x_B = 1 - x_S) is negative, so bonds are hedging assets:
//
//	pi_B <= 0  <=>  rho <= rho* = -(x_B / x_S) sigma_B / sigma_S
//
// See Portelli & Roncalli (2024), section 2.1.4 (Figure 2: -17.78% for a
// 60/40 mix, x_S = 0.60, with sigma_S = 15% and sigma_B = 4%) and Figure 31.
// Like every function of this package it takes the EQUITY weight. It
// returns an error naming the failed condition when x_S is NaN or not in
// (0, 1], a volatility is NaN, infinite or negative, or sigma_S = 0. rho*
// may be below -1 (then no correlation makes bonds a hedge).
func BreakEvenCorr(xS, volS, volB float64) (float64, error) {
	switch {
	case !(xS > 0 && xS <= 1):
		return math.NaN(), fmt.Errorf("premia: BreakEvenCorr: equity weight x_S = %v not in (0, 1]", xS)
	case !(volS > 0) || math.IsInf(volS, 1):
		return math.NaN(), fmt.Errorf("premia: BreakEvenCorr: equity volatility must be > 0 and finite, got %v", volS)
	case !(volB >= 0) || math.IsInf(volB, 1):
		return math.NaN(), fmt.Errorf("premia: BreakEvenCorr: bond volatility must be >= 0 and finite, got %v", volB)
	}
	return -(1 - xS) / xS * volB / volS, nil
}

// BreakEvenCorr returns BreakEvenCorr(p.XS, p.VolS, p.VolB): the correlation
// below which the portfolio's implied bond premium is negative (p.Corr is
// not used).
func (p Mix) BreakEvenCorr() (float64, error) { return BreakEvenCorr(p.XS, p.VolS, p.VolB) }

// BondPremiumAt returns the total implied bond premium of the portfolio
// with its correlation set to rho (see Premia), NaN where it is undefined
// (|rho| > 1, zero portfolio volatility): the curve of Figure 2 as a
// function of the correlation, for plotting.Func.
func (p Mix) BondPremiumAt(rho float64) float64 {
	p.Corr = rho
	_, bond, err := p.Premia()
	if err != nil {
		return math.NaN()
	}
	return bond.Total()
}

// MaxHedgeBondWeight returns the largest bond weight for which the implied
// bond premium is non-positive:
//
//	pi_B <= 0  <=>  x_B <= -rho sigma_S sigma_B / (sigma_B (sigma_B - rho sigma_S))
//
// See Portelli & Roncalli (2024), section 2.1.4 (Figure 3: with
// sigma_S = 15%, sigma_B = 4% and rho = -25% the bound is 48.39%, so bonds
// hedge when x_S >= 51.6%). The equivalence requires
// sigma_B - rho sigma_S > 0, always true for rho < 0; it returns an error
// naming the failed condition otherwise, or when |rho| > 1 or is NaN, or a
// volatility is not positive and finite. For rho >= 0 the bound is <= 0:
// no long bond weight gives a negative premium.
func MaxHedgeBondWeight(corr, volS, volB float64) (float64, error) {
	switch {
	case !(math.Abs(corr) <= 1):
		return math.NaN(), fmt.Errorf("premia: MaxHedgeBondWeight: |rho| = %v > 1", math.Abs(corr))
	case !(volS > 0 && volB > 0) || math.IsInf(volS, 1) || math.IsInf(volB, 1):
		return math.NaN(), fmt.Errorf("premia: MaxHedgeBondWeight: volatilities must be > 0 and finite, got sigma_S = %v, sigma_B = %v", volS, volB)
	case !(volB-corr*volS > 0):
		return math.NaN(), fmt.Errorf("premia: MaxHedgeBondWeight: sigma_B - rho sigma_S = %v is not > 0", volB-corr*volS)
	}
	return -corr * volS * volB / (volB * (volB - corr*volS)), nil
}
