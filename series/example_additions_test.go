package series_test

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// The share of years with data, by decade, of two files: one daily from
// 1995, one annual with a hole in 2012.
func ExampleCoverage() {
	d := series.Date
	a := series.New("daily", []time.Time{d(1995, 6, 1), d(2005, 1, 3), d(2015, 1, 5)}, []float64{1, 2, 3})
	b := series.New("annual", []time.Time{d(2010, 1, 1), d(2011, 1, 1), d(2013, 1, 1)}, []float64{1, 2, 3})
	decades := series.Decades(1990, 2019)
	share := series.Coverage([]series.Series{a, b}, decades)
	for i, name := range series.PeriodNames(decades) {
		fmt.Printf("%s %.2f\n", name, share[i])
	}
	// Output:
	// 1990s 0.05
	// 2000s 0.05
	// 2010s 0.20
}

// The stock market trades on Columbus Day, the bond market does not.
func ExampleOnlyIn() {
	d := series.Date
	spx := series.New("SPX", []time.Time{d(2015, 10, 9), d(2015, 10, 12), d(2015, 10, 13)}, []float64{2014.9, 2017.5, 2003.7})
	dgs10 := series.New("DGS10", []time.Time{d(2015, 10, 9), d(2015, 10, 13)}, []float64{0.0212, 0.0205})
	fmt.Println(series.OnlyIn(spx, dgs10).Dates[0].Format("Mon 2006-01-02"))
	// Output: Mon 2015-10-12
}
