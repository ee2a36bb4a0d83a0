package dated_test

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/curve"
	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// Fit every curve of a (two-day) history of par yields; the fits are a
// frame of parameters and errors on the curves' dates.
func ExampleFitSvenssonHistory() {
	m := []float64{0.5, 1, 2, 5, 10, 30}
	truth := curve.Svensson{B0: 0.04, B1: -0.02, B2: 0.01, B3: 0.01, Tau1: 1, Tau2: 5}
	dates := []time.Time{series.Date(2024, 6, 27), series.Date(2024, 6, 28)}
	var cols []series.Series
	for _, t := range m {
		y := curve.ParYield(truth, t)
		cols = append(cols, series.New(fmt.Sprint(t), dates, []float64{y, y + 0.001}))
	}
	fits := dated.FitSvenssonHistory(m, series.NewFrame(dates, cols...), curve.FitOptions{Target: curve.ParYields})
	fmt.Printf("%v\nRMSE below 0.1 bp: %v\n", fits.Names(), fits.MustCol("rmse").Summary().Max < 1e-5)
	// Output:
	// [b0 b1 b2 b3 tau1 tau2 rmse max_abs max_at]
	// RMSE below 0.1 bp: true
}
