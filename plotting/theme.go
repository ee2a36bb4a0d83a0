package plotting

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Theme is the look shared by every chart: typeface and sizes, a
// colour-blind-safe palette, dash patterns that stay distinguishable in
// greyscale, and the colours of grid lines and shaded intervals. A theme is a
// value: builders use Default, and Apply restyles any gonum plot.
type Theme struct {
	Font font.Font // typeface of all text (Liberation Sans by default)

	TitleSize font.Length // chart title
	LabelSize font.Length // axis labels
	TickSize  font.Length // tick labels, legend and printed values
	LineWidth vg.Length   // data lines
	GlyphSize vg.Length   // radius of scatter points
	Palette   []color.Color
	// CloudColor is the neutral colour of the first point cloud of a
	// Scatter, so that fitted curves and highlights (palette colours)
	// stand out from it.
	CloudColor color.Color
	Dashes     [][]vg.Length // dash pattern of series i is Dashes[i%len]
	GridColor  color.Color   // major grid lines; nil for none
	ShadeColor color.Color   // shaded intervals (regimes, recessions)
	RefColor   color.Color   // reference lines (zero line, boundaries)
	// Text typesets every text of the chart; Default uses Math (LaTeX
	// between dollar signs), nil leaves gonum's plain text.
	Text text.Handler
}

// OkabeIto is the Okabe & Ito (2008) colour-blind-safe palette, ordered for
// lines on white by contrast where it matters: blue, vermillion, bluish
// green, reddish purple, orange, sky blue, black, yellow (orange, 2.25:1
// against white (WCAG), comes after reddish purple, 3.06:1, so that a fourth
// line, dash-dotted, stays visible). See Okabe & Ito (2008), "Color
// Universal Design".
var OkabeIto = []color.Color{
	color.RGBA{0x00, 0x72, 0xB2, 0xFF},
	color.RGBA{0xD5, 0x5E, 0x00, 0xFF},
	color.RGBA{0x00, 0x9E, 0x73, 0xFF},
	color.RGBA{0xCC, 0x79, 0xA7, 0xFF},
	color.RGBA{0xE6, 0x9F, 0x00, 0xFF},
	color.RGBA{0x56, 0xB4, 0xE9, 0xFF},
	color.RGBA{0x00, 0x00, 0x00, 0xFF},
	color.RGBA{0xF0, 0xE4, 0x42, 0xFF},
}

// Default is the theme every builder uses: Liberation Sans 11/9/8 pt, lines
// 1.2 pt wide, Okabe-Ito colours, medium-light grey point clouds and the
// dash sequence solid, dashed, dotted, dash-dot, long dash, dash-dot-dot,
// so that series stay apart when printed in black and white.
var Default = Theme{
	Font:       font.Font{Typeface: "Liberation", Variant: "Sans"},
	TitleSize:  11,
	LabelSize:  9,
	TickSize:   8,
	LineWidth:  1.2,
	GlyphSize:  1.6,
	Palette:    OkabeIto,
	CloudColor: color.Gray{Y: 0xA8},
	Dashes: [][]vg.Length{
		nil,
		{vg.Points(5), vg.Points(2.5)},
		{vg.Points(1.2), vg.Points(1.8)},
		{vg.Points(6), vg.Points(2), vg.Points(1.2), vg.Points(2)},
		{vg.Points(10), vg.Points(3)},
		{vg.Points(6), vg.Points(2), vg.Points(1.2), vg.Points(2), vg.Points(1.2), vg.Points(2)},
	},
	GridColor:  color.Gray{Y: 0xE4},
	ShadeColor: color.RGBA{0xD9, 0xD9, 0xD9, 0xFF},
	RefColor:   color.Gray{Y: 0x40},
	Text:       Math{Fonts: font.DefaultCache},
}

// Color returns the palette colour of series i (cycling).
func (t Theme) Color(i int) color.Color { return t.Palette[i%len(t.Palette)] }

// Line returns the line style of series i: palette colour i and dash
// pattern i, both cycling independently so that 6 x 8 series stay distinct.
func (t Theme) Line(i int) draw.LineStyle {
	return draw.LineStyle{Color: t.Color(i), Width: t.LineWidth, Dashes: t.Dashes[i%len(t.Dashes)]}
}

// Glyph returns the glyph style of point group i: palette colour i and a
// shape that also cycles (circle, triangle, square, cross, ...), so groups
// stay apart in greyscale.
func (t Theme) Glyph(i int) draw.GlyphStyle {
	shapes := []draw.GlyphDrawer{
		draw.CircleGlyph{}, draw.TriangleGlyph{}, draw.SquareGlyph{},
		draw.CrossGlyph{}, draw.PlusGlyph{}, draw.RingGlyph{}, draw.PyramidGlyph{}, draw.BoxGlyph{},
	}
	return draw.GlyphStyle{Color: t.Color(i), Radius: t.GlyphSize, Shape: shapes[i%len(shapes)]}
}

// Cloud returns the glyph style of a point cloud drawn behind curves:
// circles of GlyphSize in CloudColor (palette colour 0 when CloudColor is
// nil).
func (t Theme) Cloud() draw.GlyphStyle {
	g := t.Glyph(0)
	if t.CloudColor != nil {
		g.Color = t.CloudColor
	}
	return g
}

// Ref returns the style of reference lines (zero line, alpha boundaries):
// thin, dark grey, dashed when dashed is true.
func (t Theme) Ref(dashed bool) draw.LineStyle {
	s := draw.LineStyle{Color: t.RefColor, Width: 0.7}
	if dashed {
		s.Dashes = []vg.Length{vg.Points(4), vg.Points(2.5)}
	}
	return s
}

// New returns an empty plot styled by the theme.
func (t Theme) New() *plot.Plot {
	p := plot.New()
	t.Apply(p)
	return p
}

// Apply restyles p: fonts, sizes and text handler of title, axis labels,
// ticks and legend; thin axes with small padding. It does not touch the
// plotters.
func (t Theme) Apply(p *plot.Plot) {
	if t.Text != nil {
		for _, s := range []*text.Style{&p.Title.TextStyle, &p.Legend.TextStyle, &p.X.Label.TextStyle, &p.Y.Label.TextStyle, &p.X.Tick.Label, &p.Y.Tick.Label} {
			s.Handler = t.Text
		}
	}
	p.Title.TextStyle.Font = font.From(t.Font, t.TitleSize)
	p.Title.Padding = vg.Points(6)
	p.Legend.TextStyle.Font = font.From(t.Font, t.TickSize)
	p.Legend.ThumbnailWidth = vg.Points(22)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(t.Font, t.LabelSize)
		a.Tick.Label.Font = font.From(t.Font, t.TickSize)
		a.Padding = vg.Points(2)
		a.Width = 0.6
		a.Tick.Width = 0.6
		a.Tick.Length = vg.Points(4)
		a.Tick.Marker = NiceTicks{}
	}
	p.X.Label.Padding = vg.Points(2)
	p.Y.Label.Padding = vg.Points(3)
}

// grid returns horizontal (and vertical when both) grid lines in the theme's
// grid colour, or nil when the theme has no grid.
func (t Theme) grid(vertical bool) *plotter.Grid {
	if t.GridColor == nil {
		return nil
	}
	g := plotter.NewGrid()
	g.Horizontal = draw.LineStyle{Color: t.GridColor, Width: 0.5}
	g.Vertical = draw.LineStyle{}
	if vertical {
		g.Vertical = g.Horizontal
	}
	g.Horizontal.Width = 0.5
	return g
}

// Tint returns palette colour i blended with white, keeping the fraction f
// of the colour (0 < f <= 1): the fill of a band drawn around series i.
func (t Theme) Tint(i int, f float64) color.Color {
	r, g, b, _ := t.Color(i).RGBA()
	mix := func(c uint32) uint8 { return uint8(math.Round(f*float64(c>>8) + (1-f)*255)) }
	return color.RGBA{mix(r), mix(g), mix(b), 0xFF}
}

// handler returns the theme's text handler, gonum's default when nil.
func (t Theme) handler() text.Handler {
	if t.Text == nil {
		return plot.DefaultTextHandler
	}
	return t.Text
}
