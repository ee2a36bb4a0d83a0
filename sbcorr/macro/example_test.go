package macro_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/sbcorr/macro"
)

// The default parameters of section 2.4.1 give rho_SB = 51.1%; a 5%
// inflation volatility turns it negative (footnote 13).
func ExampleLi_Correlation() {
	m := macro.LiDefault()
	rho, err := m.Correlation()
	if err != nil {
		panic(err)
	}
	fmt.Printf("default: %.1f%%\n", 100*rho)
	rho, _ = m.With(macro.SigmaPi, 0.05).Correlation()
	fmt.Printf("sigma_pi = 5%%: %.1f%%\n", 100*rho)
	d, _ := m.Decompose()
	c := d.Corr()
	fmt.Printf("rates %.1f%% + inflation %.1f%% + inflation-dividend %.1f%%\n",
		100*c.Rates, 100*c.Inflation, 100*c.InflationDividend)
	// Output:
	// default: 51.1%
	// sigma_pi = 5%: -34.3%
	// rates 45.5% + inflation -9.9% + inflation-dividend 15.4%
}

// The standard growth-inflation parameters of Figure 66 give a negative
// correlation; a low growth beta of stocks turns it positive (Figure 67).
func ExampleGrowthInflation_Correlation() {
	m := macro.GrowthInflationStandard().With(macro.RhoGPi, 0.3)
	rho, _ := m.Correlation()
	fmt.Printf("standard: %.1f%%\n", 100*rho)
	rho, _ = m.With(macro.BetaSG, 0.2).Correlation()
	fmt.Printf("beta_S_g = 0.2: %.1f%%\n", 100*rho)
	star, _ := m.Threshold()
	fmt.Printf("beta*_S_g = %.1f\n", star)
	// Output:
	// standard: -61.8%
	// beta_S_g = 0.2: 28.5%
	// beta*_S_g = 1.0
}
