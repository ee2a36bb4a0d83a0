package plotting

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/series"
	"gonum.org/v1/plot/vg"
)

// dailySeries returns a 15,000-point business-day random walk (about 60
// years of daily data) with 3% missing values.
func dailySeries() series.Series {
	r := rand.New(rand.NewPCG(1, 2))
	s := series.Series{Name: "walk"}
	d, v := time.Date(1962, 1, 2, 0, 0, 0, 0, time.UTC), 0.05
	for len(s.Dates) < 15000 {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			v += 0.0005 * r.NormFloat64()
			x := v
			if r.Float64() < 0.03 {
				x = math.NaN()
			}
			s.Dates, s.Values = append(s.Dates, d), append(s.Values, x)
		}
		d = d.AddDate(0, 0, 1)
	}
	return s
}

// BenchmarkTimeSeriesSVG15000 builds and renders a 15,000-point daily
// series to SVG (thinned to MaxPoints, the default) and reports the SVG
// size.
func BenchmarkTimeSeriesSVG15000(b *testing.B) {
	benchSVG(b, false)
}

// BenchmarkTimeSeriesSVG15000NoThin is the same without thinning, for
// comparison of time and size.
func BenchmarkTimeSeriesSVG15000NoThin(b *testing.B) {
	benchSVG(b, true)
}

func benchSVG(b *testing.B, noThin bool) {
	s := dailySeries()
	var size int
	for b.Loop() {
		p, err := TimeSeries{Title: "15,000 days", YLabel: "yield", Percent: true, NoThin: noThin, Series: []series.Series{s}}.Plot()
		if err != nil {
			b.Fatal(err)
		}
		svg, err := SVG(p, Width, Height)
		if err != nil {
			b.Fatal(err)
		}
		size = len(svg)
	}
	b.ReportMetric(float64(size)/1000, "kB/svg")
}

// Sizes of the tests calibrated on the 16 x 9 cm charts of the first
// notebooks (the default size is larger since the figure presets).
const (
	w16 = 16 * vg.Centimeter
	h9  = 9 * vg.Centimeter
)

// The 15,000-point daily series of the benchmark stays small enough to
// embed in an HTML report.
func TestTimeSeriesSVGSize(t *testing.T) {
	p := Must(TimeSeries{Title: "15,000 days", Series: []series.Series{dailySeries()}}.Plot())
	if n := len(Must(SVG(p, w16, h9))); n > 80_000 {
		t.Errorf("SVG of a 15,000-point series is %d bytes, want <= 80 kB", n)
	}
}

// Small multiples thin each panel for its share of the width: two
// 15,000-point panels side by side weigh about one full-width chart.
func TestSmallMultiplesSVGSize(t *testing.T) {
	s := dailySeries()
	g := Must(SmallMultiples{Cols: 2, Panels: []TimeSeries{
		{Title: "a", Series: []series.Series{s}}, {Title: "b", Series: []series.Series{s}}}}.Grid())
	if n := len(Must(SVG(g, w16, h9))); n > 70_000 {
		t.Errorf("SVG of two 15,000-point panels is %d bytes, want <= 70 kB", n)
	}
}

// BenchmarkTimeSeriesPDF15000 renders the 15,000-point series to a
// double-column PDF (text outlined) and reports its size.
func BenchmarkTimeSeriesPDF15000(b *testing.B) {
	p, err := TimeSeries{Title: `15,000 days of $\rho_{SB}$`, YLabel: "yield", Percent: true, Series: []series.Series{dailySeries()}}.Plot()
	if err != nil {
		b.Fatal(err)
	}
	var size int
	for b.Loop() {
		size = len(Must(DoubleColumn.PDF(p)))
	}
	b.ReportMetric(float64(size)/1000, "kB/pdf")
}
