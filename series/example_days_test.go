package series_test

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// Two New York sessions of 5-minute log returns reduced to one session
// return and one count per day.
func ExampleSeries_Days() {
	ny, _ := time.LoadLocation("America/New_York")
	at := func(d, h, m int) time.Time { return time.Date(2025, 4, d, h, m, 0, 0, ny) }
	r := series.Series{Name: "SPY", Unit: series.UnitDecimal, Freq: series.Intraday,
		Dates:  []time.Time{at(8, 9, 35), at(8, 9, 40), at(8, 16, 0), at(9, 9, 35), at(9, 15, 55)},
		Values: []float64{-0.004, 0.001, -0.002, 0.010, 0.020}}
	sum, n := r.Days(series.AggSum), r.Days(series.AggCount)
	for i, d := range sum.Dates {
		fmt.Printf("%s %+.3f (%g returns)\n", d.Format(time.DateOnly), sum.Values[i], n.Values[i])
	}
	// Output:
	// 2025-04-08 -0.005 (3 returns)
	// 2025-04-09 +0.030 (2 returns)
}

// An equity allocation read from a text (70% in 1980, 60% in mid-1985,
// 90% in March 2000) on month-end dates.
func ExampleInterpolate() {
	d := series.Date
	dates := []time.Time{d(1979, 12, 31), d(1982, 9, 30), d(1985, 6, 30), d(1992, 10, 30), d(2001, 1, 31)}
	x := series.Interpolate("x_S", dates, []time.Time{d(1980, 1, 1), d(1985, 6, 30), d(2000, 3, 31)}, []float64{0.70, 0.60, 0.90})
	for i, t := range x.Dates {
		fmt.Printf("%s %.3f\n", t.Format("2006-01"), x.Values[i])
	}
	// Output:
	// 1979-12 0.700
	// 1982-09 0.650
	// 1985-06 0.600
	// 1992-10 0.749
	// 2001-01 0.900
}
