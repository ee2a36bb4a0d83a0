package inputs

import "github.com/stockbond/sbcorr/check"

// syntheticReason is the reason every row of a check table built from the
// synthetic sample is not attempted (Pair.NewCheck).
const syntheticReason = "synthetic sample"

// NewCheck returns an empty "source vs ours" table titled title for numbers
// computed from the pair. On the synthetic sample (Synthetic) the whole
// table is not attempted, for the reason "synthetic sample" (check.Comparison.NotAttempted):
// its rows list the source's values and compare nothing, since the sample's
// numbers are no results. On market data it is check.New(title). Name the
// source with From as usual:
//
//	t := us.NewCheck("Figure 17 regimes").From(check.Paper, "Figure 17")
func (p Pair) NewCheck(title string) *check.Comparison {
	return check.New(title).NotAttemptedIf(p.Synthetic, syntheticReason)
}
