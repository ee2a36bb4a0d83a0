package plotting

import (
	"fmt"
	"image/color"
	"math"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Span is a closed date interval [Start, End], such as a recession or a
// regime, shaded on time-series charts.
type Span struct {
	Start, End time.Time
}

// SpansFromFlags turns a 0/1 indicator series (for example FRED's USREC
// NBER recession dummy, 1 in recession months) into the spans where it is
// 1: each maximal run of flags equal to 1 gives one Span from the date of
// its first 1 to the date of the next observation (so a monthly flag covers
// its whole month), or to its last date at the end of the series. NaN
// counts as 0. It returns an error naming the index for values other than
// 0, 1 or NaN, and panics if the lengths differ.
func SpansFromFlags(dates []time.Time, flags []float64) ([]Span, error) {
	if len(dates) != len(flags) {
		panic("sbcorr: plotting.SpansFromFlags: len(dates) != len(flags)")
	}
	var out []Span
	open := -1
	for i, f := range flags {
		if !(f == 0 || f == 1 || math.IsNaN(f)) {
			return nil, fmt.Errorf("plotting: SpansFromFlags: flag %v at %s (index %d) is not 0 or 1", f, dates[i].Format(time.DateOnly), i)
		}
		on := f == 1
		switch {
		case on && open < 0:
			open = i
		case !on && open >= 0:
			out = append(out, Span{dates[open], dates[i]})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, Span{dates[open], dates[len(dates)-1]})
	}
	return out, nil
}

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
