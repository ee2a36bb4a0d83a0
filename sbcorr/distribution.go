package sbcorr

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/series"
)

// Distribution summarises a sample as in the table of Hu, Jin & Pan ("A
// Tale of Two Days", AFA 2025): mean, std, min, 20%, median, 80%, max.
type Distribution struct {
	N                          int     // number of non-NaN values summarised
	Mean, Std                  float64 // Std is the sample standard deviation (n-1)
	Min, P20, Median, P80, Max float64 // order statistics and type-7 quantiles
}

// Summarise returns the Distribution of the non-NaN values of v (NaN marks
// undefined periods and is skipped; N counts the values used): the figures
// of series.Summarise, the toolkit's one implementation. Quantiles
// interpolate linearly between order statistics (Hyndman-Fan type 7, the
// default of numpy.quantile, pandas and R). Mean and Std are computed on
// the values multiplied by a power of two (exact), so values of any finite
// magnitude, subnormal ones included, give the right figures (near 1e300
// the plain sum of squares overflows). It returns an error when fewer than
// 2 values are not NaN or when a value is infinite (naming its index).
func Summarise(v []float64) (Distribution, error) {
	n := 0
	for i, f := range v {
		if math.IsInf(f, 0) {
			return Distribution{}, fmt.Errorf("sbcorr: Summarise: value %d is %v", i, f)
		}
		if !math.IsNaN(f) {
			n++
		}
	}
	if n < 2 {
		return Distribution{}, fmt.Errorf("sbcorr: Summarise: %d non-NaN values, need at least 2", n)
	}
	s, err := series.Summarise(v)
	if err != nil {
		return Distribution{}, fmt.Errorf("sbcorr: Summarise: %w", err)
	}
	return Distribution{N: s.N, Mean: s.Mean, Std: s.Std,
		Min: s.Min, P20: s.P20, Median: s.Median, P80: s.P80, Max: s.Max}, nil
}

// Quantile returns the type-7 quantile of the non-NaN values of v (NaN when
// there are none): series.Quantile, the toolkit's one quantile (an order
// statistic that is +Inf or -Inf is returned as is when p hits it, so
// Quantile([1, 2, +Inf], 0.5) is 2). It panics unless 0 <= p <= 1.
func Quantile(v []float64, p float64) float64 {
	if !(p >= 0 && p <= 1) {
		panic(fmt.Sprintf("sbcorr: Quantile: p = %v outside [0, 1]", p))
	}
	return series.Quantile(v, p)
}
