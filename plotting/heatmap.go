package plotting

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stockbond/sbcorr/check"
)

// Heatmap describes a matrix drawn as coloured cells with each value printed
// in its cell and a colour bar: Kendall's tau matrices, 3 x 3 regime
// probability tables, sector-by-period tables. Row 0 is at the top, as in
// a printed table.
type Heatmap struct {
	// Name is the chart's figure name (see FigureName: the file name under
	// `make figures`); empty, the name comes from the title.
	Name       string
	Title      string
	XLabel     string      // what the columns are, e.g. "bond regime"
	YLabel     string      // what the rows are, e.g. "stock regime"
	Rows, Cols []string    // row and column names
	Values     [][]float64 // Values[i][j] is row i, column j; NaN cells stay blank
	Format     check.Format
	// Diverging uses a blue-white-vermillion scale symmetric around zero
	// (for signed values such as correlations); otherwise white to blue.
	Diverging bool
	// Range fixes the colour scale to [Range[0], Range[1]] when
	// Range[0] < Range[1]; otherwise it spans the finite values (symmetric
	// around 0 when Diverging).
	Range      [2]float64
	ColorLabel string // colour-bar label, e.g. "tau"
	Theme      *Theme
}

// Plot builds the chart: a *Figure whose Main plot holds the cells and whose
// Side plot is the colour bar. It returns an error when there are no rows or
// columns, a row has the wrong number of values (naming it), or no value is
// finite.
func (h Heatmap) Plot() (*Figure, error) {
	th := themeOr(h.Theme)
	if len(h.Rows) == 0 || len(h.Cols) == 0 {
		return nil, fmt.Errorf("plotting: Heatmap %q: no rows or no columns", h.Title)
	}
	if len(h.Values) != len(h.Rows) {
		return nil, fmt.Errorf("plotting: Heatmap %q: %d rows of values for %d row names", h.Title, len(h.Values), len(h.Rows))
	}
	var all []float64
	for i, row := range h.Values {
		if len(row) != len(h.Cols) {
			return nil, fmt.Errorf("plotting: Heatmap %q: row %q has %d values for %d columns", h.Title, h.Rows[i], len(row), len(h.Cols))
		}
		all = append(all, row...)
	}
	s := sortedCopy(all)
	if len(s) == 0 {
		return nil, fmt.Errorf("plotting: Heatmap %q: no finite value", h.Title)
	}
	scale := colorScale{lo: s[0], hi: s[len(s)-1], diverging: h.Diverging}
	if h.Diverging {
		m := math.Max(math.Abs(scale.lo), math.Abs(scale.hi))
		scale.lo, scale.hi = -m, m
	}
	if h.Range[0] < h.Range[1] {
		scale.lo, scale.hi = h.Range[0], h.Range[1]
	}
	if scale.lo == scale.hi {
		scale.lo, scale.hi = scale.lo-0.5, scale.hi+0.5
	}

	p := th.New()
	p.Title.Text, p.X.Label.Text, p.Y.Label.Text = h.Title, h.XLabel, h.YLabel
	cells := &cellGrid{values: h.Values, format: h.Format, scale: scale, text: p.Legend.TextStyle}
	cells.text.Font.Size = th.TickSize + 1
	p.Add(cells)
	p.NominalX(h.Cols...)
	rows := make([]string, len(h.Rows))
	for i, r := range h.Rows {
		rows[len(rows)-1-i] = r
	}
	p.NominalY(rows...)
	p.X.Tick.Label.Font.Size, p.Y.Tick.Label.Font.Size = th.LabelSize, th.LabelSize
	p.X.Padding, p.Y.Padding = 0, 0
	for _, a := range []*plot.Axis{&p.X, &p.Y} { // no tick marks, room for wider fallback fonts
		a.Tick.Length, a.Tick.Width, a.Tick.Color = vg.Points(10), 0.5, color.Transparent
	}

	bar := th.New()
	bar.HideX()
	bar.Y.Label.Text = h.ColorLabel
	bar.Y.Min, bar.Y.Max = scale.lo, scale.hi
	bar.Y.Tick.Marker = FormatTicks{Kind: h.Format.Kind}
	bar.Add(&colorBar{scale: scale})
	return &Figure{Main: p, Side: bar, SideWidth: vg.Points(60)}, nil
}

// colorScale maps values in [lo, hi] to colours: white to Okabe-Ito blue,
// or blue-white-vermillion when diverging (lo < 0 < hi).
type colorScale struct {
	lo, hi    float64
	diverging bool
}

var (
	scaleLow  = color.RGBA{0x00, 0x72, 0xB2, 0xFF} // Okabe-Ito blue
	scaleHigh = color.RGBA{0xD5, 0x5E, 0x00, 0xFF} // Okabe-Ito vermillion
)

// At returns the colour of v (clamped to the range).
func (s colorScale) At(v float64) color.RGBA {
	t := math.Min(math.Max((v-s.lo)/(s.hi-s.lo), 0), 1)
	if !s.diverging {
		return mix(color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}, scaleLow, t)
	}
	if t < 0.5 {
		return mix(scaleLow, color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}, 2*t)
	}
	return mix(color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}, scaleHigh, 2*t-1)
}

func mix(a, b color.RGBA, t float64) color.RGBA {
	f := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + t*(float64(y)-float64(x)))) }
	return color.RGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 0xFF}
}

// textOn returns black or white, whichever reads better on background c
// (relative luminance threshold 0.45).
func textOn(c color.RGBA) color.Color {
	if 0.2126*float64(c.R)+0.7152*float64(c.G)+0.0722*float64(c.B) < 0.45*255 {
		return color.White
	}
	return color.Black
}

// cellGrid draws the heatmap cells centred on integer coordinates, row 0 at
// the top, with the formatted value in each cell (the font shrinks, down to
// MinCellText, when values would not fit the cells; below, no values).
type cellGrid struct {
	values [][]float64
	format check.Format
	scale  colorScale
	text   draw.TextStyle
}

// Plot implements plot.Plotter.
func (g *cellGrid) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n := len(g.values)
	sty := g.text
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	// One font size for all cells, small enough for the widest value to fit
	// its cell (with fallback-font slack) and for the text height to fit.
	cellW, cellH := trX(1)-trX(0), trY(1)-trY(0)
	for _, row := range g.values {
		for _, v := range row {
			if finite(v) {
				sty.Font.Size = min(sty.Font.Size, fitSize(sty, g.format.Value(v), 0.9*cellW))
			}
		}
	}
	sty.Font.Size = min(sty.Font.Size, cellH*0.6)
	if sty.Font.Size < MinCellText || cellTooNarrow(sty, g, cellW) {
		sty.Font.Size = 0 // cells too small to print in: colours only (the colour bar reads them)
	}
	for i, row := range g.values {
		y := float64(n - 1 - i)
		for j, v := range row {
			if !finite(v) {
				continue
			}
			x := float64(j)
			col := g.scale.At(v)
			cell := []vg.Point{
				{X: trX(x - 0.5), Y: trY(y - 0.5)}, {X: trX(x + 0.5), Y: trY(y - 0.5)},
				{X: trX(x + 0.5), Y: trY(y + 0.5)}, {X: trX(x - 0.5), Y: trY(y + 0.5)},
			}
			c.FillPolygon(col, cell)
			c.StrokeLines(draw.LineStyle{Color: color.White, Width: 1}, append(cell, cell[0]))
			if sty.Font.Size > 0 {
				sty.Color = textOn(col)
				c.FillText(sty, vg.Point{X: trX(x), Y: trY(y)}, g.format.Value(v))
			}
		}
	}
}

// MinCellText is the smallest font size (pt, before a Size's Scale) at
// which a Heatmap prints values in its cells; when the widest value would
// need less to fit its cell, the cells show colours only.
const MinCellText = 6

// cellTooNarrow reports whether some value of g, in style sty, is wider
// than 95% of a cell (fitSize stops shrinking at 6 pt).
func cellTooNarrow(sty draw.TextStyle, g *cellGrid, cellW vg.Length) bool {
	for _, row := range g.values {
		for _, v := range row {
			if finite(v) && sty.Width(g.format.Value(v)) > 0.95*cellW {
				return true
			}
		}
	}
	return false
}

// DataRange implements plot.DataRanger: cells span [-0.5, cols-0.5] x
// [-0.5, rows-0.5].
func (g *cellGrid) DataRange() (xmin, xmax, ymin, ymax float64) {
	return -0.5, float64(len(g.values[0])) - 0.5, -0.5, float64(len(g.values)) - 0.5
}

// colorBar draws the colour scale as 100 stacked bands over the y range,
// in a strip 12 pt wide at the left of the data area.
type colorBar struct{ scale colorScale }

// Plot implements plot.Plotter.
func (b *colorBar) Plot(c draw.Canvas, p *plot.Plot) {
	_, trY := p.Transforms(&c)
	const n = 100
	x0, x1 := c.Min.X, c.Min.X+12
	for k := range n {
		v0 := b.scale.lo + (b.scale.hi-b.scale.lo)*float64(k)/n
		v1 := b.scale.lo + (b.scale.hi-b.scale.lo)*float64(k+1)/n
		y0, y1 := trY(v0), min(trY(v1)+0.5, trY(b.scale.hi)) // overlap: no hairline seams
		c.FillPolygon(b.scale.At((v0+v1)/2), []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
	}
}
