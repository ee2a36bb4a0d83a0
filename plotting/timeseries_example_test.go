package plotting_test

import (
	"bytes"
	"fmt"
	"math"
	"time"

	"github.com/stockbond/sbcorr/plotting"
)

func ExampleTimeSeries() {
	start := time.Date(2007, 1, 1, 0, 0, 0, 0, time.UTC)
	var dates []time.Time
	var corr []float64
	for i := range 36 {
		dates = append(dates, start.AddDate(0, i, 0))
		corr = append(corr, 0.4*math.Cos(float64(i)/6))
	}
	corr[10] = math.NaN() // a missing month leaves a gap
	ts := plotting.TimeSeries{
		Title:   "Rolling stock-bond correlation",
		YLabel:  "correlation",
		Percent: true,
		Zero:    true,
		Shade:   []plotting.Span{{Start: dates[11], End: dates[29]}},
		Series:  []plotting.Series{{Name: "US", Dates: dates, Values: corr}},
	}
	p, err := ts.Plot()
	if err != nil {
		fmt.Println(err)
		return
	}
	svg, err := plotting.SVG(p, plotting.Width, plotting.Height)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bytes.Contains(svg, []byte(">Jan 2008<")), bytes.Contains(svg, []byte(">-20%<")))
	// Output: true true
}

// seriesFor returns a 10-year monthly series whose level depends on name.
func seriesFor(name string) plotting.Series {
	s := plotting.Series{Name: name}
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 120 {
		s.Dates = append(s.Dates, start.AddDate(0, i, 0))
		s.Values = append(s.Values, 0.3*math.Sin(float64(i)/20+float64(len(name)*int(name[0]))))
	}
	return s
}
