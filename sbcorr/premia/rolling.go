package premia

import (
	"math"

	"github.com/stockbond/sbcorr/sbcorr"
)

// RollingInputs returns the rolling estimates that StockBondSeries needs
// from periodic stock and bond returns rs and rb (decimals, aligned by
// date): the annualised volatilities sigma_S(t) and sigma_B(t) (sample
// standard deviation times sqrt(periodsPerYear)) and the correlation
// rho_S,B(t), each over the window of `window` returns ending at t. Section
// 3.2.1 of Portelli & Roncalli (2024) uses monthly returns and a three-year
// window (window = 36, periodsPerYear = 12). Dates with fewer than window
// returns or a NaN inside the window are NaN (sbcorr.RollingWhy says why).
// It panics as sbcorr.RollingCorr does (different lengths, window < 2) or
// when periodsPerYear <= 0.
func RollingInputs(rs, rb []float64, window int, periodsPerYear float64) (volS, volB, corr []float64) {
	if !(periodsPerYear > 0) {
		panic("premia: RollingInputs: periodsPerYear must be > 0")
	}
	k := math.Sqrt(periodsPerYear)
	volS, volB = sbcorr.RollingVol(rs, window, window), sbcorr.RollingVol(rb, window, window)
	for t := range volS {
		volS[t] *= k
		volB[t] *= k
	}
	return volS, volB, sbcorr.RollingCorr(rs, rb, window, window)
}
