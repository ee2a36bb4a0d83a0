// Package copula implements bivariate copulas, the bivariate normal and
// Student-t distribution functions, the empirical copula and the
// market-regime analysis of Portelli & Roncalli (2024), sections 2.2.2 and
// 3.5.1.
//
// A copula is a small struct of its parameters and an optional random
// source, in the style of gonum's stat/distuv; every family has the same
// methods (see the Copula interface): CDF(u, v), Density(u, v),
// CondCDF(v, u) = Pr{V <= v | U = u}, Rand and Tau (Kendall's tau), and a
// constructor from Kendall's tau. Clayton and Gumbel only express positive
// dependence; Rotated turns any copula by 90, 180 or 270 degrees, so that
// they can describe the negative stock-bond dependence.
//
// Probabilities u, v are in [0, 1]; correlations are decimals.
package copula
