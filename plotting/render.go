package plotting

import (
	"bytes"
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Drawer is anything that draws itself on a canvas: a *plot.Plot from a
// builder or a *Grid of small multiples.
type Drawer interface {
	Draw(c draw.Canvas)
}

// SVG renders d to an SVG document of w x h (see Size.SVG). It panics if w
// or h is not positive.
func SVG(d Drawer, w, h vg.Length) ([]byte, error) {
	return Size{W: w, H: h}.svg("SVG", d)
}

// PNG renders d to a PNG image of w x h at dpi dots per inch (w = 16 cm at
// 144 dpi is 907 pixels wide; see Size.PNG). It panics if w, h or dpi is
// not positive, and returns an error beyond MaxPixels.
func PNG(d Drawer, w, h vg.Length, dpi int) ([]byte, error) {
	if dpi <= 0 {
		panic(fmt.Sprintf("plotting: PNG: dpi %d must be > 0", dpi))
	}
	return Size{W: w, H: h, DPI: dpi}.png("PNG", d)
}

// PDF renders d to a one-page PDF of w x h (see Size.PDF). It panics if w
// or h is not positive.
func PDF(d Drawer, w, h vg.Length) ([]byte, error) {
	return Size{W: w, H: h}.pdf("PDF", d)
}

// SVG renders d to an SVG document of s.W x s.H whose viewBox is the
// layout canvas (see Size), so it scales without loss. Fonts are referenced
// by name, not embedded (a font would add about 400 kB per chart):
// "Liberation Sans" falls back to the metric-compatible Arial and
// Helvetica, then to the browser's sans-serif (wider, e.g. DejaVu Sans, so
// text may then look slightly crowded; PNG embeds the exact glyphs), and
// "Liberation Serif" (math, see Math) to Times New Roman, Times and serif.
// The output depends only on d and s: the same chart gives byte-identical
// SVG. It panics if the size is not positive.
func (s Size) SVG(d Drawer) ([]byte, error) { return s.svg("Size.SVG", d) }

// PNG renders d to a PNG image of s.W x s.H at s.DPI (text rasterised at
// its printed size). It returns an error when the image would have more
// than MaxPixels pixels, and panics if the size or DPI is not positive.
func (s Size) PNG(d Drawer) ([]byte, error) { return s.png("Size.PNG", d) }

// PDF renders d to a one-page PDF of s.W x s.H with gonum's vgpdf. Text is
// drawn as glyph outlines of the Liberation fonts (vgpdf's embedded fonts
// are limited to Windows-1252, which has no Greek letters and no minus
// sign): every glyph renders, no font is embedded, the file is small, and
// text cannot be selected. The output is byte-deterministic: the document
// dates are fixed (PDFDate). It panics if the size is not positive.
func (s Size) PDF(d Drawer) ([]byte, error) { return s.pdf("Size.PDF", d) }

func (s Size) svg(fn string, d Drawer) ([]byte, error) {
	s.check(fn)
	w, h := s.layout()
	c := vgsvg.New(w, h)
	drawOn(c, d, w, h)
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("plotting: %s: %w", fn, err)
	}
	out := b.Bytes()
	for _, f := range fontFallbacks {
		out = bytes.ReplaceAll(out, f[0], f[1])
	}
	if s.scale() != 1 { // the physical size; the viewBox stays the layout canvas
		out = bytes.Replace(out, svgSize(w, h), svgSize(s.W, s.H), 1)
	}
	return out, nil
}

// svgSize is the start of the svg element vgsvg writes for w x h (its
// format and precision, 5 digits).
func svgSize(w, h vg.Length) []byte {
	return fmt.Appendf(nil, `<svg width="%.*gpt" height="%.*gpt"`, 5, w, 5, h)
}

var fontFallbacks = [][2][]byte{
	{[]byte("font-family:Liberation Sans;"), []byte("font-family:'Liberation Sans',Arial,Helvetica,sans-serif;")},
	{[]byte("font-family:Liberation Serif;"), []byte("font-family:'Liberation Serif','Times New Roman',Times,serif;")},
}

func (s Size) png(fn string, d Drawer) ([]byte, error) {
	dpi, _, _, err := s.pngPlan(fn)
	if err != nil {
		return nil, err
	}
	w, h := s.layout()
	c := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(dpi))}
	drawOn(c, d, w, h)
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("plotting: %s: %w", fn, err)
	}
	return b.Bytes(), nil
}

// Margin is the white border left around every rendered chart, so that
// tick labels never touch the image edge.
const Margin = 2 * vg.Millimeter

// drawOn fills the w x h canvas c white and draws d inside Margin, fitted
// to the size (see fitted).
func drawOn(c vg.Canvas, d Drawer, w, h vg.Length) {
	dc := draw.Canvas{Canvas: c, Rectangle: vg.Rectangle{Max: vg.Point{X: w, Y: h}}}
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())
	fitted(d, w, h).Draw(draw.Crop(dc, Margin, -Margin, Margin, -Margin))
}

// fitted returns d fitted to a w x h image (see fit) when it is a single
// plot; grids and figures fit their parts themselves.
func fitted(d Drawer, w, h vg.Length) Drawer {
	d = unwrap(d)
	if p, ok := d.(*plot.Plot); ok {
		return fit(p, w-2*Margin, h-2*Margin)
	}
	return d
}

// Must returns v and panics if err is not nil. It turns a builder's
// (chart, error) into one expression for notebooks:
// nb.Show(plotting.Must(ts.Plot())).
func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
