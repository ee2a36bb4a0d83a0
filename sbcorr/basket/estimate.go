package basket

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// Estimate returns the Basket with weights w whose volatilities,
// correlation matrix and stock-bond correlations are the sample estimates
// from the aligned return windows stocks[i] (one slice per stock, same
// dates) and bond: sample standard deviations (n-1 denominator) annualised
// with sqrt(periodsPerYear), and Pearson correlations. It is the estimator
// behind the empirical aggregation analysis of Portelli & Roncalli (2024),
// sections 2.3.2 and 3.3.3 (Table 4, Figure 43). It returns an error naming
// the series and row for a NaN return, fewer than 3 dates or a constant
// series, and the errors of New. It panics when the stocks and weights
// differ in number, the return slices differ in length, or periodsPerYear
// is not positive.
func Estimate(w []float64, stocks [][]float64, bond []float64, periodsPerYear float64) (*Basket, error) {
	n, t := len(stocks), len(bond)
	if len(w) != n {
		panic(fmt.Sprintf("basket: Estimate: %d weights for %d stocks", len(w), n))
	}
	if !(periodsPerYear > 0) {
		panic(fmt.Sprintf("basket: Estimate: periodsPerYear = %v must be > 0", periodsPerYear))
	}
	if t < 3 {
		return nil, fmt.Errorf("basket: Estimate: %d dates, need at least 3", t)
	}
	x := mat.NewDense(t, n+1, nil)
	for i, s := range append(append([][]float64(nil), stocks...), bond) {
		if len(s) != t {
			panic(fmt.Sprintf("basket: Estimate: %s has %d returns, the bond %d", seriesName(i, n), len(s), t))
		}
		for r, v := range s {
			if math.IsNaN(v) {
				return nil, fmt.Errorf("basket: Estimate: %s: NaN return at row %d", seriesName(i, n), r+1)
			}
			x.Set(r, i, v)
		}
	}
	var cov mat.SymDense
	stat.CovarianceMatrix(&cov, x, nil)
	vols := make([]float64, n+1)
	for i := range vols {
		if vols[i] = math.Sqrt(cov.At(i, i)); !(vols[i] > 0) {
			return nil, fmt.Errorf("basket: Estimate: %s is constant (zero variance)", seriesName(i, n))
		}
	}
	corr := mat.NewSymDense(n, nil)
	corrB := make([]float64, n)
	for i := range n {
		for j := i; j < n; j++ {
			corr.SetSym(i, j, cov.At(i, j)/(vols[i]*vols[j]))
		}
		corr.SetSym(i, i, 1)
		corrB[i] = cov.At(i, n) / (vols[i] * vols[n])
	}
	k := math.Sqrt(periodsPerYear)
	for i := range vols {
		vols[i] *= k
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
