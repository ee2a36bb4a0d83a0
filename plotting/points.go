package plotting

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Points is a plotter drawing glyphs at (X[i], Y[i]), skipping points where
// a coordinate is NaN or infinite (gonum's Scatter rejects them), with an
// optional text label next to each point.
type Points struct {
	X, Y []float64
	// Labels (optional): Labels[i] is written next to point i, right of it,
	// else left, above or below, whichever first stays in the data area,
	// covers none of the lines of Avoid (see Marker) and overlaps no label
	// placed before it.
	Labels []string
	Avoid  []XY
	draw.GlyphStyle
	LabelSize vg.Length // font size of labels; 0 means 7 pt
}

// Plot implements plot.Plotter.
func (s *Points) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	sty := p.Legend.TextStyle
	sty.Font.Size = s.LabelSize
	if sty.Font.Size == 0 {
		sty.Font.Size = 7
	}
	sty.XAlign, sty.YAlign, sty.Color = draw.XLeft, draw.YBottom, color.Black
	var taken []vg.Rectangle // labels placed so far
	for i := range s.X {
		if !finite(s.X[i]) || !finite(s.Y[i]) {
			continue
		}
		pt := vg.Point{X: trX(s.X[i]), Y: trY(s.Y[i])}
		if !c.Contains(pt) {
			continue
		}
		c.DrawGlyph(s.GlyphStyle, pt)
		if i < len(s.Labels) && s.Labels[i] != "" {
			r := s.labelSpot(c, pt, sty, s.Labels[i], taken, trX, trY)
			taken = append(taken, r)
			c.FillText(sty, r.Min, s.Labels[i])
		}
	}
}

// labelSpot returns the room of the label of the point at pt (see
// Points.Labels), off the labels taken; right of it when no spot fits.
func (s *Points) labelSpot(c draw.Canvas, pt vg.Point, sty draw.TextStyle, label string, taken []vg.Rectangle, trX, trY func(float64) vg.Length) vg.Rectangle {
	box := sty.Rectangle(label).Size()
	gap := s.Radius + 2
	at := func(x, y vg.Length) vg.Rectangle {
		return vg.Rectangle{Min: vg.Point{X: x, Y: y}, Max: vg.Point{X: x + box.X, Y: y + box.Y}}
	}
	spots := []vg.Rectangle{
		at(pt.X+gap, pt.Y-box.Y/2), at(pt.X-gap-box.X, pt.Y-box.Y/2), // right, left
		at(pt.X-box.X/2, pt.Y+gap), at(pt.X-box.X/2, pt.Y-gap-box.Y), // above, below
	}
	if r, ok := bestSpot(c, spots, s.Avoid, taken, trX, trY); ok {
		return r
	}
	return spots[0]
}

// DataRange implements plot.DataRanger over the finite points.
func (s *Points) DataRange() (xmin, xmax, ymin, ymax float64) { return finiteRange(s.X, s.Y) }

// GlyphBoxes implements plot.GlyphBoxer so that glyphs at the edge of the
// data range are not clipped.
func (s *Points) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	x, y := XY{X: s.X, Y: s.Y}.finitePoints()
	bs := make([]plot.GlyphBox, len(x))
	for i := range x {
		bs[i] = plot.GlyphBox{X: p.X.Norm(x[i]), Y: p.Y.Norm(y[i]), Rectangle: s.Rectangle()}
	}
	return bs
}

// Thumbnail implements plot.Thumbnailer.
func (s *Points) Thumbnail(c *draw.Canvas) { c.DrawGlyph(s.GlyphStyle, c.Center()) }
