package plotting

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Bands is a plotter shading vertical bands [From[i], To[i]] of the x axis
// over the whole height of the data area, clipped to the axis range. It has
// no data range of its own (it never widens the axes). Add it before the
// lines so that they are drawn on top.
type Bands struct {
	From, To []float64
	Color    color.Color
}

// Plot implements plot.Plotter.
func (b *Bands) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	c.SetColor(b.Color)
	for i := range b.From {
		x0 := max(trX(b.From[i]), c.Min.X)
		x1 := min(trX(b.To[i]), c.Max.X)
		if x1 <= x0 {
			continue
		}
		var path vg.Path
		path.Move(vg.Point{X: x0, Y: c.Min.Y})
		path.Line(vg.Point{X: x1, Y: c.Min.Y})
		path.Line(vg.Point{X: x1, Y: c.Max.Y})
		path.Line(vg.Point{X: x0, Y: c.Max.Y})
		path.Close()
		c.Fill(path)
	}
}

// Thumbnail implements plot.Thumbnailer (a filled square in the legend).
func (b *Bands) Thumbnail(c *draw.Canvas) {
	c.FillPolygon(b.Color, []vg.Point{
		{X: c.Min.X, Y: c.Min.Y}, {X: c.Max.X, Y: c.Min.Y},
		{X: c.Max.X, Y: c.Max.Y}, {X: c.Min.X, Y: c.Max.Y},
	})
}

// RefLine is a plotter drawing a horizontal line at Y (Vertical false) or a
// vertical line at X (Vertical true) across the whole data area, with an
// optional Label (see Theme.HLine and Theme.VLine, which also set its
// style). It has no data range; use it for zero lines, boundaries and
// dates.
type RefLine struct {
	At       float64
	Vertical bool
	draw.LineStyle
	Label     string
	TextStyle text.Style // of the label; zero: the Default theme's annotation style
}

// Plot implements plot.Plotter. A line outside the axis range is not drawn.
func (r *RefLine) Plot(c draw.Canvas, p *plot.Plot) {
	if !onAxis(&p.X, r.At) && r.Vertical || !onAxis(&p.Y, r.At) && !r.Vertical {
		return
	}
	trX, trY := p.Transforms(&c)
	if r.Vertical {
		x := trX(r.At)
		if x >= c.Min.X && x <= c.Max.X {
			c.StrokeLine2(r.LineStyle, x, c.Min.Y, x, c.Max.Y)
			r.label(c, vg.Point{X: x, Y: c.Min.Y}, vg.Point{X: x, Y: c.Max.Y})
		}
		return
	}
	y := trY(r.At)
	if y >= c.Min.Y && y <= c.Max.Y {
		c.StrokeLine2(r.LineStyle, c.Min.X, y, c.Max.X, y)
		r.label(c, vg.Point{X: c.Min.X, Y: y}, vg.Point{X: c.Max.X, Y: y})
	}
}

// onAxis reports whether v can be placed on axis a: finite, and positive
// on a log scale.
func onAxis(a *plot.Axis, v float64) bool {
	if _, log := a.Scale.(plot.LogScale); log && !(v > 0) {
		return false
	}
	return finite(v)
}
