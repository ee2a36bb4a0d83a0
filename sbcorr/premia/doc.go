// Package premia computes the risk premia implied by a market portfolio in
// the Black-Litterman (reverse optimisation) framework of Portelli & Roncalli
// (2024), section 2.1 and appendices A.1-A.3, and their empirical use in
// section 3.2:
//
//	pi = SR(x | r) * Sigma x / sigma(x),  sigma(x) = sqrt(x' Sigma x)
//
// where x is the market portfolio (weights summing to 1), Sigma the
// covariance matrix built from volatilities and a correlation matrix, and
// SR(x | r) > 0 the Sharpe ratio of the market portfolio.
//
// A Market holds one such universe and gives the premia with their variance
// and covariance parts (eq. 9-10), the marginal volatilities and Euler risk
// contributions, the derivatives d pi_i / d rho_jk (A.1) and the implied
// correlation that yields a target premium (A.2, both roots with the
// existence conditions). Mix is the two-asset special case (section
// 2.1.4) with the break-even correlation, the bound on the bond weight and
// d pi_B / d sigma_B (A.3). MixHistory applies eq. (9)-(10) to rolling
// estimates (section 3.2.1, Figures 26-31).
//
// Map of the package (file: names):
//
//	inputs.go      CheckWeights, CheckVols, CheckCorr, Cov, RiskContributions
//	market.go      Market, NewMarket, Premia, PremiaSplit, MarginalVols (eq. 1, 9-10)
//	derivative.go  Market.DPremiumDCorr (appendix A.1, Table 2)
//	implied.go     Market.ImpliedCorr, ImpliedCorr (appendix A.2, Figure 1)
//	mix.go         Mix, Premium, BreakEvenCorr, MaxHedgeBondWeight,
//	               Mix.DBondPremiumDVolB (section 2.1.4, A.3, Figures 2-3)
//	rolling.go     RollingInputs (36-month sigma_S, sigma_B, rho via package sbcorr)
//	history.go     MixHistory, ImpliedCorrSeries, BreakEvenSeries (Figures 26-31)
//
// Units: weights, volatilities, correlations, Sharpe ratios and premia are
// decimals (0.25, not 25); annualisation is the caller's (premia are in the
// units of the volatilities times the Sharpe ratio).
//
// Reference: Portelli, L. and Roncalli, T. (2024), "Stock-Bond Correlation:
// Theory & Empirical Results", SSRN 4766244.
package premia
