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
