package premia_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/sbcorr/premia"
)

// Table 1 of Portelli & Roncalli (2024), second correlation set: the third
// asset is a hedging asset (negative implied premium).
func ExampleMarket_Premia() {
	corr := mat.NewSymDense(3, []float64{
		1, 0.60, -0.40,
		0.60, 1, -0.50,
		-0.40, -0.50, 1,
	})
	m, err := premia.NewMarket([]float64{0.5, 0.4, 0.1}, []float64{0.2, 0.1, 0.05}, corr, 0.25)
	if err != nil {
		panic(err)
	}
	for i, p := range m.Premia() {
		fmt.Printf("pi_%d = %.2f%%\n", i+1, 100*p)
	}
	// Output:
	// pi_1 = 4.85%
	// pi_2 = 1.94%
	// pi_3 = -0.55%
}

// Section 2.1.3: the correlation rho_23 that gives asset 3 a 1% premium.
func ExampleMarket_ImpliedCorr() {
	corr := mat.NewSymDense(3, []float64{
		1, 0.60, -0.10,
		0.60, 1, -0.50,
		-0.10, -0.50, 1,
	})
	m, _ := premia.NewMarket([]float64{0.5, 0.45, 0.05}, []float64{0.2, 0.2, 0.2}, corr, 0.25)
	res, err := m.ImpliedCorr(2, 1, 0.01)
	if err != nil {
		panic(err)
	}
	fmt.Printf("rho~_23 = %.1f%%\n", 100*res.Corr)
	fmt.Printf("other root %.1f%%: %s\n", 100*res.Roots[1], res.Reasons[1])
	// Output:
	// rho~_23 = 38.2%
	// other root -37.3%: spurious (gives pi_3 = -0.01)
}

// Figure 2: a 60/40 mix with sigma_S = 15% and sigma_B = 4%.
func ExampleBreakEvenCorr() {
	rho, _ := premia.BreakEvenCorr(0.4, 0.15, 0.04)
	fmt.Printf("break-even correlation %.2f%%\n", 100*rho)
	_, bond, _ := premia.StockBond{XS: 0.6, VolS: 0.15, VolB: 0.04, Corr: -0.5, SR: 0.25}.Premia()
	fmt.Printf("at rho = -50%%: pi_B = %.0f bps (variance %+.0f, covariance %+.0f)\n",
		1e4*bond.Total(), 1e4*bond.Variance, 1e4*bond.Covariance)
	// Output:
	// break-even correlation -17.78%
	// at rho = -50%: pi_B = -35 bps (variance +19, covariance -54)
}
