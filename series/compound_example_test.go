package series_test

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// Two-month returns from monthly returns: each value compounds the
// returns of its window, and the first has no full window.
func ExampleSeries_CompoundReturns() {
	d := series.Date
	r := series.Series{Name: "r", Freq: series.Monthly, Values: []float64{0.10, -0.10, 0.10},
		Dates: []time.Time{d(2020, 1, 1), d(2020, 2, 1), d(2020, 3, 1)}}
	c := r.CompoundReturns(2)
	for i, t := range c.Dates {
		fmt.Printf("%s %+.4f %v\n", t.Format("2006-01"), c.Values[i], c.Reason(i))
	}
	// Output:
	// 2020-01 +NaN too few observations
	// 2020-02 -0.0100 ok
	// 2020-03 -0.0100 ok
}
