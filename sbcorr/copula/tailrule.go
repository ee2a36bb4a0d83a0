package copula

import (
	"fmt"

	"github.com/stockbond/sbcorr/series"
)

// TailRule says which observations of a sample of n are its bad times (the
// lowest alpha fraction) and its good times (the highest) at frequency
// alpha. Classify, RegimeTable and RegimeCorr use RankRule; ClassifyWith,
// RegimeTableWith and RegimeCorrWith take the rule as an argument.
type TailRule int

const (
	// RankRule classifies by the pseudo-observation u = rank / (n + 1)
	// (ties get their average rank): Bad if u <= alpha, Good if
	// u >= 1 - alpha. For distinct values each tail holds
	// floor(alpha (n + 1)) observations. It is the default, the empirical
	// copula's view of section 3.5.1 of Portelli & Roncalli (2024).
	RankRule TailRule = iota
	// QuantileRule classifies by the empirical quantiles of the values:
	// Bad if x <= q(alpha), Good if x >= q(1 - alpha), with q the type-7
	// quantile (linear interpolation between order statistics, the default
	// of numpy, pandas and R; series.Quantile). For distinct values each
	// tail holds floor(alpha (n - 1)) + 1 observations: one more than the
	// RankRule when alpha (n + 1) is below an integer that alpha (n - 1) + 1
	// reaches (e.g. n = 150, alpha = 1%: 2 days instead of 1).
	QuantileRule
)

// checkRule panics, naming fn, for an unknown rule.
func checkRule(fn string, rule TailRule) {
	if rule != RankRule && rule != QuantileRule {
		panic(fmt.Sprintf("copula: %s: unknown tail rule %d", fn, int(rule)))
	}
}

// classify returns the regimes of the values x, whose pseudo-observations
// are u, under the rule.
func (rule TailRule) classify(x, u []float64, alpha float64) []Regime {
	if rule == RankRule {
		return classifyU(u, alpha)
	}
	bad, good := series.Tails(x, alpha)
	r := make([]Regime, len(x))
	for i := range x {
		switch {
		case bad[i]:
			r[i] = Bad
		case good[i]:
			r[i] = Good
		default:
			r[i] = Normal
		}
	}
	return r
}

// ClassifyWith returns the regimes of Classify with the tail rule rule
// (Classify is ClassifyWith(x, alpha, RankRule)). Errors as Classify; it
// panics for an unknown rule.
func ClassifyWith(x []float64, alpha float64, rule TailRule) ([]Regime, error) {
	return classify("ClassifyWith", x, alpha, rule)
}

// RegimeTableWith returns the table of RegimeTable with the tail rule rule
// (RegimeTable is RegimeTableWith(x, y, alpha, RankRule)). Errors as
// RegimeTable; it panics for an unknown rule.
func RegimeTableWith(x, y []float64, alpha float64, rule TailRule) ([3][3]float64, error) {
	return regimeTable("RegimeTableWith", x, y, alpha, rule)
}

// RegimeCorrWith returns the correlation of RegimeCorr with the tail rule
// rule (RegimeCorr is RegimeCorrWith(x, y, alpha, s, b, RankRule)). Errors
// as RegimeCorr; it panics for an unknown rule.
func RegimeCorrWith(x, y []float64, alpha float64, s, b Regime, rule TailRule) (float64, error) {
	return regimeCorr("RegimeCorrWith", x, y, alpha, s, b, rule)
}
