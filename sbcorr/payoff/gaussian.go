package payoff

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// NormalModel is the bivariate normal model of stock and bond returns of
// Portelli & Roncalli (2024), section 2.2.1: (R_S, R_B) is NormalModel with
// means MuS, MuB, volatilities SigmaS, SigmaB (decimals, same period) and
// correlation Rho. Its payoff E[R_B | R_S] is linear (eq. 4).
type NormalModel struct {
	MuS, MuB       float64 // expected stock and bond returns
	SigmaS, SigmaB float64 // stock and bond volatilities, > 0
	Rho            float64 // stock-bond correlation, in [-1, 1]
}

// Validate returns an error when a volatility is not positive, a parameter
// is NaN or infinite, or |Rho| > 1.
func (g NormalModel) Validate() error {
	for _, p := range []struct {
		name string
		v    float64
	}{{"MuS", g.MuS}, {"MuB", g.MuB}, {"SigmaS", g.SigmaS}, {"SigmaB", g.SigmaB}, {"Rho", g.Rho}} {
		if math.IsNaN(p.v) || math.IsInf(p.v, 0) {
			return fmt.Errorf("payoff: NormalModel.Validate: %s = %v is not finite", p.name, p.v)
		}
	}
	if g.SigmaS <= 0 || g.SigmaB <= 0 {
		return fmt.Errorf("payoff: NormalModel.Validate: volatilities must be > 0 (SigmaS = %v, SigmaB = %v)", g.SigmaS, g.SigmaB)
	}
	if math.Abs(g.Rho) > 1 {
		return fmt.Errorf("payoff: NormalModel.Validate: |Rho| = %v > 1", math.Abs(g.Rho))
	}
	return nil
}

// The methods of Gaussian panic with "payoff: Gaussian.Method: ..." when
// Validate fails (a model built from code with impossible parameters, a
// programmer error); a NaN stock return rs gives NaN.

// mustValid panics, naming fn, when err (a Validate) is not nil.
func mustValid(fn string, err error) {
	if err != nil {
		panic(fmt.Sprintf("payoff: %s: invalid model (%v)", fn, err))
	}
}

// Beta returns beta_B = Rho SigmaB / SigmaS, the slope of the linear payoff
// (eq. 4).
func (g NormalModel) Beta() float64 {
	mustValid("NormalModel.Beta", g.Validate())
	return g.beta()
}

func (g NormalModel) beta() float64 { return g.Rho * g.SigmaB / g.SigmaS }

// Alpha returns alpha_B = MuB - beta_B MuS, the intercept of the linear
// payoff (eq. 4).
func (g NormalModel) Alpha() float64 {
	mustValid("NormalModel.Alpha", g.Validate())
	return g.MuB - g.beta()*g.MuS
}

// Payoff returns E[R_B | R_S = rs] = alpha_B + beta_B rs (eq. 4).
func (g NormalModel) Payoff(rs float64) float64 {
	mustValid("NormalModel.Payoff", g.Validate())
	return g.MuB - g.beta()*g.MuS + g.beta()*rs
}

// CondVar returns var(R_B | R_S) = (1 - Rho^2) SigmaB^2, which does not
// depend on the value of R_S (section 2.2.1).
func (g NormalModel) CondVar() float64 {
	mustValid("NormalModel.CondVar", g.Validate())
	return (1 - g.Rho*g.Rho) * g.SigmaB * g.SigmaB
}

// ProbPositive returns Pr{R_B >= 0 | R_S = rs}
//
//	= Phi((MuB SigmaS + Rho SigmaB (rs - MuS)) / (sqrt(1 - Rho^2) SigmaS SigmaB)),
//
// see Portelli & Roncalli (2024), section 2.2.1 and Figure 6. When |Rho| = 1
// the conditional law is a point mass: the result is 1 if the payoff is >= 0
// and 0 otherwise.
func (g NormalModel) ProbPositive(rs float64) float64 {
	mustValid("NormalModel.ProbPositive", g.Validate())
	if math.IsNaN(rs) {
		return math.NaN()
	}
	s := math.Sqrt(1-g.Rho*g.Rho) * g.SigmaS * g.SigmaB
	num := g.MuB*g.SigmaS + g.Rho*g.SigmaB*(rs-g.MuS)
	if s == 0 {
		if num >= 0 {
			return 1
		}
		return 0
	}
	return distuv.UnitNormal.CDF(num / s)
}

// CriticalRho returns rho* = (MuB / SigmaB) / ((MuS - rs) / SigmaS), the
// correlation below which Pr{R_B >= 0 | R_S = rs} >= 50% (Remark 2 of
// Portelli & Roncalli (2024)). The remark assumes rs < MuS (a stock return
// below its mean); for rs > MuS the inequality reverses (rho >= rho*), and
// for rs = MuS the result is +Inf or -Inf (the sign of MuB) and NaN if MuB = 0.
// The value is not clipped to [-1, 1]: rho* < -1 means no correlation
// achieves 50%.
func (g NormalModel) CriticalRho(rs float64) float64 {
	mustValid("NormalModel.CriticalRho", g.Validate())
	return (g.MuB / g.SigmaB) / ((g.MuS - rs) / g.SigmaS)
}

// Breakeven returns the stock return -alpha_B/beta_B at which the linear
// payoff crosses zero: the payoff is positive above it when Rho > 0 and below
// it when Rho < 0 (section 2.2.1). It is +-Inf or NaN when Rho = 0.
func (g NormalModel) Breakeven() float64 {
	mustValid("NormalModel.Breakeven", g.Validate())
	return -(g.MuB - g.beta()*g.MuS) / g.beta()
}
