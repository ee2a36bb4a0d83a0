package basket_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/sbcorr/basket"
	"github.com/stockbond/sbcorr/sbcorr/premia"
)

// Table 3 of Portelli & Roncalli (2024), third basket: equal weights give a
// positive aggregate correlation although the average individual
// correlation is negative; the concentration metrics of Table 4 say how
// many stocks explain a fraction alpha of the aggregate correlation.
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
	fmt.Printf("H^-1 = %.1f, CSV = %.2f%%, phi = %.3f\n", b.EquivalentBets(), 100*b.CrossSectionalVol(), b.Phi())
	fmt.Printf("Omega_1 = %.2f%%, Omega_2 = %.2f%%, eta_50%% = %d, eta_75%% = %d\n", 100*b.Concentration(1), 100*b.Concentration(2), b.Eta(0.5), b.Eta(0.75))
	// Output:
	// aggregate 2.80%, average -2.50%, leverage 1.307
	// H^-1 = 4.0, CSV = 5.59%, phi = 0.417
	// Omega_1 = 35.71%, Omega_2 = 64.29%, eta_50% = 2, eta_75% = 3
}

// Table 5: the four risk-based baskets when every stock is -30% correlated
// with the bond. The most diversified basket has the most negative
// aggregate correlation, rho_S,B = -30% DR(w); every stock of the ERC basket
// contributes a quarter of its volatility.
func Example_riskBasedBaskets() {
	vols := []float64{0.20, 0.10, 0.15, 0.25}
	corr := mat.NewSymDense(4, []float64{
		1.00, 0.80, 0.45, 0.35,
		0.80, 1.00, 0.25, 0.25,
		0.45, 0.25, 1.00, 0.50,
		0.35, 0.25, 0.50, 1.00,
	})
	cov := premia.Cov(vols, corr)
	for _, c := range []struct {
		name  string
		build func(mat.Symmetric) ([]float64, error)
	}{
		{"EW ", func(mat.Symmetric) ([]float64, error) { return basket.EqualWeight(4), nil }},
		{"MV ", basket.MinVariance},
		{"ERC", basket.ERC},
		{"MDP", basket.MostDiversified},
	} {
		w, err := c.build(cov)
		if err != nil {
			panic(err)
		}
		b, _ := basket.New(w, vols, corr, []float64{-0.3, -0.3, -0.3, -0.3})
		rc := premia.RiskContributions(w, cov)
		fmt.Printf("%s w = %.4f, RC_1/sigma = %.4f, rho_S,B = %.2f%%\n", c.name, w, rc[1]/b.Vol(), 100*b.Corr())
	}
	// Output:
	// EW  w = [0.2500 0.2500 0.2500 0.2500], RC_1/sigma = 0.1257, rho_S,B = -39.23%
	// MV  w = [0.0000 0.7500 0.2500 0.0000], RC_1/sigma = 0.7500, rho_S,B = -36.74%
	// ERC w = [0.1744 0.3936 0.2666 0.1654], RC_1/sigma = 0.2500, rho_S,B = -39.74%
	// MDP w = [0.0000 0.5556 0.2778 0.1667], RC_1/sigma = 0.4000, rho_S,B = -40.45%
}

// Appendix A.6 and Figure 13: with 25 stocks correlated at 30% with each
// other and each -50% correlated with the bond, the aggregate correlation
// of a long-only basket lies between -50% and that of the most diversified
// basket.
func ExampleMDPCorrBounds() {
	lo, hi, err := basket.MDPCorrBounds(-0.5, 0.3, 25)
	if err != nil {
		panic(err)
	}
	dr, _ := basket.MaxDRConstCorr(0.3, 25)
	fmt.Printf("DR(w_mdp) = %.4f: rho_S,B in [%.2f%%, %.2f%%]\n", dr, 100*hi, 100*lo)
	// Output:
	// DR(w_mdp) = 1.7461: rho_S,B in [-87.30%, -50.00%]
}
