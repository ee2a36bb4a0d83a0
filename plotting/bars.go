package plotting

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Bars describes a grouped bar chart: for each category (a regime, a
// sector) one bar per group (a country, a period), side by side, for
// example correlation differentials by regime.
type Bars struct {
	// Name is the chart's figure name (see FigureName: the file name under
	// `make figures`); empty, the name comes from the title.
	Name          string
	Title, YLabel string
	Percent       bool // label the y axis in percent (values are decimals)
	Categories    []string
	Groups        []Group // Groups[g].Values[k] is the bar of group g in category k
	Theme         *Theme
}

// Group is a named set of values: the bars of one group in a Bars chart, or
// the sample of one box in a BoxPlots chart.
type Group struct {
	Name   string
	Values []float64
}

// Plot builds the chart with a zero line. Bars are filled with the palette
// colours and outlined in black so that groups stay apart in greyscale by
// their order. It returns an error when there is no category or group, when
// a group has not one value per category, or a value is NaN (naming group
// and category).
func (b Bars) Plot() (*plot.Plot, error) {
	th := themeOr(b.Theme)
	if len(b.Categories) == 0 || len(b.Groups) == 0 {
		return nil, fmt.Errorf("plotting: Bars %q: no categories or no groups", b.Title)
	}
	p := th.chart(axes{title: b.Title, y: b.YLabel, yPercent: b.Percent})
	p.Add(&RefLine{At: 0, LineStyle: th.Ref(false)})
	width := vg.Points(math.Min(60, 300/float64(len(b.Categories)*len(b.Groups))))
	var legend []LegendEntry
	for g, grp := range b.Groups {
		if len(grp.Values) != len(b.Categories) {
			return nil, fmt.Errorf("plotting: Bars %q: group %q has %d values for %d categories", b.Title, grp.Name, len(grp.Values), len(b.Categories))
		}
		for k, v := range grp.Values {
			if !finite(v) {
				return nil, fmt.Errorf("plotting: Bars %q: group %q, category %q: value %v", b.Title, grp.Name, b.Categories[k], v)
			}
		}
		bc, err := plotter.NewBarChart(plotter.Values(grp.Values), width)
		if err != nil {
			return nil, fmt.Errorf("plotting: Bars %q: %w", b.Title, err)
		}
		bc.Color = th.Color(g)
		bc.LineStyle = th.Ref(false)
		bc.LineStyle.Width = 0.4
		bc.Offset = width * vg.Length(float64(g)-float64(len(b.Groups)-1)/2)
		p.Add(&groupBar{BarChart: bc, group: g, groups: len(b.Groups)})
		legend = append(legend, LegendEntry{grp.Name, bc})
	}
	p.NominalX(b.Categories...)
	p.X.Min, p.X.Max = -0.5, float64(len(b.Categories))-0.5
	p.X.Tick.Label.Font.Size = th.LabelSize
	p.Y.Min, p.Y.Max = math.Min(p.Y.Min, 0), math.Max(p.Y.Max, 0)
	addHeadroom(&p.Y, true) // no bar touches the frame
	if len(b.Groups) > 1 {
		th.AddTopLegend(p, named(legend)...)
	}
	return p, nil
}

// groupBar draws the bars of group group of groups side by side in each
// category, as wide as the BarChart's Width or, on a narrow chart, so that
// the groups take at most 80% of a category's width (bars never overlap
// the next category).
type groupBar struct {
	*plotter.BarChart
	group, groups int
}

// Plot implements plot.Plotter, on a copy of the BarChart with the width
// fitted to the canvas (drawing does not modify the chart).
func (b *groupBar) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	bc := *b.BarChart
	bc.Width = min(bc.Width, 0.8*(trX(1)-trX(0))/vg.Length(b.groups))
	bc.Offset = bc.Width * vg.Length(float64(b.group)-float64(b.groups-1)/2)
	bc.Plot(c, p)
}

// GlyphBoxes implements plot.GlyphBoxer: none, since the bars stay within
// the categories' x range (the BarChart's boxes, at its full width, would
// make gonum shrink the data area of a narrow chart for them).
func (b *groupBar) GlyphBoxes(*plot.Plot) []plot.GlyphBox { return nil }
