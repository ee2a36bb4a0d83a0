package plotting

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// BoxPlots describes one box plot per group (Tukey boxes: median, quartiles,
// whiskers to the furthest point within 1.5 IQR, outliers as circles),
// for example rolling correlations by decade.
type BoxPlots struct {
	// Name is the chart's figure name (see FigureName: the file name under
	// `make figures`); empty, the name comes from the title.
	Name          string
	Title, YLabel string
	Percent       bool    // label the y axis in percent (values are decimals)
	Groups        []Group // NaN values are ignored
	Zero          bool    // reference line at y = 0
	Theme         *Theme
}

// Plot builds the chart: light grey boxes with a thick black median, the
// groups told apart by position and name, the y axis fitted to the
// whiskers and outliers (and 0 with Zero) with Headroom. It returns an error when there is
// no group or a group has no finite value (naming it).
func (bp BoxPlots) Plot() (*plot.Plot, error) {
	th := themeOr(bp.Theme)
	if len(bp.Groups) == 0 {
		return nil, fmt.Errorf("plotting: BoxPlots %q: no groups", bp.Title)
	}
	p := th.chart(axes{title: bp.Title, y: bp.YLabel, yPercent: bp.Percent})
	if bp.Zero {
		p.Add(&RefLine{At: 0, LineStyle: th.Ref(false)})
	}
	width := vg.Points(math.Min(40, 250/float64(len(bp.Groups))))
	names := make([]string, len(bp.Groups))
	for i, g := range bp.Groups {
		s := sortedCopy(g.Values)
		if len(s) == 0 {
			return nil, fmt.Errorf("plotting: BoxPlots %q: group %q has no finite value", bp.Title, g.Name)
		}
		box, err := plotter.NewBoxPlot(width, float64(i), plotter.Values(s))
		if err != nil {
			return nil, fmt.Errorf("plotting: BoxPlots %q: group %q: %w", bp.Title, g.Name, err)
		}
		box.FillColor = th.ShadeColor
		box.BoxStyle.Width, box.MedianStyle.Width, box.WhiskerStyle.Width = 0.7, 1.6, 0.7
		box.GlyphStyle.Radius = 1.5
		p.Add(box)
		names[i] = g.Name
	}
	p.NominalX(names...)
	p.X.Min, p.X.Max = -0.5, float64(len(names))-0.5
	p.X.Tick.Label.Font.Size = th.LabelSize
	if bp.Zero {
		p.Y.Min, p.Y.Max = math.Min(p.Y.Min, 0), math.Max(p.Y.Max, 0)
	}
	addHeadroom(&p.Y, bp.Zero) // whiskers and outliers off the frame
	return p, nil
}
