package dated_test

import (
	"fmt"
	"math"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// A monthly series regressed on a quarterly factor: every month takes its
// quarter's value of the factor (Tables 21 and 34 of Portelli & Roncalli
// 2024 regress the monthly rolling correlation on quarterly GDP growth).
func ExampleRegress() {
	var months, quarters []time.Time
	var rho, g []float64
	for i := range 60 {
		months = append(months, series.Date(2000, time.Month(i+2), 0))
		if i%3 == 0 {
			quarters = append(quarters, series.Date(2000, time.Month(i+1), 1))
			g = append(g, 0.02+0.01*math.Sin(float64(i)))
		}
		rho = append(rho, -0.1+3*g[len(g)-1]+0.02*math.Cos(5*float64(i)))
	}
	y := series.Series{Name: "rho", Freq: series.Monthly, Dates: months, Values: rho}
	x := series.Series{Name: "g", Freq: series.Quarterly, Dates: quarters, Values: g}
	fit, err := dated.Regress(y, x)
	if err != nil {
		panic(err)
	}
	b := fit.Term("g")
	fmt.Printf("beta_g = %.1f%s (true 3), n = %d\n", b.Coef, b.Stars(), fit.N)
	// Output: beta_g = 3.0*** (true 3), n = 60
}
