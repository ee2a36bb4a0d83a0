package dated

import (
	"fmt"
	"strings"

	"github.com/stockbond/sbcorr/check"
)

// AddCoef adds to t the row of a regression coefficient that a source prints
// with its significance stars, e.g. "25.57***" in Tables 19-22 and 33-34 of
// Portelli & Roncalli (2024), section 3.4. The source value is the printed
// number without the stars (check.ParsePrinted, which also gives the row's
// format: "25.57" prints with two decimals), ours is b.Coef, and the
// tolerance is k standard errors of ours, k*b.SE (Newey-West for a fit of
// Regress), in the units of the coefficient. With k = 1.96 the row holds
// when the printed value lies in our two-sided 95% interval: our data cannot
// reject it. The note compares the stars, "paper 25.57***, ours **"
// (Term.Stars), which the row does not test: the source may compute its
// stars with other standard errors. The status is that of check.Comparison.Add:
// reproduced when k*b.SE is within check.LooseLimit, consistent otherwise.
// It returns t, so that At or Cite can follow (Note replaces the note). It
// panics when printed is not a number once its stars are removed, or when
// k*b.SE is negative or NaN (programming errors, as Add).
func AddCoef(t *check.Comparison, name, printed string, b Term, k float64) *check.Comparison {
	p, err := check.ParsePrinted(strings.TrimRight(printed, "*"))
	v, f := p.Value, p.Format
	if err != nil {
		panic(fmt.Sprintf("dated: AddCoef: row %q: %v", name, err))
	}
	return t.Add(name, v, b.Coef, k*b.SE, f).Note("paper " + printed + ", ours " + b.Stars())
}
