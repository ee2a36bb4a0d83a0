package sbcorr

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// FisherCI returns the Fisher (1921) z confidence interval of a Pearson
// correlation r (a decimal) estimated on n i.i.d. normal pairs:
//
//	tanh(atanh(r) -+ q / sqrt(n - 3)),  q = Phi^-1((1 + level) / 2).
//
// It ignores autocorrelation (overlapping windows or persistent volatility
// make it too narrow). It returns an error when r is NaN or |r| > 1 or
// n < 4, and panics unless 0 < level < 1.
func FisherCI(r float64, n int, level float64) (lo, hi float64, err error) {
	q := normalQuantile("FisherCI", level)
	if math.IsNaN(r) || math.Abs(r) > 1 {
		return math.NaN(), math.NaN(), fmt.Errorf("sbcorr: FisherCI: correlation %v outside [-1, 1]", r)
	}
	if n < 4 {
		return math.NaN(), math.NaN(), fmt.Errorf("sbcorr: FisherCI: %d observations, need at least 4", n)
	}
	z, h := math.Atanh(r), q/math.Sqrt(float64(n-3))
	return math.Tanh(z - h), math.Tanh(z + h), nil
}

// FisherBands returns the FisherCI bands of every value of a rolling
// correlation series estimated on windows of n observations (for example
// RollingCorr(x, y, n, n)); NaN correlations give NaN bands.
// It panics unless n >= 4 and 0 < level < 1.
func FisherBands(rho []float64, n int, level float64) (lo, hi []float64) {
	normalQuantile("FisherBands", level)
	if n < 4 {
		panic(fmt.Sprintf("sbcorr: FisherBands: window %d < 4", n))
	}
	lo, hi = make([]float64, len(rho)), make([]float64, len(rho))
	for t, r := range rho {
		var err error
		if lo[t], hi[t], err = FisherCI(r, n, level); err != nil {
			lo[t], hi[t] = math.NaN(), math.NaN()
		}
	}
	return lo, hi
}

func normalQuantile(fn string, level float64) float64 {
	if !(level > 0 && level < 1) {
		panic(fmt.Sprintf("sbcorr: %s: level %v outside (0, 1)", fn, level))
	}
	return distuv.UnitNormal.Quantile((1 + level) / 2)
}
