package plotting

import (
	"image/color"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Annotations are plotters added to any chart (p.Add): a marked point with
// a label (Mark), a vertical line at an x value or a date with a label
// (VLine, DateLine) and a horizontal reference line with a label (HLine),
// in the theme's reference style, labels in its tick font (math allowed):
//
//	p.Add(plotting.Default.Mark(rhoStar, 0, `$\rho^\star = -17.78\%$`))
//	p.Add(plotting.Default.DateLine(lehman, "Lehman"), plotting.Default.HLine(0.02, "target"))

// Marker is a plotter marking the point (X, Y) with a glyph and a label
// beside it: up and to the right of the point, or to the left when the
// label would leave the data area, and below when it would leave the top.
// Its data range is the point, so the axes include it (on a log axis its
// Y must then be positive).
type Marker struct {
	X, Y  float64
	Label string
	draw.GlyphStyle
	TextStyle text.Style
}

// Mark returns a Marker at (x, y) labelled label: a filled circle in the
// theme's reference colour, twice the size of scatter points.
func (t Theme) Mark(x, y float64, label string) *Marker {
	return &Marker{X: x, Y: y, Label: label,
		GlyphStyle: draw.GlyphStyle{Color: t.RefColor, Radius: 2 * t.GlyphSize, Shape: draw.CircleGlyph{}},
		TextStyle:  t.annotationText()}
}

// Plot implements plot.Plotter. A point outside the axis range is not drawn.
func (m *Marker) Plot(c draw.Canvas, p *plot.Plot) {
	if !onAxis(&p.X, m.X) || !onAxis(&p.Y, m.Y) {
		return
	}
	trX, trY := p.Transforms(&c)
	pt := vg.Point{X: trX(m.X), Y: trY(m.Y)}
	if !c.Contains(pt) {
		return
	}
	c.DrawGlyph(m.GlyphStyle, pt)
	if m.Label == "" {
		return
	}
	sty := m.TextStyle
	gap := m.Radius + vg.Points(2)
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YBottom
	at := vg.Point{X: pt.X + gap, Y: pt.Y + gap/2}
	if pt.X+gap+sty.Width(m.Label) > c.Max.X {
		sty.XAlign, at.X = draw.XRight, pt.X-gap
	}
	if at.Y+sty.Height(m.Label) > c.Max.Y {
		sty.YAlign, at.Y = draw.YTop, pt.Y-gap/2
	}
	c.FillText(sty, at, m.Label)
}

// DataRange implements plot.DataRanger: the point.
func (m *Marker) DataRange() (xmin, xmax, ymin, ymax float64) { return m.X, m.X, m.Y, m.Y }

// GlyphBoxes implements plot.GlyphBoxer so that the glyph is not clipped.
func (m *Marker) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	return []plot.GlyphBox{{X: p.X.Norm(m.X), Y: p.Y.Norm(m.Y), Rectangle: m.Rectangle()}}
}

// Thumbnail implements plot.Thumbnailer.
func (m *Marker) Thumbnail(c *draw.Canvas) { c.DrawGlyph(m.GlyphStyle, c.Center()) }

// HLine returns a horizontal reference line at y, dashed in the theme's
// reference style, with label (if any) at its right end above the line.
func (t Theme) HLine(y float64, label string) *RefLine {
	return &RefLine{At: y, LineStyle: t.Ref(true), Label: label, TextStyle: t.annotationText()}
}

// VLine returns a vertical reference line at x, dashed in the theme's
// reference style, with label (if any) at its top, right of the line (left
// when there is no room).
func (t Theme) VLine(x float64, label string) *RefLine {
	return &RefLine{At: x, Vertical: true, LineStyle: t.Ref(true), Label: label, TextStyle: t.annotationText()}
}

// DateLine is VLine at date d on a date axis (see Unix).
func (t Theme) DateLine(d time.Time, label string) *RefLine { return t.VLine(Unix(d), label) }

// annotationText is the style of annotation labels: the tick font in the
// reference colour, with the theme's text handler.
func (t Theme) annotationText() text.Style {
	return text.Style{Font: font.From(t.Font, t.TickSize), Color: t.RefColor, Handler: t.handler()}
}

// label draws the label of a reference line drawn from a to b (a at the
// bottom or left end).
func (r *RefLine) label(c draw.Canvas, a, b vg.Point) {
	if r.Label == "" {
		return
	}
	sty := r.TextStyle
	if sty.Handler == nil {
		sty = Default.annotationText()
	}
	if sty.Color == nil {
		sty.Color = color.Black
	}
	gap := vg.Points(3)
	if r.Vertical {
		sty.XAlign, sty.YAlign = draw.XLeft, draw.YTop
		at := vg.Point{X: b.X + gap, Y: b.Y - gap}
		if at.X+sty.Width(r.Label) > c.Max.X {
			sty.XAlign, at.X = draw.XRight, b.X-gap
		}
		c.FillText(sty, at, r.Label)
		return
	}
	sty.XAlign, sty.YAlign = draw.XRight, draw.YBottom
	at := vg.Point{X: b.X - gap, Y: b.Y + gap/2}
	if at.Y+sty.Height(r.Label) > c.Max.Y {
		sty.YAlign, at.Y = draw.YTop, b.Y-gap/2
	}
	c.FillText(sty, at, r.Label)
}
