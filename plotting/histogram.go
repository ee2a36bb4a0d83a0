package plotting

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

// Histogram describes the distribution of a sample (for example Monte Carlo
// draws of a correlation): a density-scaled histogram, optionally with a
// Gaussian kernel density estimate on top and vertical marks at reference
// values (the paper's number, the sample mean).
type Histogram struct {
	// Name is the chart's figure name (see FigureName: the file name under
	// `make figures`); empty, the name comes from the title.
	Name          string
	Title, XLabel string
	XPercent      bool      // label the x axis in percent (values are decimals)
	Values        []float64 // the sample; NaN values are ignored
	Bins          int       // number of bins; 0 picks Freedman-Diaconis (between 10 and 100)
	KDE           bool      // overlay a Gaussian KDE with Silverman's bandwidth
	Marks         []Mark    // vertical reference lines
	Theme         *Theme
}

// Mark is a named vertical reference line at X.
type Mark struct {
	Name string
	X    float64
}

// Plot builds the chart; the y axis is a density (bar areas sum to one),
// from 0 to the tallest bar or density with Headroom above; the x axis
// spans the bins (and the marks) with Headroom on both sides. It returns an
// error when Values has no finite value.
func (h Histogram) Plot() (*plot.Plot, error) {
	th := themeOr(h.Theme)
	s := sortedCopy(h.Values)
	if len(s) == 0 {
		return nil, fmt.Errorf("plotting: Histogram %q: no finite value (%d values)", h.Title, len(h.Values))
	}
	p := th.chart(axes{title: h.Title, x: h.XLabel, y: "density", xPercent: h.XPercent})
	bins := h.Bins
	if bins <= 0 {
		bins = fdBins(s)
	}
	hist, err := plotter.NewHist(plotter.Values(s), bins)
	if err != nil {
		return nil, fmt.Errorf("plotting: Histogram %q: %w", h.Title, err)
	}
	hist.Normalize(1)
	hist.FillColor = th.ShadeColor
	hist.LineStyle = th.Ref(false)
	hist.LineStyle.Width = 0.4
	p.Add(hist)
	legend := []LegendEntry{{"histogram", hist}}
	if bw := Silverman(s); h.KDE && finite(bw) {
		lo, hi := s[0]-3*bw, s[len(s)-1]+3*bw
		x := make([]float64, 200)
		for i := range x {
			x[i] = lo + (hi-lo)*float64(i)/float64(len(x)-1)
		}
		l := NewGapLine(x, KDE(s, bw, x), th.Line(0))
		p.Add(l)
		legend = append(legend, LegendEntry{fmt.Sprintf("kernel density (h = %.3g)", bw), l})
	}
	for i, m := range h.Marks {
		st := th.Line(i + 1)
		p.Add(&RefLine{At: m.X, Vertical: true, LineStyle: st})
		p.X.Min, p.X.Max = math.Min(p.X.Min, m.X), math.Max(p.X.Max, m.X)
		legend = append(legend, LegendEntry{m.Name, NewGapLine(nil, nil, st)})
	}
	p.Y.Max += Headroom * (p.Y.Max - p.Y.Min) // the tallest bar off the frame
	addHeadroom(&p.X, false)                  // the outer bars off the y axis
	th.AddTopLegend(p, named(legend)...)
	return p, nil
}

// fdBins returns the Freedman-Diaconis number of bins for sorted s,
// (max - min) / (2 IQR n^(-1/3)), clamped to [10, 100]; 10 when IQR is 0.
func fdBins(s []float64) int {
	iqr := series.Quantile(s, 0.75) - series.Quantile(s, 0.25)
	if iqr <= 0 {
		return 10
	}
	w := 2 * iqr * math.Pow(float64(len(s)), -1.0/3)
	return min(max(int(math.Ceil((s[len(s)-1]-s[0])/w)), 10), 100)
}
