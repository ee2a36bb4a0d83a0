package dated_test

import (
	"fmt"
	"math"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/basket"
	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// A bond payoff that rises with stock returns above zero and falls below
// (a "smile", slopes -1/2 and +1/2): its local linear fit reads a negative
// slope on bad days and a positive one on good days, flattened near the kink
// by the paper's bandwidth 2 sigma T^-0.2.
func ExampleNewLocalPayoff() {
	var dates []time.Time
	var stock, bond []float64
	for i := range 401 {
		x := -0.04 + 0.0002*float64(i)
		dates = append(dates, series.Date(2000, 1, 1).AddDate(0, 0, i))
		stock, bond = append(stock, x), append(bond, math.Abs(x)/2+0.0005*math.Sin(float64(i)))
	}
	lp, err := dated.NewLocalPayoff(series.New("S&P 500", dates, stock), series.New("10Y", dates, bond))
	if err != nil {
		panic(err)
	}
	bad, _ := lp.Slope(-0.03, -0.02)
	good, _ := lp.Slope(0.02, 0.03)
	fmt.Printf("bandwidth %.4f, slope %.2f on bad days, %.2f on good days\n", lp.Poly.H, bad, good)
	// Output:
	// bandwidth 0.0140, slope -0.46 on bad days, 0.46 on good days
}

// The aggregate stock-bond correlation of a two-stock market estimated on
// rolling windows: one basket per date from the first full window.
func ExampleRollingBaskets() {
	var dates []time.Time
	a, b, bond, w := make([]float64, 24), make([]float64, 24), make([]float64, 24), make([]float64, 24)
	for t := range 24 {
		dates = append(dates, series.Date(2000, 1, 1).AddDate(0, t, 0))
		a[t], b[t] = 0.04*math.Sin(float64(t)), 0.03*math.Cos(float64(3*t))
		bond[t], w[t] = -0.5*a[t]+0.5*b[t]+0.001*math.Sin(float64(7*t)), 0.6
	}
	stocks := series.NewFrame(dates, series.New("A", dates, a), series.New("B", dates, b))
	one := make([]float64, 24)
	for t := range one {
		one[t] = 1 - w[t]
	}
	weights := series.NewFrame(dates, series.New("A", dates, w), series.New("B", dates, one))
	bs, err := dated.RollingBaskets(stocks, weights, series.New("bond", dates, bond), 12, 12)
	if err != nil {
		panic(err)
	}
	agg := bs.Series("aggregate", (*basket.Basket).Corr)
	fmt.Printf("%d dates, first basket %s, aggregate correlation %.3f, leverage %.3f\n", agg.Len(),
		dates[11].Format("2006-01"), agg.Values[23], bs.Baskets[23].Leverage())
	// Output:
	// 24 dates, first basket 2000-12, aggregate correlation -0.386, leverage 1.410
}
