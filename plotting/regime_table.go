package plotting

import (
	"fmt"

	"github.com/stockbond/sbcorr/check"
)

// regimeNames are the market regimes in the row and column order of the
// regime tables of sbcorr/copula (Bad, Normal, Good).
var regimeNames = [3]string{"Bad", "Normal", "Good"}

// RegimeTable returns the probabilities of the nine stock-bond market
// regimes (Portelli & Roncalli (2024), section 3.5.1, Table 23) side by
// side: one row per pair (stock regime, bond regime), read row by row as
// the paper does ((Bad, Bad), (Bad, Normal), ..., (Good, Good)), and one
// column per table, ps[k] named names[k], in percent with two decimals.
// ps[k][i][j] is the probability (decimal) of stock regime i and bond
// regime j, 0 Bad, 1 Normal, 2 Good, as copula.RegimeTable and
// copula.GaussianRegimeTable return it. It panics when names and ps differ
// in length or are empty.
func RegimeTable(title string, names []string, ps ...[3][3]float64) *Table {
	if len(names) != len(ps) || len(ps) == 0 {
		panic(fmt.Sprintf("plotting: RegimeTable: %d names for %d tables", len(names), len(ps)))
	}
	t := NewTable(title, Cols(append([]string{"(stocks, bonds)"}, names...)...)...).
		Format(check.Percent(2), names...)
	for a := range 9 {
		row := []any{fmt.Sprintf("(%s, %s)", regimeNames[a/3], regimeNames[a%3])}
		for _, p := range ps {
			row = append(row, p[a/3][a%3])
		}
		t.Row(row...)
	}
	return t
}
