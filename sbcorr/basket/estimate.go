package basket

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/sbcorr"
)

// Estimate returns the Basket with weights w whose volatilities,
// correlation matrix and stock-bond correlations are the sample estimates
// from the aligned return windows stocks[i] (one slice per stock, same
// dates) and bond: sample standard deviations (n-1 denominator) annualised
// with sqrt(periodsPerYear), and Pearson correlations (sbcorr.RollingVol
// over the whole window and sbcorr.Corr, exact for finite returns of any
// magnitude). It is the estimator
// behind the empirical aggregation analysis of Portelli & Roncalli (2024),
// sections 2.3.2 and 3.3.3 (Table 4, Figure 43). It returns an error naming
// the series and row for a NaN or infinite return, fewer than 3 dates, a
// constant series (all its returns equal), an annualised volatility beyond
// the float64 range, and the errors of New. It panics when the stocks and
// weights differ in number, the return slices differ in length, or
// periodsPerYear is not a positive finite number.
func Estimate(w []float64, stocks [][]float64, bond []float64, periodsPerYear float64) (*Basket, error) {
	n, t := len(stocks), len(bond)
	if len(w) != n {
		panic(fmt.Sprintf("basket: Estimate: %d weights for %d stocks", len(w), n))
	}
	if !(periodsPerYear > 0) || math.IsInf(periodsPerYear, 1) {
		panic(fmt.Sprintf("basket: Estimate: periodsPerYear = %v must be finite and > 0", periodsPerYear))
	}
	cols := append(append([][]float64(nil), stocks...), bond)
	for i, s := range cols {
		if len(s) != t {
			panic(fmt.Sprintf("basket: Estimate: %s has %d returns, the bond %d", seriesName(i, n), len(s), t))
		}
	}
	if t < 3 {
		return nil, fmt.Errorf("basket: Estimate: %d dates, need at least 3", t)
	}
	k := math.Sqrt(periodsPerYear)
	vols := make([]float64, n+1)
	for i, s := range cols {
		for r, v := range s {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("basket: Estimate: %s: %v return at row %d", seriesName(i, n), v, r+1)
			}
		}
		if slices.Min(s) == slices.Max(s) {
			return nil, fmt.Errorf("basket: Estimate: %s is constant (zero variance)", seriesName(i, n))
		}
		if vols[i] = sbcorr.RollingVol(s, t, t)[t-1] * k; math.IsInf(vols[i], 1) {
			return nil, fmt.Errorf("basket: Estimate: %s: annualised volatility beyond the float64 range", seriesName(i, n))
		}
	}
	corr := mat.NewSymDense(n, nil)
	corrB := make([]float64, n)
	for i := range n {
		for j := i; j < n; j++ {
			r, err := sbcorr.Corr(cols[i], cols[j])
			if err != nil {
				return nil, fmt.Errorf("basket: Estimate: %s and %s: %w", seriesName(i, n), seriesName(j, n), err)
			}
			corr.SetSym(i, j, r)
		}
		corr.SetSym(i, i, 1)
		r, err := sbcorr.Corr(cols[i], bond)
		if err != nil {
			return nil, fmt.Errorf("basket: Estimate: %s and the bond: %w", seriesName(i, n), err)
		}
		corrB[i] = r
	}
	return New(w, vols[:n], corr, corrB)
}

// seriesName names column i of Estimate's data: "stock i+1", or "bond" for
// the last of n+1 columns.
func seriesName(i, n int) string {
	if i == n {
		return "bond"
	}
	return fmt.Sprintf("stock %d", i+1)
}
