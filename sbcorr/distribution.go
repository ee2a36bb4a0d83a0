package sbcorr

import (
	"fmt"
	"math"
	"slices"
)

// Distribution summarises a sample as in the table of Hu, Jin & Pan ("A
// Tale of Two Days", AFA 2025): mean, std, min, 20%, median, 80%, max.
type Distribution struct {
	N                          int     // number of non-NaN values summarised
	Mean, Std                  float64 // Std is the sample standard deviation (n-1)
	Min, P20, Median, P80, Max float64 // order statistics and type-7 quantiles
}

// Summarise returns the Distribution of the non-NaN values of v (NaN marks
// undefined periods and is skipped; N counts the values used). Quantiles
// interpolate linearly between order statistics (Hyndman-Fan type 7, the
// default of numpy.quantile, pandas and R). Mean and Std are computed on
// the values multiplied by a power of two (exact), so values of any finite
// magnitude give the right figures (near 1e300 the plain sum of squares
// overflows). It returns an error when fewer than 2 values are not NaN or
// when a value is infinite (naming its index).
func Summarise(v []float64) (Distribution, error) {
	for i, f := range v {
		if math.IsInf(f, 0) {
			return Distribution{}, fmt.Errorf("sbcorr: Summarise: value %d is %v", i, f)
		}
	}
	s := sortedValid(v)
	if len(s) < 2 {
		return Distribution{}, fmt.Errorf("sbcorr: Summarise: %d non-NaN values, need at least 2", len(s))
	}
	m, sd := meanStd(s)
	return Distribution{N: len(s), Mean: m, Std: sd,
		Min: s[0], P20: quantileSorted(s, 0.2), Median: quantileSorted(s, 0.5),
		P80: quantileSorted(s, 0.8), Max: s[len(s)-1]}, nil
}

// Quantile returns the type-7 quantile of the non-NaN values of v (NaN when
// there are none). It panics unless 0 <= p <= 1.
func Quantile(v []float64, p float64) float64 {
	if !(p >= 0 && p <= 1) {
		panic(fmt.Sprintf("sbcorr: Quantile: p = %v outside [0, 1]", p))
	}
	s := sortedValid(v)
	if len(s) == 0 {
		return math.NaN()
	}
	return quantileSorted(s, p)
}

func quantileSorted(s []float64, p float64) float64 {
	h := p * float64(len(s)-1)
	lo := int(math.Floor(h))
	if lo >= len(s)-1 {
		return s[len(s)-1]
	}
	return s[lo] + (h-float64(lo))*(s[lo+1]-s[lo])
}

// sortedValid returns the non-NaN values of v in increasing order (a copy).
func sortedValid(v []float64) []float64 {
	s := make([]float64, 0, len(v))
	for _, f := range v {
		if !math.IsNaN(f) {
			s = append(s, f)
		}
	}
	slices.Sort(s)
	return s
}
