package inputs_test

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/inputs"
	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// The 1-year inflation factors of Table 20 and the regression of the
// 4-year rolling stock-bond correlation on them (needs the data folder).
func ExampleUSMacro() {
	m, err := inputs.USMacro()
	if err != nil {
		fmt.Println(err)
		return
	}
	us, _ := inputs.US(series.Monthly, 10)
	rho := dated.RollingCorr(us.Stock, us.Bond, 48).Years(1965, 2023)
	pi := m.CPI.Change(12).Named("pi")                                            // pi(t) = CPI(t)/CPI(t-12) - 1
	vol := dated.RollingVol(pi, 48).Scale(math.Sqrt(12.0/12), series.UnitDecimal) // annualised by sqrt(12/h)
	fit, _ := dated.Regress(rho, pi, vol.Named("sigma_pi"))
	fmt.Printf("beta_pi = %.2f, R2 = %.1f%%\n", fit.Term("pi").Coef, 100*fit.R2)
}

// The Treasury par curve of one day, and the NY Fed's 10-year term
// premium at the same month end (needs the data folder).
func ExampleTreasuryParCurves() {
	par, err := inputs.TreasuryParCurves()
	if err != nil {
		fmt.Println(err)
		return
	}
	acm, _ := inputs.ACMTermPremium()
	d := series.Date(2021, 12, 31)
	fmt.Println(par.Maturities, par.At(d), acm.TermPremium.At(d))
}
