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

// Default output size and resolution: 16 x 9 cm fits a notebook cell and an
// A4 page; 144 dpi keeps PNGs sharp on high-density screens.
const (
	Width  = 16 * vg.Centimeter
	Height = 9 * vg.Centimeter
	DPI    = 144
)

// SVG renders d to an SVG document of w x h. Fonts are referenced by name,
// not embedded (a font would add about 400 kB per chart): "Liberation Sans"
// falls back to the metric-compatible Arial and Helvetica, then to the
// browser's sans-serif (wider, e.g. DejaVu Sans, so text may then look
// slightly crowded; PNG embeds the exact glyphs). The output depends only
// on d: the same chart gives byte-identical SVG. It panics if w or h is not
// positive.
func SVG(d Drawer, w, h vg.Length) ([]byte, error) {
	checkSize("SVG", w, h)
	c := vgsvg.New(w, h)
	fitted(d, w, h).Draw(withMargin(c))
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("plotting: SVG: %w", err)
	}
	return bytes.ReplaceAll(b.Bytes(), []byte("font-family:Liberation Sans;"), fontFallback), nil
}

var fontFallback = []byte("font-family:'Liberation Sans',Arial,Helvetica,sans-serif;")

// PNG renders d to a PNG image of w x h at dpi dots per inch (w = 16 cm at
// 144 dpi is 907 pixels wide). It panics if w, h or dpi is not positive.
func PNG(d Drawer, w, h vg.Length, dpi int) ([]byte, error) {
	checkSize("PNG", w, h)
	if dpi <= 0 {
		panic(fmt.Sprintf("sbcorr: plotting.PNG: dpi %d must be > 0", dpi))
	}
	c := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(dpi))}
	fitted(d, w, h).Draw(withMargin(c))
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("plotting: PNG: %w", err)
	}
	return b.Bytes(), nil
}

// Margin is the white border left around every rendered chart, so that
// tick labels never touch the image edge.
const Margin = 2 * vg.Millimeter

// withMargin returns a canvas on c with a white background and Margin
// cropped on every side.
func withMargin(c vg.CanvasSizer) draw.Canvas {
	dc := draw.New(c)
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())
	return draw.Crop(dc, Margin, -Margin, Margin, -Margin)
}

// fitted returns d fitted to a w x h image (see fit) when it is a single
// plot; grids and figures fit their parts themselves.
func fitted(d Drawer, w, h vg.Length) Drawer {
	if p, ok := d.(*plot.Plot); ok {
		return fit(p, w-2*Margin, h-2*Margin)
	}
	return d
}

func checkSize(fn string, w, h vg.Length) {
	if !(w > 0 && h > 0) {
		panic(fmt.Sprintf("sbcorr: plotting.%s: size %v x %v must be positive", fn, w, h))
	}
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
