package premia_test

import (
	"fmt"
	"math"

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
	rho, _ := premia.BreakEvenCorr(0.6, 0.15, 0.04)
	fmt.Printf("break-even correlation %.2f%%\n", 100*rho)
	_, bond, _ := premia.Mix{XS: 0.6, VolS: 0.15, VolB: 0.04, Corr: -0.5, SR: 0.25}.Premia()
	fmt.Printf("at rho = -50%%: pi_B = %.0f bps (variance %+.0f, covariance %+.0f)\n",
		1e4*bond.Total(), 1e4*bond.Variance, 1e4*bond.Covariance)
	// Output:
	// break-even correlation -17.78%
	// at rho = -50%: pi_B = -35 bps (variance +19, covariance -54)
}

// Section 2.1.4 and Figure 3: the largest bond weight for which bonds are a
// hedge (negative premium) with sigma_S = 15%, sigma_B = 4%.
func ExampleMaxHedgeBondWeight() {
	for _, rho := range []float64{-0.25, -0.50} {
		xb, err := premia.MaxHedgeBondWeight(rho, 0.15, 0.04)
		if err != nil {
			panic(err)
		}
		fmt.Printf("rho = %.0f%%: pi_B <= 0 for x_B <= %.2f%%\n", 100*rho, 100*xb)
	}
	// Output:
	// rho = -25%: pi_B <= 0 for x_B <= 48.39%
	// rho = -50%: pi_B <= 0 for x_B <= 65.22%
}

// Section 3.2.1 (Figures 26-31): premia, break-even and implied
// correlations through time from rolling estimates; a missing estimate gives
// NaN and a reason.
func ExampleMixHistory() {
	xs := []float64{0.75, 0.75, 0.75}
	volS := []float64{0.15, 0.20, math.NaN()}
	volB := []float64{0.07, 0.08, 0.07}
	corr := []float64{0.30, -0.40, 0.10}
	s := premia.MixHistory(xs, volS, volB, corr, 0.30)
	be, _ := premia.BreakEvenSeries(xs, volS, volB)
	imp, _ := premia.ImpliedCorrSeries(xs, volS, volB, corr, 0.30, 0.01)
	for t := range xs {
		if s.Reason[t] != "" {
			fmt.Printf("t=%d: %s\n", t, s.Reason[t])
			continue
		}
		fmt.Printf("t=%d: pi_S %.2f%%, pi_B %+.0f bps (covariance %+.0f bps), rho* %.1f%%, rho~(100 bps) %.1f%%\n",
			t, 100*s.Equity[t].Total(), 1e4*s.Bond[t].Total(), 1e4*s.Bond[t].Covariance, 100*be[t], 100*imp[t])
	}
	// Output:
	// t=0: pi_S 4.46%, pi_B +90 bps (covariance +60 bps), rho* -15.6%, rho~(100 bps) 35.1%
	// t=1: pi_S 5.95%, pi_B -67 bps (covariance -101 bps), rho* -13.3%, rho~(100 bps) 30.3%
	// t=2: premia: Mix.Premia: sigma_S is NaN
}
