package dated

import (
	"fmt"

	"github.com/stockbond/sbcorr/sbcorr/copula"
	"github.com/stockbond/sbcorr/series"
)

// Dependogram returns the points of the dependogram of x and y (returns on
// the same dates): their pseudo-observations u = rank / (n + 1)
// (copula.Dependogram), the empirical copula of Figures 46-48 of Portelli
// & Roncalli (2024), section 3.5.1. It returns copula.Dependogram's errors
// naming the two series (no date, a NaN return) and panics when x and y
// differ in dates.
func Dependogram(x, y series.Series) (u, v []float64, err error) {
	sameDates("Dependogram", x, y)
	if u, v, err = copula.Dependogram(x.Values, y.Values); err != nil {
		return nil, nil, fmt.Errorf("dated: Dependogram: %q and %q: %w", x.Name, y.Name, err)
	}
	return u, v, nil
}
