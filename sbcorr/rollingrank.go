package sbcorr

import (
	"math"

	"github.com/stockbond/sbcorr/series"
)

// RollingKendall returns Kendall's tau-b (see Kendall) over rolling windows
// of `window` observations ending at t, with the window and NaN conventions
// of RollingCorr: NaN where RollingWhy(x, y, window, minPeriods) is not series.OK
// (too few observations, a NaN in the window, a constant series).
// Each window costs O(w log w). It panics like RollingCorr.
func RollingKendall(x, y []float64, window, minPeriods int) []float64 {
	buf := &kendallBuf{}
	return rollingRank("RollingKendall", x, y, window, minPeriods, func(xs, ys []float64) float64 {
		return kendallTauB(xs, ys, buf)
	})
}

// RollingSpearman returns Spearman's rank correlation (see Spearman) over
// rolling windows ending at t, with the conventions of RollingKendall.
func RollingSpearman(x, y []float64, window, minPeriods int) []float64 {
	return rollingRank("RollingSpearman", x, y, window, minPeriods, func(xs, ys []float64) float64 {
		return pearson(Ranks(xs), Ranks(ys))
	})
}

func rollingRank(fn string, x, y []float64, window, minPeriods int, stat func(xs, ys []float64) float64) []float64 {
	checkRolling(fn, x, y, window, minPeriods)
	why := RollingWhy(x, y, window, minPeriods)
	out := make([]float64, len(x))
	for t := range x {
		out[t] = math.NaN()
		if why[t] == series.OK {
			lo := max(0, t-window+1)
			out[t] = stat(x[lo:t+1], y[lo:t+1])
		}
	}
	return out
}
