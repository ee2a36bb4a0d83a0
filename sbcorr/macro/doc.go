// Package macro implements the macroeconomic models of the stock-bond
// correlation of Portelli & Roncalli (2024), section 2.4, and the macro
// regressions of section 3.4.
//
// The map mirrors the paper:
//
//   - li.go, li_decompose.go: the inflation-centric model of Li (2002),
//     section 2.4.1 and appendix A.8 (eq. 5-8 and 16-20): Li, Moments,
//     Correlation, Decompose, Validate.
//   - li_tables.go: one-parameter sensitivities and the printed Tables 6-10
//     (LiPaperTables).
//   - li_montecarlo.go: SimulateLi, the seeded parallel Monte Carlo over the
//     uniform parameter priors of Figures 14-15 and Table 11.
//   - growthinflation.go: the two-factor growth-inflation model of Brixton et
//     al. (2023), section 2.4.3 and appendix A.9 (Figures 66-69).
//   - macrostats.go: growth and inflation rates (Change), their rolling and
//     full-period volatilities, correlation and ratio (Table 13, Figures
//     70-74), and RatioSplice for level series.
//   - regress.go: HAC regressions of the rolling stock-bond correlation on
//     factors (Tables 19-22, 33-34).
//
// The US CPI and GDP series of Table 13 and section 3.4 (with their
// pre-1980 splices) come from inputs.USMacro, and sbcorr/dated.Regress runs
// the regressions of Tables 19-22 on dated series.
//
// Units: every rate, volatility and correlation is a decimal (0.01 for 1%,
// -0.25 for -25%); tables print percent. Shock volatilities of the Li model
// are per period (the paper does not annualise them; only ratios matter for
// the correlation).
//
// The dividend-discount reading of the CSC note of Zhou & Jiang (2025) is the economic
// intuition behind both models: stock prices discount future dividends, so a
// shock to the discount rate (real rate, inflation) moves stocks and bonds in
// the same direction, while a shock to expected cash flows (growth, dividend
// yield) moves them in opposite directions. In the Li model the first channel
// is the sigma_r term of the decomposition and the second the sigma_pi and
// rho_pi_delta terms; in the growth-inflation model they are beta_pi and
// beta_g.
package macro
