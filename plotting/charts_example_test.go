package plotting_test

import (
	"fmt"
	"math"
	"strings"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/plotting"
	"github.com/stockbond/sbcorr/series"
)

// svgHas renders d and reports whether the SVG contains every text.
func svgHas(d plotting.Drawer, texts ...string) bool {
	svg, err := plotting.SVG(d, plotting.Width, plotting.Height)
	if err != nil {
		return false
	}
	for _, t := range texts {
		if !strings.Contains(string(svg), ">"+t+"<") {
			return false
		}
	}
	return true
}

func ExampleScatter() {
	stock := []float64{-0.08, -0.03, -0.01, 0.0, 0.02, 0.04, 0.05}
	bond := []float64{0.03, 0.012, 0.004, 0.0, -0.006, -0.01, -0.02}
	p, err := plotting.Scatter{
		Title: "Bond vs stock monthly returns", XLabel: "stock return", YLabel: "bond return",
		XPercent: true, YPercent: true, Zero: true,
		Points:          []plotting.XY{{Name: "months", X: stock, Y: bond}},
		Curves:          []plotting.XY{{Name: "linear fit", X: []float64{-0.08, 0.05}, Y: []float64{0.028, -0.017}}},
		Highlight:       plotting.XY{Name: "influential", X: stock[:1], Y: bond[:1]},
		HighlightLabels: []string{"Oct 2008"},
	}.Plot()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(svgHas(p, "Oct 2008", "linear fit", "0%"))
	// Output: true
}

// Fixed x limits zoom on the bulk of the months: the two crash months
// outside [-10%, 10%] are left out of the chart.
func ExampleScatter_xLimits() {
	stock := []float64{-0.21, -0.03, -0.01, 0.0, 0.02, 0.04, 0.17}
	bond := []float64{0.05, 0.012, 0.004, 0.0, -0.006, -0.01, -0.03}
	p, err := plotting.Scatter{Title: "Bond vs stock, central months", XLabel: "stock return", YLabel: "bond return",
		XPercent: true, YPercent: true, XMin: -0.1, XMax: 0.1,
		Points: []plotting.XY{{Name: "months", X: stock, Y: bond}}}.Plot()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.X.Min, p.X.Max, svgHas(p, "-10%", "10%"))
	// Output: -0.1 0.1 true
}

func ExampleDependogram() {
	u := []float64{0.05, 0.2, 0.5, 0.7, 0.95}
	v := []float64{0.9, 0.6, 0.5, 0.3, 0.02}
	rho := -0.3
	gauss := func(a, b float64) float64 { // Gaussian copula density
		x, y := math.Sqrt2*math.Erfinv(2*a-1), math.Sqrt2*math.Erfinv(2*b-1)
		return math.Exp(-(rho*rho*(x*x+y*y)-2*rho*x*y)/(2*(1-rho*rho))) / math.Sqrt(1-rho*rho)
	}
	p, err := plotting.Dependogram{Title: "Dependogram", XLabel: "u_S", YLabel: "u_B",
		U: u, V: v, Alpha: 0.1, Density: gauss}.Plot()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.X.Min, p.X.Max, svgHas(p, "0.2", "u_B"))
	// Output: -0.02 1.02 true
}

func ExampleHeatmap() {
	f, err := plotting.Heatmap{
		Title: "Regime probabilities", Rows: []string{"Bad", "Normal", "Good"}, Cols: []string{"Bad", "Normal", "Good"},
		Values: [][]float64{{0.0237, 0.0740, 0.0024}, {0.0740, 0.6520, 0.0740}, {0.0024, 0.0740, 0.0237}},
		Format: check.Percent(2), ColorLabel: "probability",
	}.Plot()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(svgHas(f, "65.20%", "2.37%", "Normal"))
	// Output: true
}

func ExampleHistogram() {
	var draws []float64
	for i := range 1000 {
		draws = append(draws, math.Sin(float64(i)*12.9898)*0.2) // stand-in for Monte Carlo draws
	}
	p, err := plotting.Histogram{Title: "Simulated correlation", XLabel: "correlation", XPercent: true,
		Values: draws, KDE: true, Marks: []plotting.Mark{{Name: "paper", X: -0.05}}}.Plot()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(svgHas(p, "paper", "density", "-20%"))
	// Output: true
}

func ExampleBars() {
	p, err := plotting.Bars{Title: "Correlation by regime", YLabel: "correlation", Percent: true,
		Categories: []string{"Bad", "Normal", "Good"},
		Groups: []plotting.Group{
			{Name: "1980-1999", Values: []float64{0.35, 0.30, 0.38}},
			{Name: "2000-2019", Values: []float64{-0.45, -0.30, -0.20}},
		}}.Plot()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(svgHas(p, "Normal", "2000-2019", "0%"))
	// Output: true
}

func ExampleBoxPlots() {
	p, err := plotting.BoxPlots{Title: "Rolling correlation by decade", YLabel: "correlation", Percent: true, Zero: true,
		Groups: []plotting.Group{
			{Name: "1980s", Values: []float64{0.2, 0.3, 0.35, 0.4, 0.5}},
			{Name: "2010s", Values: []float64{-0.5, -0.4, -0.3, -0.2, math.NaN()}},
		}}.Plot()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(svgHas(p, "1980s", "2010s"))
	// Output: true
}

func ExampleFunctions() {
	p, err := plotting.Functions{Title: "Linear payoffs", XLabel: "stock return", YLabel: "bond return",
		XPercent: true, YPercent: true, XMin: -0.3, XMax: 0.3, Zero: true,
		Funcs: []plotting.Func{
			{Name: "rho = -0.5", F: func(x float64) float64 { return -0.5 * 0.25 * x }},
			{Name: "rho = +0.5", F: func(x float64) float64 { return 0.5 * 0.25 * x }},
		}}.Plot()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.X.Min, p.X.Max, svgHas(p, "rho = -0.5", "20%"))
	// Output: -0.3 0.3 true
}

// Two models at two parameters each: one colour per model, one dash per
// parameter.
func ExampleFunctions_groups() {
	linear := func(rho float64) func(float64) float64 { return func(x float64) float64 { return rho * 0.25 * x } }
	convex := func(rho float64) func(float64) float64 {
		return func(x float64) float64 { return rho*0.25*x + 0.5*x*x }
	}
	p, err := plotting.Functions{Title: "Payoffs by model", XLabel: "stock return", YLabel: "bond return",
		XPercent: true, YPercent: true, XMin: -0.3, XMax: 0.3,
		Funcs: []plotting.Func{
			{Name: "linear, rho = -0.5", F: linear(-0.5), Group: "linear"},
			{Name: "convex, rho = -0.5", F: convex(-0.5), Group: "convex"},
			{Name: "linear, rho = +0.5", F: linear(0.5), Group: "linear"},
			{Name: "convex, rho = +0.5", F: convex(0.5), Group: "convex"},
		}}.Plot()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(svgHas(p, "linear, rho = +0.5", "convex, rho = -0.5"))
	// Output: true
}

func ExampleSmallMultiples() {
	var panels []plotting.TimeSeries
	for _, c := range []string{"US", "DE", "JP", "UK"} {
		s := seriesFor(c)
		panels = append(panels, plotting.TimeSeries{Title: c, Series: []series.Series{s}})
	}
	g, err := plotting.SmallMultiples{Title: "Stock-bond correlation", Panels: panels,
		Percent: true, Zero: true, ShareY: true}.Grid()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(g.Plots), g.Plots[0].Y.Min == g.Plots[3].Y.Min, svgHas(g, "JP", "Stock-bond correlation"))
	// Output: 4 true true
}
