package plotting

import (
	"image/color"

	"gonum.org/v1/plot"
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
// vertical line at X (Vertical true) across the whole data area. It has no
// data range; use it for zero lines and boundaries.
type RefLine struct {
	At       float64
	Vertical bool
	draw.LineStyle
}

// Plot implements plot.Plotter. A line outside the axis range is not drawn.
func (r *RefLine) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	if r.Vertical {
		x := trX(r.At)
		if x >= c.Min.X && x <= c.Max.X {
			c.StrokeLine2(r.LineStyle, x, c.Min.Y, x, c.Max.Y)
		}
		return
	}
	y := trY(r.At)
	if y >= c.Min.Y && y <= c.Max.Y {
		c.StrokeLine2(r.LineStyle, c.Min.X, y, c.Max.X, y)
	}
}
