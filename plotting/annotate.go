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
// beside it, in the first of the four corners around the point (up-right,
// down-right, up-left, down-left) where the label stays in the data area
// and covers none of the lines or points of Avoid (else where it covers
// the fewest). Its data range is the point, so the axes include it (on a
// log axis its Y must then be positive).
type Marker struct {
	X, Y  float64
	Label string
	draw.GlyphStyle
	TextStyle text.Style
	// Avoid is the data the label must not cover, as lines through the
	// points of each XY (NaN breaks them); builders set it to their curves
	// (see Functions.Marks). Empty, the label goes up and to the right,
	// unless that leaves the data area.
	Avoid []XY
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
	box := sty.Rectangle(m.Label).Size()
	gap := m.Radius + vg.Points(2)
	var spots []vg.Rectangle
	for _, corner := range [4][2]vg.Length{{1, 1}, {1, -1}, {-1, 1}, {-1, -1}} {
		r := vg.Rectangle{Min: vg.Point{X: pt.X + corner[0]*gap, Y: pt.Y + corner[1]*gap/2}}
		if corner[0] < 0 {
			r.Min.X -= box.X
		}
		if corner[1] < 0 {
			r.Min.Y -= box.Y
		}
		r.Max = r.Min.Add(box)
		spots = append(spots, r)
	}
	best, ok := bestSpot(c, spots, m.Avoid, nil, trX, trY)
	if !ok { // no corner fits: up-right, as far in as the data area allows
		best.Min = vg.Point{X: min(pt.X+gap, c.Max.X-box.X), Y: min(pt.Y+gap/2, c.Max.Y-box.Y)}
	}
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YBottom
	c.FillText(sty, best.Min, m.Label)
}

// bestSpot returns the first of spots inside c that covers none of the
// lines through the points of avoid (mapped by trX and trY) and overlaps
// none of the rectangles taken (labels already placed), else the one
// inside c covering the fewest segments (an overlap counting as ten), with
// false when none is inside c.
func bestSpot(c draw.Canvas, spots []vg.Rectangle, avoid []XY, taken []vg.Rectangle, trX, trY func(float64) vg.Length) (vg.Rectangle, bool) {
	best, fewest := vg.Rectangle{}, -1
	for _, r := range spots {
		if r.Min.X < c.Min.X || r.Max.X > c.Max.X || r.Min.Y < c.Min.Y || r.Max.Y > c.Max.Y {
			continue
		}
		n := covered(r, avoid, trX, trY)
		for _, o := range taken {
			if r.Min.X < o.Max.X && o.Min.X < r.Max.X && r.Min.Y < o.Max.Y && o.Min.Y < r.Max.Y {
				n += 10
			}
		}
		if fewest < 0 || n < fewest {
			best, fewest = r, n
		}
		if fewest == 0 {
			break
		}
	}
	return best, fewest >= 0
}

// covered returns how many segments and points of the lines through the
// points of sets (see Marker.Avoid), mapped by trX and trY, meet r.
func covered(r vg.Rectangle, sets []XY, trX, trY func(float64) vg.Length) int {
	n := 0
	for _, s := range sets {
		for _, run := range runs(s.X, s.Y) {
			a := vg.Point{X: trX(s.X[run[0]]), Y: trY(s.Y[run[0]])}
			if run[1]-run[0] == 1 && inside(r, a) {
				n++
			}
			for i := run[0] + 1; i < run[1]; i++ {
				b := vg.Point{X: trX(s.X[i]), Y: trY(s.Y[i])}
				if segmentMeets(r, a, b) {
					n++
				}
				a = b
			}
		}
	}
	return n
}

func inside(r vg.Rectangle, p vg.Point) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}

// segmentMeets reports whether the segment from a to b meets rectangle r
// (Liang-Barsky clipping).
func segmentMeets(r vg.Rectangle, a, b vg.Point) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := float64(b.X-a.X), float64(b.Y-a.Y)
	for _, e := range [4][2]float64{
		{-dx, float64(a.X - r.Min.X)}, {dx, float64(r.Max.X - a.X)},
		{-dy, float64(a.Y - r.Min.Y)}, {dy, float64(r.Max.Y - a.Y)},
	} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = max(t0, t)
		} else {
			t1 = min(t1, t)
		}
		if t0 > t1 {
			return false
		}
	}
	return true
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
