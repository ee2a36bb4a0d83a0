package plotting

import (
	"bytes"
	"fmt"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"gonum.org/v1/plot/vg"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/series"
)

func sizeChart() Drawer {
	return Must(TimeSeries{Title: `Title with $\rho_{SB}$`, YLabel: "level", Series: []series.Series{
		{Name: "a", Dates: days(200), Values: wave(200)}, {Name: "b", Dates: days(200), Values: scaled(wave(200), 0.5)}}}.Plot())
}

func scaled(v []float64, k float64) []float64 {
	out := make([]float64, len(v))
	for i := range v {
		out[i] = k * v[i]
	}
	return out
}

var svgHead = regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt" viewBox="0 0 ([0-9.]+) ([0-9.]+)"`)

// Every preset renders in the three formats: the SVG has the physical size
// in points and the layout canvas (W/Scale x H/Scale) as viewBox, so text
// prints at Scale times the theme's size; the PNG has W x H at DPI.
func TestPresets(t *testing.T) {
	d := sizeChart()
	for _, s := range Presets {
		if got, err := SizeNamed(s.Name); err != nil || got != s {
			t.Errorf("SizeNamed(%q) = %v, %v", s.Name, got, err)
		}
		svg := Must(s.SVG(d))
		m := svgHead.FindSubmatch(svg)
		if m == nil {
			t.Fatalf("%s: no svg header in %.200s", s.Name, svg)
		}
		f := func(i int) float64 { v, _ := strconv.ParseFloat(string(m[i]), 64); return v }
		if math.Abs(f(1)-s.W.Points()) > 0.01 || math.Abs(f(2)-s.H.Points()) > 0.01 {
			t.Errorf("%s: SVG size %v x %v pt, want %v x %v", s.Name, f(1), f(2), s.W.Points(), s.H.Points())
		}
		if k := f(1) / f(3); math.Abs(k-s.scale()) > 1e-3 {
			t.Errorf("%s: SVG scale %v (size over viewBox), want %v", s.Name, k, s.scale())
		}
		if !bytes.Contains(svg, fmt.Appendf(nil, "font-size:%gpx", float64(Default.TickSize))) {
			t.Errorf("%s: no text at the theme's tick size %v in the viewBox", s.Name, Default.TickSize)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(Must(s.PNG(d))))
		if err != nil {
			t.Fatal(err)
		}
		wantW := s.W.Dots(float64(s.dpi()))
		if math.Abs(float64(cfg.Width)-wantW) > 0.01*wantW+1 {
			t.Errorf("%s: PNG %d px wide, want %.0f (W at %d dpi)", s.Name, cfg.Width, wantW, s.dpi())
		}
		if pdf := Must(s.PDF(d)); !bytes.HasPrefix(pdf, []byte("%PDF-")) {
			t.Errorf("%s: not a PDF", s.Name)
		}
	}
	_, err := SizeNamed("poster")
	errtest.Says(t, "SizeNamed(poster)", err, `no preset "poster"`, "single")
}

// At Scale 1 the SVG is what SVG(d, w, h) gave before sizes existed: the
// physical size is the layout.
func TestSizeScaleOne(t *testing.T) {
	d := sizeChart()
	if !bytes.Equal(Must(Size{W: Width, H: Height}.SVG(d)), Must(SVG(d, Width, Height))) {
		t.Error("Size{W, H}.SVG differs from SVG(d, W, H)")
	}
	m := svgHead.FindSubmatch(Must(SVG(d, 10*vg.Centimeter, 5*vg.Centimeter)))
	if string(m[1]) != string(m[3]) || string(m[2]) != string(m[4]) {
		t.Errorf("scale 1: size %s x %s, viewBox %s x %s", m[1], m[2], m[3], m[4])
	}
}

// PNG refuses sizes beyond MaxPixels with an error before allocating (100
// x 100 in at 1000 dpi would need 40 GB and killed the process); the
// largest allowed size passes the check.
func TestPNGPixelCap(t *testing.T) {
	start := time.Now()
	_, err := PNG(sizeChart(), 100*vg.Inch, 100*vg.Inch, 1000)
	errtest.Says(t, "PNG 100 x 100 in at 1000 dpi", err, "plotting: PNG:", "100000 x 100000 pixels", "exceed MaxPixels")
	if el := time.Since(start); el > time.Second {
		t.Errorf("refusing took %v", el)
	}
	_, err = Size{W: 50 * vg.Inch, H: 50 * vg.Inch, DPI: 300, Scale: 2}.PNG(sizeChart())
	errtest.Says(t, "Size.PNG 50 x 50 in at 300 dpi", err, "plotting: Size.PNG:", "15000 x 15000")
	side := vg.Length(math.Floor(math.Sqrt(MaxPixels))) / 100 * vg.Inch // 100 dpi: a square of MaxPixels at most
	if _, px, py, err := (Size{W: side, H: side, DPI: 100}).pngPlan("PNG"); err != nil || px*py > MaxPixels {
		t.Errorf("the largest square (%d x %d px) refused: %v", px, py, err)
	}
}

func TestSizePanics(t *testing.T) {
	d := sizeChart()
	errtest.Panics(t, "zero width", func() { _, _ = Size{H: Height}.SVG(d) }, "plotting: Size.SVG:")
	errtest.Panics(t, "negative scale", func() { _, _ = Size{W: Width, H: Height, Scale: -1}.PDF(d) }, "plotting: Size.PDF:")
	errtest.Panics(t, "infinite width", func() { _, _ = Size{W: vg.Length(math.Inf(1)), H: Height}.PNG(d) }, "plotting: Size.PNG:")
	errtest.Panics(t, "negative dpi", func() { _, _ = Size{W: Width, H: Height, DPI: -1}.PNG(d) }, "plotting: Size.PNG:")
	errtest.Panics(t, "PDF size", func() { _, _ = PDF(d, 0, Height) }, "plotting: PDF:")
}

// PDF is byte-deterministic (fixed document dates, sorted catalogues) and
// embeds no font: text is outlined, so Greek letters and the minus sign
// render.
func TestPDFDeterministic(t *testing.T) {
	a := Must(DoubleColumn.PDF(sizeChart()))
	time.Sleep(1100 * time.Millisecond) // fpdf stamps seconds
	b := Must(DoubleColumn.PDF(sizeChart()))
	if !bytes.Equal(a, b) {
		t.Error("two PDFs of the same chart differ")
	}
	if want := "/CreationDate (D:" + PDFDate.Format("20060102150405") + ")"; !bytes.Contains(a, []byte(want)) {
		t.Errorf("PDF lacks %q", want)
	}
	for _, f := range []string{"/BaseFont", "/FontFile"} {
		if bytes.Contains(a, []byte(f)) {
			t.Errorf("PDF has a font (%s); text should be outlined", f)
		}
	}
}

func TestRenderAndSave(t *testing.T) {
	d := sizeChart()
	dir := t.TempDir()
	for _, ext := range []string{"svg", "png", "pdf"} {
		path := filepath.Join(dir, "sub", "fig."+ext)
		if err := Save(path, d, SingleColumn); err != nil {
			t.Fatalf("Save %s: %v", ext, err)
		}
		got, _ := os.ReadFile(path)
		if want := Must(Render(d, ext, SingleColumn)); !bytes.Equal(got, want) {
			t.Errorf("Save .%s differs from Render", ext)
		}
	}
	_, err := Render(d, "eps", Notebook)
	errtest.Says(t, "Render eps", err, `format "eps"`)
	errtest.Says(t, "Save .jpg", Save(filepath.Join(dir, "a.jpg"), d, Notebook), "plotting: Save", "a.jpg", `format "jpg"`)
	errtest.Says(t, "Save into a file", Save(filepath.Join(dir, "sub", "fig.svg", "x.svg"), d, Notebook), "plotting: Save")
}
