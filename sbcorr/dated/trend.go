package dated

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/series"
	"gonum.org/v1/gonum/stat"
)

// Trend returns the slope of the least-squares line through the non-NaN
// values of s against time in years (days since the first date / 365.25),
// in the unit of s per year: whether, and how fast, a series rose or fell
// over a period, e.g. the term premium after the financial crisis (CSC
// note, section 1). It returns an error with fewer than 2 non-NaN values or an
// infinite value.
func Trend(s series.Series) (float64, error) {
	var t, v []float64
	for i, x := range s.Values {
		if math.IsInf(x, 0) {
			return math.NaN(), fmt.Errorf("dated: Trend: %q is infinite on %s", s.Name, s.Dates[i].Format("2006-01-02"))
		}
		if !math.IsNaN(x) {
			t = append(t, s.Dates[i].Sub(s.Dates[0]).Hours()/24/365.25)
			v = append(v, x)
		}
	}
	if len(v) < 2 {
		return math.NaN(), fmt.Errorf("dated: Trend: %q has %d values, need 2", s.Name, len(v))
	}
	_, slope := stat.LinearRegression(t, v, nil, false)
	return slope, nil
}
