package series_test

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// Month-end prices with March missing: the April return would span two
// months, so it is NaN and says why.
func ExampleSeries_SimpleReturns() {
	d := series.Date
	p := series.Series{Name: "SPX", Unit: series.UnitIndex, Freq: series.Monthly,
		Dates:  []time.Time{d(2020, 1, 31), d(2020, 2, 28), d(2020, 4, 30), d(2020, 5, 29)},
		Values: []float64{3225.52, 2954.22, 2912.43, 3044.31}}
	r := p.SimpleReturns()
	for i, t := range r.Dates {
		fmt.Printf("%s %+.4f %v\n", t.Format("2006-01"), r.Values[i], r.Reason(i))
	}
	// Output:
	// 2020-02 -0.0841 ok
	// 2020-04 +NaN spans a missing period
	// 2020-05 +0.0453 ok
}

// Two series on different calendars are aligned, an estimator runs on
// plain slices, and its output goes back on the dates.
func ExampleAlign() {
	d := series.Date
	a := series.New("a", []time.Time{d(2024, 1, 2), d(2024, 1, 3), d(2024, 1, 4)}, []float64{1, 2, 3})
	b := series.New("b", []time.Time{d(2024, 1, 3), d(2024, 1, 4), d(2024, 1, 5)}, []float64{10, 20, 30})
	x, y := series.Align(a, b)
	sum := make([]float64, x.Len())
	for i := range sum {
		sum[i] = x.Values[i] + y.Values[i]
	}
	s := x.WithValues(sum).Named("a+b")
	fmt.Println(s.Name, s.Len(), s.At(d(2024, 1, 31)))
	// Output: a+b 2 23
}

// Summary statistics over a period, with the dates of the extremes.
func ExampleSeries_Summary() {
	d := series.Date
	rho := series.New("rho", []time.Time{d(2000, 12, 29), d(2001, 12, 31), d(2002, 12, 31), d(2003, 12, 31)},
		[]float64{0.31, -0.12, -0.45, -0.30})
	s := rho.Years(2001, 2003).Summary()
	fmt.Printf("n=%d mean=%.3f min=%.2f on %s\n", s.N, s.Mean, s.Min, s.MinAt.Format(time.DateOnly))
	// Output: n=3 mean=-0.290 min=-0.45 on 2002-12-31
}

// The NBER recession indicator (FRED USREC, monthly 0/1) as periods to
// shade on a chart.
func ExampleSeries_FlagPeriods() {
	var dates []time.Time
	for m := range 8 {
		dates = append(dates, series.Date(2007, time.Month(9+m), 1))
	}
	usrec := series.New("USREC", dates, []float64{0, 0, 0, 1, 1, 1, 1, 1}) // recession from December 2007
	periods, err := usrec.FlagPeriods()
	if err != nil {
		panic(err)
	}
	for _, p := range periods {
		fmt.Println(p.From.Format("2006-01"), "to", p.To.Format("2006-01"))
	}
	// Output: 2007-12 to 2008-04
}
