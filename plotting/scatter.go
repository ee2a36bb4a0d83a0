package plotting

import (
	"cmp"
	"fmt"
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stockbond/sbcorr/check"
)

// Scatter describes a scatter plot with fitted curves, highlighted points
// and an optional confidence band: for example monthly bond returns against
// stock returns with a linear and a kernel payoff fit and the most
// influential months labelled.
//
// Colours: the first point cloud is drawn in the theme's neutral
// CloudColor, curves take palette colours 0, 1, ... in order, further point
// groups the palette colours after the curves' and the highlighted points
// the next one, so that no two elements share a colour (up to the palette
// length). Each point costs about 100 bytes of SVG:
// show clouds of several thousand points as PNG (nb.ShowPNG).
type Scatter struct {
	// Name is the chart's figure name (see FigureName: the file name under
	// `make figures`); empty, the name comes from the title.
	Name                  string
	Title, XLabel, YLabel string
	XPercent, YPercent    bool // label the axis in percent (values are decimals)

	Points []XY // point clouds, one glyph shape and colour per group
	Curves []XY // fitted curves, drawn as lines in order of X (NaN breaks them)
	// Highlight marks observations (drawn as large rings, labelled with
	// HighlightLabels[i] when given, where the label crosses no curve and
	// stays in the data area, see Points), e.g. influential observations.
	Highlight       XY
	HighlightLabels []string
	Band            *Band // optional confidence band, drawn behind everything
	Zero            bool  // reference lines at x = 0 and y = 0
	// XMin and XMax fix the x axis to [XMin, XMax] when XMin < XMax (in
	// the units of X: decimals on an XPercent axis); otherwise the range
	// fits the data with Headroom on both sides. Points, curves and the
	// band outside are clipped; the y range still fits all of them, with
	// Headroom (in log space with LogY), so that no point or curve runs
	// along the frame.
	XMin, XMax float64
	// LogY draws the y axis on a log scale (wealth curves), labelled by
	// LogTicks; every finite y must then be positive, and Zero is not
	// allowed.
	LogY bool
	// Paired draws Curves[i] as the fit of Points[i]: both in palette
	// colour i (the first cloud is then not grey), the points as glyphs
	// twice the theme's size (a group of more than PairedMarkers points,
	// a cloud, at the theme's size in a light tint of the colour, so that
	// the fit drawn over it stays visible), and one legend entry for both
	// (the curve's name, else the points'), so that each data set and its
	// fit read together (par yields and their curve fits; monthly returns
	// and their regression line).
	Paired bool
	Theme  *Theme

	curveStyles []draw.LineStyle // style of curve i when set (Functions' groups); else Theme.Line(i)
}

// PairedMarkers is the most points a group of a Paired Scatter has for its
// points to be drawn as large markers; larger groups are clouds (see
// Scatter.Paired).
const PairedMarkers = 60

// finiteCount returns the number of points of g with both coordinates
// finite.
func finiteCount(g XY) int {
	x, _ := g.finitePoints()
	return len(x)
}

// Band is a shaded confidence band between Lo[i] and Hi[i] at X[i] (X
// increasing). NaN in any of them breaks the band.
type Band struct {
	Name      string
	X, Lo, Hi []float64
}

// Plot builds the chart. It returns an error when there are neither points
// nor curves, or when a group, curve, highlight set or band has mismatched
// lengths or no finite point (naming it); with LogY, when a y is not
// positive (naming the set) or Zero is set.
func (s Scatter) Plot() (*plot.Plot, error) {
	th := themeOr(s.Theme)
	if len(s.Points) == 0 && len(s.Curves) == 0 {
		return nil, fmt.Errorf("plotting: Scatter %q: no points and no curves", s.Title)
	}
	if err := s.checkLog(); err != nil {
		return nil, fmt.Errorf("plotting: Scatter %q: %w", s.Title, err)
	}
	p := th.chart(axes{title: s.Title, x: s.XLabel, y: s.YLabel, xPercent: s.XPercent, yPercent: s.YPercent, vgrid: true})
	var legend []LegendEntry
	var pointsOf []*Points // with Paired: the glyphs of Points[i], for the entry of Curves[i]
	if s.Band != nil {
		b, err := s.Band.plotters(th.ShadeColor, 0)
		if err != nil {
			return nil, fmt.Errorf("plotting: Scatter %q: %w", s.Title, err)
		}
		for _, poly := range b {
			p.Add(poly)
		}
		legend = append(legend, LegendEntry{s.Band.Name, b[0]})
	}
	if s.Zero {
		p.Add(&RefLine{At: 0, LineStyle: th.Ref(false)}, &RefLine{At: 0, Vertical: true, LineStyle: th.Ref(false)})
	}
	for i, g := range s.Points {
		if err := g.check("points"); err != nil {
			return nil, fmt.Errorf("plotting: Scatter %q: %w", s.Title, err)
		}
		style := th.Cloud()
		switch {
		case s.Paired && finiteCount(g) <= PairedMarkers:
			style = th.Glyph(i)
			style.Radius *= 2
		case s.Paired: // a cloud: light, so that its fit stays visible
			style = th.Glyph(i)
			style.Color = th.Tint(i, 0.45)
		case i > 0:
			style = th.Glyph(i)
			style.Color = th.Color(len(s.Curves) + i - 1)
		}
		pts := &Points{X: g.X, Y: g.Y, GlyphStyle: style}
		p.Add(pts)
		if s.Paired && i < len(s.Curves) {
			pointsOf = append(pointsOf, pts)
			continue // one entry with its curve
		}
		legend = append(legend, LegendEntry{g.Name, pts})
	}
	for i, c := range s.Curves {
		if err := c.check("curve"); err != nil {
			return nil, fmt.Errorf("plotting: Scatter %q: %w", s.Title, err)
		}
		style := th.Line(i)
		if i < len(s.curveStyles) {
			style = s.curveStyles[i]
		}
		l := NewGapLine(c.X, c.Y, style)
		l.Width *= 1.4
		p.Add(l)
		if i < len(pointsOf) {
			legend = append(legend, LegendEntry{cmp.Or(c.Name, s.Points[i].Name), pair{pointsOf[i], l}})
			continue
		}
		legend = append(legend, LegendEntry{c.Name, l})
	}
	if len(s.Highlight.X) > 0 {
		if err := s.Highlight.check("highlight"); err != nil {
			return nil, fmt.Errorf("plotting: Scatter %q: %w", s.Title, err)
		}
		c := th.Color(len(s.Curves) + max(len(s.Points)-1, 0))
		if s.Paired {
			c = th.Color(max(len(s.Curves), len(s.Points)))
		}
		h := &Points{X: s.Highlight.X, Y: s.Highlight.Y, Labels: s.HighlightLabels, Avoid: s.Curves,
			GlyphStyle: draw.GlyphStyle{Color: c, Radius: 3.5 * th.GlyphSize, Shape: draw.RingGlyph{}}}
		p.Add(h)
		legend = append(legend, LegendEntry{s.Highlight.Name, h})
	}
	if s.XMin < s.XMax {
		fixRange(&p.X, [2]float64{s.XMin, s.XMax})
	} else {
		addHeadroom(&p.X, false)
	}
	if s.LogY {
		kind := check.Plain
		if s.YPercent {
			kind = check.PercentKind
		}
		logAxis(p, p.Y.Min, p.Y.Max, kind)
	} else {
		addHeadroom(&p.Y, false)
	}
	th.AddTopLegend(p, named(legend)...)
	return p, nil
}

// checkLog checks LogY against the data: positive y everywhere, no Zero.
func (s Scatter) checkLog() error {
	if !s.LogY {
		return nil
	}
	if s.Zero {
		return fmt.Errorf("LogY with Zero: a log axis has no 0")
	}
	sets := append(append(append([]XY{}, s.Points...), s.Curves...), s.Highlight)
	if s.Band != nil {
		sets = append(sets, XY{Name: s.Band.Name, X: s.Band.X, Y: s.Band.Lo})
	}
	for _, set := range sets {
		x := set.X
		at := func(i int) string {
			if i < len(x) {
				return fmt.Sprint("x = ", x[i])
			}
			return fmt.Sprint("index ", i)
		}
		if err := positive(fmt.Sprintf("%q", set.Name), set.Y, at); err != nil {
			return err
		}
	}
	return nil
}

// pair is the legend sample of a point group and its fitted curve: the
// line with a glyph on it.
type pair struct {
	pts  *Points
	line *GapLine
}

// Thumbnail implements plot.Thumbnailer.
func (p pair) Thumbnail(c *draw.Canvas) {
	p.line.Thumbnail(c)
	p.pts.Thumbnail(c)
}

// named keeps the legend entries that have a name.
func named(entries []LegendEntry) []LegendEntry {
	var out []LegendEntry
	for _, e := range entries {
		if e.Name != "" {
			out = append(out, e)
		}
	}
	return out
}

// plotters returns one filled polygon per run of points where X, Lo and
// Hi are all finite, filled with c, or an error when lengths differ or
// nothing is finite. With thin > 0, a band of more than thin points is
// thinned to its envelope over thin/4 buckets of the x range (see
// envelope): a 15,000-day band adds about 30 kB of SVG to a chart instead
// of 415 kB, and looks the same.
func (b *Band) plotters(c color.Color, thin int) ([]*plotter.Polygon, error) {
	if len(b.Lo) != len(b.X) || len(b.Hi) != len(b.X) {
		return nil, fmt.Errorf("band %q: lengths x %d, lo %d, hi %d differ", b.Name, len(b.X), len(b.Lo), len(b.Hi))
	}
	// Both boundaries break where either is missing.
	x, lo, hi := b.X, slices.Clone(b.Lo), slices.Clone(b.Hi)
	for i := range lo {
		if !finite(lo[i]) || !finite(hi[i]) {
			lo[i], hi[i] = math.NaN(), math.NaN()
		}
	}
	if thin > 0 && len(x) > thin {
		x, lo, hi = envelope(x, lo, hi, max(thin/4, 1))
	}
	var out []*plotter.Polygon
	for _, r := range runs(x, lo) {
		var ring plotter.XYs
		for i := r[0]; i < r[1]; i++ {
			ring = append(ring, plotter.XY{X: x[i], Y: lo[i]})
		}
		for i := r[1] - 1; i >= r[0]; i-- {
			ring = append(ring, plotter.XY{X: x[i], Y: hi[i]})
		}
		poly, err := plotter.NewPolygon(ring)
		if err != nil {
			return nil, fmt.Errorf("band %q: %w", b.Name, err)
		}
		poly.Color = c
		poly.LineStyle.Width = vg.Length(0)
		out = append(out, poly)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("band %q: no finite point (%d points)", b.Name, len(b.X))
	}
	return out, nil
}
