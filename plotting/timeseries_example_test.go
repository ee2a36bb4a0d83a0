package plotting_test

import (
	"bytes"
	"fmt"
	"math"
	"time"

	"github.com/stockbond/sbcorr/series"

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
		Shade:   []series.Period{{From: dates[11], To: dates[29]}},
		Series:  []series.Series{{Name: "US", Dates: dates, Values: corr}},
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
func seriesFor(name string) series.Series {
	s := series.Series{Name: name}
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 120 {
		s.Dates = append(s.Dates, start.AddDate(0, i, 0))
		s.Values = append(s.Values, 0.3*math.Sin(float64(i)/20+float64(len(name)*int(name[0]))))
	}
	return s
}

// A rolling correlation with a confidence band around it (for example
// sbcorr's Fisher-z band); the band takes a light tint of the series' colour.
func ExampleDateBand() {
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	s := series.Series{Name: "4-year correlation"}
	band := plotting.DateBand{Name: "95% band"}
	for i := range 120 {
		d, rho := start.AddDate(0, i, 0), 0.5*math.Sin(float64(i)/15)
		s.Dates, s.Values = append(s.Dates, d), append(s.Values, rho)
		band.Dates = append(band.Dates, d)
		band.Lo, band.Hi = append(band.Lo, math.Tanh(math.Atanh(rho)-0.28)), append(band.Hi, math.Tanh(math.Atanh(rho)+0.28))
	}
	p, err := plotting.TimeSeries{Title: "Correlation and its band", YLabel: "correlation", Percent: true, Zero: true,
		Series: []series.Series{s}, Bands: []plotting.DateBand{band}}.Plot()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(svgHas(p, "95% band", "4-year correlation"))
	// Output: true
}
