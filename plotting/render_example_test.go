package plotting_test

import (
	"bytes"
	"fmt"
	"math"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/stockbond/sbcorr/plotting"
	"github.com/stockbond/sbcorr/series"
)

func ExampleSVG() {
	p := plotting.Must(plotting.Functions{Title: "y = x^2", XMin: -1, XMax: 1,
		Funcs: []plotting.Func{{F: func(x float64) float64 { return x * x }}}}.Plot())
	a := plotting.Must(plotting.SVG(p, plotting.Width, plotting.Height))
	b := plotting.Must(plotting.SVG(p, plotting.Width, plotting.Height))
	png := plotting.Must(plotting.PNG(p, 8*vg.Centimeter, 6*vg.Centimeter, 72))
	fmt.Println(bytes.HasPrefix(a, []byte("<?xml")), bytes.Equal(a, b), bytes.HasPrefix(png, []byte("\x89PNG")))
	// Output: true true true
}

func ExampleGrid() {
	u := []float64{0.1, 0.4, 0.6, 0.9}
	left := plotting.Must(plotting.Dependogram{Title: "1980-1999", U: u, V: u, Alpha: 0.1}.Plot())
	right := plotting.Must(plotting.Dependogram{Title: "2000-2019", U: u, V: []float64{0.9, 0.6, 0.4, 0.1}, Alpha: 0.1}.Plot())
	g := &plotting.Grid{Title: "Dependograms", Cols: 2, Plots: []*plot.Plot{left, right}}
	svg := plotting.Must(plotting.SVG(g, plotting.Width, 8*vg.Centimeter))
	fmt.Println(bytes.Contains(svg, []byte(">2000-2019<")), bytes.Contains(svg, []byte(">Dependograms<")))
	// Output: true true
}

func ExampleThin() {
	x := make([]float64, 15000)
	y := make([]float64, len(x))
	for i := range x {
		x[i], y[i] = float64(i), math.Sin(float64(i)/100)
	}
	y[5000] = 3 // a spike
	tx, ty := plotting.Thin(x, y, plotting.MaxPoints/4)
	peak := 0.0
	for _, v := range ty {
		peak = math.Max(peak, v)
	}
	fmt.Println(len(tx) <= plotting.MaxPoints, peak)
	// Output: true 3
}

func ExampleSeriesCSV() {
	d := func(day int) time.Time { return time.Date(2020, 3, day, 0, 0, 0, 0, time.UTC) }
	csv := plotting.Must(plotting.SeriesCSV(
		series.Series{Name: "2y", Dates: []time.Time{d(9), d(10)}, Values: []float64{0.0038, 0.005}},
		series.Series{Name: "10y", Dates: []time.Time{d(10), d(11)}, Values: []float64{0.0076, math.NaN()}},
	))
	fmt.Print(string(csv))
	// Output:
	// date,2y,10y
	// 2020-03-09,0.0038,
	// 2020-03-10,0.005,0.0076
	// 2020-03-11,,
}
