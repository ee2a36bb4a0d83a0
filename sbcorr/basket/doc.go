// Package basket relates the stock-bond correlation of an equity basket (an
// aggregate correlation) to the correlations of its components with the
// bond (individual correlations), and builds the long-only, fully invested
// risk-based baskets used to show how the weighting scheme moves the
// aggregate correlation. See Portelli & Roncalli (2024), section 2.3 and
// appendices A.5-A.7.
//
// With stock weights w, volatilities sigma_i and basket volatility sigma_S,
//
//	rho_S,B = sum_i omega_i rho_i,B,   omega_i = w_i sigma_i / sigma_S,
//
// so the aggregate correlation is a leveraged sum of the individual ones:
// sum_i omega_i = DR(w), the diversification ratio, is at least 1 for a
// long-only basket. A Basket gives the omega weights, the aggregate and
// average correlations and the concentration metrics of Table 4 (Herfindahl
// index, equivalent bets, cross-sectional volatility dispersion, leverage,
// concentration curve Omega_m and eta_alpha). CorrChange decomposes the change
// of the aggregate correlation when the weights drift with returns (A.7).
//
// EqualWeight, MinVariance, RiskBudget/ERC and MostDiversified are the
// risk-based baskets of Table 5; MinVariance and MostDiversified use an
// exact primal active-set method for their quadratic programs, ERC uses
// cyclical coordinate descent. MaxDRConstCorr and MDPCorrBounds are the
// constant-correlation results of appendix A.6 (Figure 13).
//
// Map of the package (file: names):
//
//	basket.go        Basket, New, Omega, Corr, AverageCorr, DiversificationRatio, Leverage
//	estimate.go      Estimate (sample moments of return windows)
//	concentration.go Herfindahl, EquivalentBets, CSV, Phi, Concentration, Eta (Table 4)
//	change.go        Drift, Xi, CorrChange (appendix A.7)
//	riskbased.go     EqualWeight, MinVariance, MostDiversified, ERC, RiskBudget (Table 5)
//	activeset.go     the exact active-set QP solver behind MinVariance and MostDiversified
//	constcorr.go     DRConstCorr, MaxDRConstCorr, MDPCorrBounds (appendix A.6, Figure 13)
//
// Units: weights, volatilities and correlations are decimals; volatilities
// are in the caller's units (Estimate annualises them).
package basket
