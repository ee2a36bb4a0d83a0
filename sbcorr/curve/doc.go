// Package curve builds yield curves: Nelson-Siegel and
// Nelson-Siegel-Svensson fits, bootstrapped zero curves, discount factors,
// zero and forward rates, and the Adrian, Crump and Moench (2013) term
// premium. It follows the CSC note of Zhou & Jiang (2025): NSS curves fitted to the
// Treasury par curve, zero curves, then the ACM decomposition.
//
// Conventions: maturities in years; all rates are decimals; zero rates are
// continuously compounded; par yields follow the US Treasury par curve
// (bills up to six months as money-market yields, semi-annual coupons
// beyond; see ParYield).
//
//	Zero (interface: Rate(t)), Discount, Forward, ParYield, MaxMaturity
//	NelsonSiegel, Svensson                     model zero curves
//	FitNelsonSiegel, FitSvensson, FitOptions   robust profiled least squares:
//	                                           bounded taus, Tau2 >= ratio*Tau1,
//	                                           global tau grid, fixed-tau option
//	Diagnostics                                RMSE, max error (decimals)
//	FitSvenssonHistory                         parallel fits of many curves
//	Bootstrap, Nodes, Linear                   par -> zero curve, interpolation
//	ContinuousToAnnual, AnnualToContinuous
//	FitACM, ACM, ACMOptions, MonthlyGrid       ACM (2013) term premium: PCs, VAR(1),
//	                                           excess-return regressions, affine
//	                                           recursion; Yield, RiskNeutralYield,
//	                                           TermPremium
//
// Failure modes handled by the fitters (reported by users of other NSS
// libraries): negative or equal taus (bounded, ordered taus with a minimum
// ratio Tau2/Tau1), exploding offsetting betas from collinear loadings (the
// ratio, a bound |beta| <= MaxAbsBeta, a lower bound on tau of half the
// shortest maturity, TauMax = 10 years, and a rank check that rejects
// singular designs), and local minima in tau (a global 40 x 40 grid of the
// objective, with par yields linearised around the bootstrapped curve
// (surrogate.go), then Nelder-Mead on the par-yield objective from the best
// local minima of the grid). See FitOptions for the numbers behind the
// defaults. Maturities beyond MaxMaturity (1000 years) are refused: the
// cost of pricing a par bond grows with its number of coupons.
package curve
