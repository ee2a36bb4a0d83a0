package sbcorr

import (
	"math"
	"slices"
)

// Spearman returns Spearman's (1904) rank correlation of x and y: the
// Pearson correlation of their ranks, ties receiving their average rank (as
// scipy.stats.spearmanr), a decimal in [-1, 1]. It returns an error for a NaN input, fewer than 3
// observations or a constant series, and panics if len(x) != len(y).
func Spearman(x, y []float64) (float64, error) {
	if err := checkSample("Spearman", x, y); err != nil {
		return math.NaN(), err
	}
	return Corr(Ranks(x), Ranks(y))
}

// Ranks returns the ranks 1..n of v, ties receiving the average of the ranks
// they span (scipy.stats.rankdata(method='average')). NaN values sort last.
func Ranks(v []float64) []float64 {
	n := len(v)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case math.IsNaN(v[a]) || math.IsNaN(v[b]):
			return boolToInt(math.IsNaN(v[a])) - boolToInt(math.IsNaN(v[b]))
		}
		return cmpFloat(v[a], v[b])
	})
	r := make([]float64, n)
	for i := 0; i < n; {
		j := i + 1
		for j < n && v[idx[j]] == v[idx[i]] {
			j++
		}
		avg := float64(i+j+1) / 2 // mean of ranks i+1..j
		for k := i; k < j; k++ {
			r[idx[k]] = avg
		}
		i = j
	}
	return r
}

func boolToInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
