package basket_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/sbcorr/basket"
	"github.com/stockbond/sbcorr/sbcorr/premia"
)

// Table 3 of Portelli & Roncalli (2024), third basket: equal weights give a
// positive aggregate correlation although the average individual
// correlation is negative.
func ExampleBasket_Corr() {
	corr := mat.NewSymDense(4, []float64{
		1.00, 0.80, 0.25, 0.25,
		0.80, 1.00, 0.25, 0.25,
		0.25, 0.25, 1.00, 0.80,
		0.25, 0.25, 0.80, 1.00,
	})
	b, err := basket.New(basket.EqualWeight(4), []float64{0.20, 0.10, 0.15, 0.25}, corr, []float64{-0.5, -0.3, 0.3, 0.4})
	if err != nil {
		panic(err)
	}
	fmt.Printf("aggregate %.2f%%, average %.2f%%, leverage %.3f\n", 100*b.Corr(), 100*b.AverageCorr(), b.Leverage())
	// Output:
	// aggregate 2.80%, average -2.50%, leverage 1.307
}

// Table 5: the most diversified basket has the most negative aggregate
// correlation when every stock is -30% correlated with the bond.
func ExampleMostDiversified() {
	vols := []float64{0.20, 0.10, 0.15, 0.25}
	corr := mat.NewSymDense(4, []float64{
		1.00, 0.80, 0.45, 0.35,
		0.80, 1.00, 0.25, 0.25,
		0.45, 0.25, 1.00, 0.50,
		0.35, 0.25, 0.50, 1.00,
	})
	w, err := basket.MostDiversified(premia.Cov(vols, corr))
	if err != nil {
		panic(err)
	}
	b, _ := basket.New(w, vols, corr, []float64{-0.3, -0.3, -0.3, -0.3})
	fmt.Printf("w = %.3f, rho_S,B = %.2f%%\n", w, 100*b.Corr())
	// Output:
	// w = [0.000 0.556 0.278 0.167], rho_S,B = -40.45%
}
