package plotting

import (
	"fmt"
	"math"

	"gonum.org/v1/plot/vg"
)

// Size is what a chart is rendered at, as data: the physical width and
// height of the figure, the size of its text and lines relative to the
// Theme, and the resolution of PNG output. A chart is laid out on a canvas
// of W/Scale x H/Scale at the theme's sizes and printed scaled by Scale, so
// the Default theme's 8 pt tick labels print at 8*Scale pt: a Scale below 1
// keeps the proportions of text to data readable on a small page, a Scale
// above 1 makes text large enough for a projector. The presets:
//
//	preset        size (W x H)         Scale  text (ticks / axis labels / title)  PNG
//	Notebook      24 x 13.5 cm         1      8 / 9 / 11 pt                       144 dpi
//	SingleColumn  3.5 x 2.625 in       0.875  7 / 7.9 / 9.6 pt                    300 dpi
//	DoubleColumn  7 x 3.5 in           1      8 / 9 / 11 pt                       300 dpi
//	Slide         13.33 x 7.5 in 16:9  2      16 / 18 / 22 pt                     150 dpi
//
// Journal columns follow the usual widths (Elsevier, Springer, Wiley:
// 3.35-3.5 in single, 6.7-7.1 in double) and their minimum of 6-7 pt for
// printed text; the slide is PowerPoint's 16:9 page.
type Size struct {
	Name  string    // preset name: "notebook", "single", "double", "slide"
	W, H  vg.Length // physical size of the figure
	Scale float64   // text and line size relative to the theme; 0 means 1
	DPI   int       // PNG resolution in dots per inch; 0 means DPI
}

// Width and Height are a medium chart size, 16 x 9 cm, that code sizing
// charts relative to it (plotting.Width*3/2) has used since the first
// notebooks; the default of nb.Show is the larger Notebook preset. DPI
// (144) is the default PNG resolution, sharp on high-density screens.
const (
	Width  = 16 * vg.Centimeter
	Height = 9 * vg.Centimeter
	DPI    = 144
)

// NotebookZoom is how much larger than its physical size a chart is shown
// in a notebook (nb.Show, nb.ShowSize, nb.ShowPNG): 1 pt is 4/3 CSS px in
// a browser, so 8 pt tick labels are 13.3 CSS px at zoom 1.25. A chart is
// never shown wider than its cell; SVG and PNG get the same zoom, so text
// has the same size in both.
const NotebookZoom = 1.25

// Size presets (see Size for the table of text sizes).
var (
	// Notebook is the size of nb.Show, 24 x 13.5 cm (16:9): shown at
	// NotebookZoom it is 1134 CSS px wide, so it fills the 1123 px output
	// column of a report viewed at 1280 px page width, with 13 px tick
	// labels.
	Notebook = Size{Name: "notebook", W: 24 * vg.Centimeter, H: 13.5 * vg.Centimeter, Scale: 1, DPI: DPI}
	// SingleColumn is a journal figure one column wide.
	SingleColumn = Size{Name: "single", W: 3.5 * vg.Inch, H: 2.625 * vg.Inch, Scale: 0.875, DPI: 300}
	// DoubleColumn is a journal figure the width of the page (two columns).
	DoubleColumn = Size{Name: "double", W: 7 * vg.Inch, H: 3.5 * vg.Inch, Scale: 1, DPI: 300}
	// Slide fills a 16:9 presentation slide.
	Slide = Size{Name: "slide", W: 13.333 * vg.Inch, H: 7.5 * vg.Inch, Scale: 2, DPI: 150}
)

// Presets lists the preset sizes by Name, for command-line and environment
// settings (see SizeNamed).
var Presets = []Size{Notebook, SingleColumn, DoubleColumn, Slide}

// SizeNamed returns the preset called name ("notebook", "single",
// "double", "slide"), or an error listing them.
func SizeNamed(name string) (Size, error) {
	for _, s := range Presets {
		if s.Name == name {
			return s, nil
		}
	}
	return Size{}, fmt.Errorf("plotting: SizeNamed: no preset %q (notebook, single, double, slide)", name)
}

// MaxPixels is the largest PNG PNG renders (4 bytes a pixel in memory,
// twice over while encoding): 40 million pixels, a 7 x 5 in figure at
// 1000 dpi. Larger requests (100 x 100 in at 1000 dpi would need 40 GB)
// are an error rather than an out-of-memory crash.
const MaxPixels = 40_000_000

func (s Size) scale() float64 {
	if s.Scale == 0 {
		return 1
	}
	return s.Scale
}

func (s Size) dpi() int {
	if s.DPI == 0 {
		return DPI
	}
	return s.DPI
}

// layout returns the canvas the chart is laid out on: W/Scale x H/Scale.
func (s Size) layout() (w, h vg.Length) {
	k := vg.Length(s.scale())
	return s.W / k, s.H / k
}

// check panics, naming fn, on a size that is not positive or finite: a
// programmer error.
func (s Size) check(fn string) {
	k := s.scale()
	if !(s.W > 0 && s.H > 0 && k > 0) || math.IsInf(float64(s.W), 0) || math.IsInf(float64(s.H), 0) || math.IsInf(k, 0) {
		panic(fmt.Sprintf("plotting: %s: size %v x %v at scale %v must be positive and finite", fn, s.W, s.H, s.Scale))
	}
}

// pngPlan returns the resolution a PNG of s is drawn at (the layout canvas
// at DPI*Scale, rounded to whole dots per inch as vgimg needs, so that text
// is rasterised at its printed size rather than scaled as a bitmap) and its
// pixel size, or an error when that exceeds MaxPixels. It panics on a DPI
// that is not positive.
func (s Size) pngPlan(fn string) (dpi int, px, py int, err error) {
	s.check(fn)
	if s.DPI < 0 {
		panic(fmt.Sprintf("plotting: %s: dpi %d must be > 0", fn, s.DPI))
	}
	dpi = max(1, int(math.Round(float64(s.dpi())*s.scale())))
	w, h := s.layout()
	fx, fy := math.Round(w.Dots(float64(dpi))), math.Round(h.Dots(float64(dpi)))
	if fx*fy > MaxPixels {
		return 0, 0, 0, fmt.Errorf("plotting: %s: %.0f x %.0f pixels (%v x %v at %d dpi) exceed MaxPixels (%d): lower the size or the resolution",
			fn, fx, fy, s.W, s.H, s.dpi(), MaxPixels)
	}
	return dpi, int(fx), int(fy), nil
}
