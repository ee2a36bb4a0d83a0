package dated_test

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// The implied premia of a 75/25 stock-bond market portfolio on two dates
// (Portelli & Roncalli (2024), eq. 9-10): the bond premium is negative
// below the break-even correlation. In 1995 sigma(x) = 11.93%, so
// pi_B = 0.30 / 0.1193 x (0.25 x 0.06^2 + 0.75 x 0.40 x 0.15 x 0.06) = 91 bps.
func ExampleMixHistory() {
	d := []time.Time{series.Date(1995, 12, 29), series.Date(2015, 12, 31)}
	volS := series.New("sigma_S", d, []float64{0.15, 0.15})
	volB := series.New("sigma_B", d, []float64{0.06, 0.06})
	corr := series.New("rho", d, []float64{0.40, -0.40})
	xs := series.Constant("x_S", 0.75, d)
	p := dated.MixHistory(xs, volS, volB, corr, 0.30)
	be := dated.BreakEvenSeries(xs, volS, volB)
	for i, t := range d {
		fmt.Printf("%d: pi_S %.2f%%, pi_B %+.0f bps, rho* %.1f%%\n", t.Year(), 100*p.Equity.Values[i], 1e4*p.Bond.Values[i], 100*be.Values[i])
	}
	// Output:
	// 1995: pi_S 4.47%, pi_B +91 bps, rho* -13.3%
	// 2015: pi_S 4.46%, pi_B -50 bps, rho* -13.3%
}
