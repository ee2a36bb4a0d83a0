package premia

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/sbcorr"
)

// RollingInputs returns the rolling estimates that MixHistory needs
// from periodic stock and bond returns rs and rb (decimals, aligned by
// date): the annualised volatilities sigma_S(t) and sigma_B(t) (sample
// standard deviation times sqrt(periodsPerYear)) and the correlation
// rho_S,B(t), each over the window of `window` returns ending at t. Section
// 3.2.1 of Portelli & Roncalli (2024) uses monthly returns and a three-year
// window (window = 36, periodsPerYear = 12). Dates with fewer than window
// returns, a NaN or an infinite value inside the window are NaN
// (sbcorr.RollingWhy says why).
// It panics when len(rs) != len(rb), window < 2 (a one-observation window
// has no sample standard deviation) or periodsPerYear is not a positive
// finite number.
func RollingInputs(rs, rb []float64, window int, periodsPerYear float64) (volS, volB, corr []float64) {
	if len(rs) != len(rb) {
		panic(fmt.Sprintf("premia: RollingInputs: len(rs) = %d != len(rb) = %d", len(rs), len(rb)))
	}
	if window < 2 {
		panic(fmt.Sprintf("premia: RollingInputs: window %d < 2", window))
	}
	if !(periodsPerYear > 0) || math.IsInf(periodsPerYear, 1) {
		panic(fmt.Sprintf("premia: RollingInputs: periodsPerYear = %v must be finite and > 0", periodsPerYear))
	}
	k := math.Sqrt(periodsPerYear)
	volS, volB = sbcorr.RollingVol(rs, window, window), sbcorr.RollingVol(rb, window, window)
	for t := range volS {
		volS[t] *= k
		volB[t] *= k
	}
	return volS, volB, sbcorr.RollingCorr(rs, rb, window, window)
}
