package series_test

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// Quarterly growth beside a monthly series: every month takes its
// quarter's value.
func ExampleSeries_OnDates() {
	d := series.Date
	g := series.Series{Name: "g", Freq: series.Quarterly,
		Dates: []time.Time{d(2024, 1, 1), d(2024, 4, 1)}, Values: []float64{0.021, 0.030}}
	months := []time.Time{d(2024, 1, 31), d(2024, 2, 29), d(2024, 3, 29), d(2024, 4, 30), d(2024, 7, 31)}
	fmt.Println(g.OnDates(months).Values)
	// Output: [0.021 0.021 0.021 0.03 NaN]
}
