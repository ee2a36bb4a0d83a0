package plotting

import (
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// GapLine is a plotter drawing Y against X as a polyline that breaks where
// X or Y is NaN (or infinite): each run of finite points is a separate
// segment, so a missing observation leaves a gap instead of a straight line
// drawn across it. A run of a single point is drawn as a dot of the line's
// width, so isolated observations stay visible.
type GapLine struct {
	X, Y []float64
	draw.LineStyle
}

// NewGapLine returns a GapLine over copies of x and y in style s. It panics
// if x and y have different lengths.
func NewGapLine(x, y []float64, s draw.LineStyle) *GapLine {
	if len(x) != len(y) {
		panic("plotting: NewGapLine: len(x) != len(y)")
	}
	return &GapLine{X: append([]float64(nil), x...), Y: append([]float64(nil), y...), LineStyle: s}
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// runs returns the [start, end) index ranges of the maximal runs of points
// whose x and y are both finite.
func runs(x, y []float64) [][2]int {
	var out [][2]int
	start := -1
	for i := range x {
		ok := finite(x[i]) && finite(y[i])
		switch {
		case ok && start < 0:
			start = i
		case !ok && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(x)})
	}
	return out
}

// Plot implements plot.Plotter. All runs are stroked as one path of
// several pieces, so that a daily series with a gap at every holiday stays
// one SVG element instead of hundreds.
func (l *GapLine) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	var path vg.Path
	for _, r := range runs(l.X, l.Y) {
		pts := make([]vg.Point, 0, r[1]-r[0])
		for i := r[0]; i < r[1]; i++ {
			pts = append(pts, vg.Point{X: trX(l.X[i]), Y: trY(l.Y[i])})
		}
		if len(pts) == 1 {
			dot := draw.GlyphStyle{Color: l.Color, Radius: max(l.Width, 1), Shape: draw.CircleGlyph{}}
			if c.Contains(pts[0]) {
				c.DrawGlyph(dot, pts[0])
			}
			continue
		}
		for _, piece := range c.ClipLinesXY(pts) {
			path.Move(piece[0])
			for _, pt := range piece[1:] {
				path.Line(pt)
			}
		}
	}
	if len(path) > 0 {
		c.SetLineStyle(l.LineStyle)
		c.Stroke(path)
	}
}

// DataRange implements plot.DataRanger over the finite points.
func (l *GapLine) DataRange() (xmin, xmax, ymin, ymax float64) {
	return finiteRange(l.X, l.Y)
}

// finiteRange returns the ranges of x and y over points where both are
// finite; +Inf, -Inf when there is none.
func finiteRange(x, y []float64) (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for i := range x {
		if finite(x[i]) && finite(y[i]) {
			xmin, xmax = math.Min(xmin, x[i]), math.Max(xmax, x[i])
			ymin, ymax = math.Min(ymin, y[i]), math.Max(ymax, y[i])
		}
	}
	return xmin, xmax, ymin, ymax
}

// Thumbnail implements plot.Thumbnailer (the legend sample).
func (l *GapLine) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(l.LineStyle, c.Min.X, y, c.Max.X, y)
}
