package dated_test

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// A monthly-rebalanced 60/40 mix of two return series and its
// performance.
func ExamplePerform() {
	d := series.Date
	dates := []time.Time{d(2020, 1, 31), d(2020, 2, 28), d(2020, 3, 31), d(2020, 4, 30)}
	stock := series.New("stock", dates, []float64{-0.001, -0.084, -0.125, 0.128}).AtFreq(series.Monthly)
	bond := series.New("bond", dates, []float64{0.045, 0.030, 0.025, 0.004}).AtFreq(series.Monthly)
	mix := series.Combine(stock, bond, func(s, b float64) float64 { return 0.6*s + 0.4*b })
	p, err := dated.Perform(mix)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d months: return %.1f%% a year, volatility %.1f%%, max drawdown %.1f%%\n",
		p.N, 100*p.Return, 100*p.Vol, 100*p.MaxDrawdown)
	// Output: 4 months: return -4.0% a year, volatility 22.0%, max drawdown 10.1%
}
