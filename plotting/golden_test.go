package plotting

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/series"

	"gonum.org/v1/plot/vg"

	"github.com/stockbond/sbcorr/check"
)

// Golden images, in the style of gonum/plot's cmpimg: representative
// charts are rendered to PNG and compared pixel by pixel with
// testdata/golden/NAME.png. A layout change is a visible diff: on a
// mismatch the test writes testdata/golden/failed/NAME.png (what it drew)
// and NAME.diff.png (the drawing faded, differing pixels in red) and
// fails. After an intended change, look at the failed images, then
// regenerate the goldens and look at them again:
//
//	go test ./plotting -run TestGolden -regen
var regen = flag.Bool("regen", false, "rewrite the golden images of TestGolden")

// goldenDelta is the largest colour difference (cmpimg's normalised YIQ
// distance) a pixel may have from the golden: 0.05 absorbs differences of
// antialiasing between float implementations (fused multiply-add on some
// CPUs), while any moved line or glyph changes pixels by far more.
const goldenDelta = 0.05

// goldenCharts are the charts under test: time series with a band and
// regimes, small multiples with a shared legend, a scatter with fit, a
// heatmap, and a time series at the single-column preset.
func goldenCharts() map[string]func() []byte {
	at := func(d Drawer, s Size) func() []byte {
		return func() []byte { return Must(s.PNG(d)) }
	}
	small := Size{W: Notebook.W, H: Notebook.H, DPI: 72} // the notebook layout, 680 x 383 pixels
	return map[string]func() []byte{
		"timeseries_bands_regimes": at(goldenTimeSeries(), small),
		"timeseries_single_column": at(goldenTimeSeries(), Size{W: SingleColumn.W, H: SingleColumn.H, Scale: SingleColumn.Scale, DPI: 150}),
		"small_multiples_legend":   at(goldenSmallMultiples(), small),
		"scatter_fit":              at(goldenScatter(), small),
		"heatmap":                  at(goldenHeatmap(), small),
		"log_annotations":          at(goldenLog(), small),
	}
}

// goldenWalk returns n business days from 2000-01-03 and a seeded random
// walk around level with daily steps of sd.
func goldenWalk(seed uint64, n int, level, sd float64) ([]time.Time, []float64) {
	r := rand.New(rand.NewPCG(seed, 14))
	var d []time.Time
	var v []float64
	day, x := time.Date(2000, 1, 3, 0, 0, 0, 0, time.UTC), level
	for len(d) < n {
		if wd := day.Weekday(); wd != time.Saturday && wd != time.Sunday {
			x += sd * r.NormFloat64()
			d, v = append(d, day), append(v, x)
		}
		day = day.AddDate(0, 0, 1)
	}
	return d, v
}

func goldenTimeSeries() Drawer {
	d, a := goldenWalk(1, 1500, -0.2, 0.01)
	_, b := goldenWalk(2, 1500, 0.1, 0.01)
	lo, hi := make([]float64, len(a)), make([]float64, len(a))
	for i, x := range a {
		lo[i], hi[i] = x-0.15, x+0.15
	}
	return Must(TimeSeries{Title: `Rolling correlation $\rho_{SB}$ with its 95% band`, YLabel: `$\rho_{SB}$`, Percent: true, Zero: true,
		Series:    []series.Series{{Name: "US", Dates: d, Values: a}, {Name: "UK", Dates: d, Values: b}},
		Bands:     []DateBand{{Name: "95% band (US)", Dates: d, Lo: lo, Hi: hi}},
		Shade:     []series.Period{{From: d[200], To: d[400]}, {From: d[1000], To: d[1150]}},
		ShadeName: "recession"}.Plot())
}

func goldenSmallMultiples() Drawer {
	var panels []TimeSeries
	for k, name := range []string{"United States", "United Kingdom", "Germany", "Japan"} {
		d, s := goldenWalk(uint64(10+k), 700, 0.02, 0.002)
		_, b := goldenWalk(uint64(20+k), 700, 0.04, 0.001)
		panels = append(panels, TimeSeries{Title: name, Series: []series.Series{{Name: "stock yield", Dates: d, Values: s}, {Name: "bond yield", Dates: d, Values: b}}})
	}
	d, _ := goldenWalk(1, 700, 0, 0)
	return Must(SmallMultiples{Title: "Yields by country", Cols: 2, Percent: true, ShareY: true, Panels: panels,
		Shade: []series.Period{{From: d[300], To: d[420]}}, ShadeName: "recession"}.Grid())
}

func goldenScatter() Drawer {
	r := rand.New(rand.NewPCG(3, 14))
	x, y := make([]float64, 300), make([]float64, 300)
	for i := range x {
		x[i] = 0.05 * r.NormFloat64()
		y[i] = -0.3*x[i] + 0.01*r.NormFloat64()
	}
	fx := []float64{-0.15, 0.15}
	return Must(Scatter{Title: "Bond against stock returns", XLabel: "$R_S$", YLabel: "$R_B$", XPercent: true, YPercent: true, Zero: true,
		Points:    []XY{{Name: "days", X: x, Y: y}},
		Curves:    []XY{{Name: `linear fit, $\beta = -0.3$`, X: fx, Y: []float64{-0.3 * fx[0], -0.3 * fx[1]}}},
		Highlight: XY{Name: "largest", X: x[:3], Y: y[:3]}, HighlightLabels: []string{"a", "b", "c"}}.Plot())
}

func goldenHeatmap() Drawer {
	names := []string{"Good", "Normal", "Bad"}
	return Must(Heatmap{Title: "Regime probabilities", XLabel: "bond regime", YLabel: "stock regime", Rows: names, Cols: names,
		Values: [][]float64{{0.12, 0.05, 0.01}, {0.06, 0.5, 0.07}, {0.02, 0.06, 0.11}}, Format: check.Percent(1), ColorLabel: "probability"}.Plot())
}

func goldenLog() Drawer {
	d, v := goldenWalk(4, 2500, 0, 0.012)
	for i := range v {
		v[i] = math.Exp(v[i] + 0.0004*float64(i))
	}
	p := Must(TimeSeries{Title: "Wealth of a 60/40 portfolio", YLabel: "wealth (start = 1)", LogY: true,
		Series: []series.Series{{Name: "60/40", Dates: d, Values: v}}}.Plot())
	p.Add(Default.HLine(1, "start"), Default.DateLine(d[1200], "event"), Default.Mark(Unix(d[2499]), v[2499], "end"))
	return p
}

func TestGolden(t *testing.T) {
	dir := filepath.Join("testdata", "golden")
	for name, render := range goldenCharts() {
		t.Run(name, func(t *testing.T) {
			got := render()
			if !bytes.Equal(got, render()) {
				t.Fatalf("two renders of %s differ", name)
			}
			path := filepath.Join(dir, name+".png")
			if *regen {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./plotting -run TestGolden -regen to create it)", err)
			}
			if n, msg := comparePNG(got, want); n > 0 {
				failed := filepath.Join(dir, "failed")
				if err := os.MkdirAll(failed, 0o755); err != nil {
					t.Fatal(err)
				}
				_ = os.WriteFile(filepath.Join(failed, name+".png"), got, 0o644)
				_ = os.WriteFile(filepath.Join(failed, name+".diff.png"), diffPNG(got, want), 0o644)
				t.Errorf("%s differs from %s: %s; see %s/%s{,.diff}.png (regenerate with -regen after looking)", name, path, msg, failed, name)
			}
		})
	}
}

// comparePNG returns the number of pixels of got farther than goldenDelta
// from want (all of them when the sizes differ) and a description.
func comparePNG(got, want []byte) (int, string) {
	a, b := decodeRGBA(got), decodeRGBA(want)
	if a.Bounds() != b.Bounds() {
		return a.Bounds().Dx() * a.Bounds().Dy(), fmt.Sprintf("size %v, golden %v", a.Bounds().Size(), b.Bounds().Size())
	}
	n := 0
	for i := 0; i < len(a.Pix); i += 4 {
		if yiqDistance(a.Pix[i:i+3], b.Pix[i:i+3]) > goldenDelta {
			n++
		}
	}
	return n, fmt.Sprintf("%d of %d pixels differ", n, len(a.Pix)/4)
}

// yiqDistance is cmpimg's colour distance in the YIQ space (Kotsarenko &
// Ramos), normalised to [0, 1].
func yiqDistance(p, q []uint8) float64 {
	r, g, b := float64(p[0])-float64(q[0]), float64(p[1])-float64(q[1]), float64(p[2])-float64(q[2])
	y := r*0.29889531 + g*0.58662247 + b*0.11448223
	i := r*0.59597799 - g*0.27417610 - b*0.32180189
	qq := r*0.21147017 - g*0.52261711 + b*0.31114694
	return math.Sqrt((0.5053*y*y + 0.299*i*i + 0.1957*qq*qq) / 35215)
}

// diffPNG draws got faded to a quarter of its contrast with the pixels
// that differ from want in red (got alone when the sizes differ).
func diffPNG(got, want []byte) []byte {
	a, b := decodeRGBA(got), decodeRGBA(want)
	out := image.NewRGBA(a.Bounds())
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			i := a.PixOffset(x, y)
			c := a.Pix[i : i+3]
			if image.Pt(x, y).In(b.Bounds()) && yiqDistance(c, b.Pix[b.PixOffset(x, y):b.PixOffset(x, y)+3]) > goldenDelta {
				out.Set(x, y, color.RGBA{0xFF, 0, 0, 0xFF})
				continue
			}
			f := func(v uint8) uint8 { return uint8(191 + int(v)/4) }
			out.Set(x, y, color.RGBA{f(c[0]), f(c[1]), f(c[2]), 0xFF})
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, out)
	return buf.Bytes()
}

func decodeRGBA(b []byte) *image.RGBA {
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		panic(err)
	}
	out := image.NewRGBA(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			out.Set(x, y, img.At(x, y))
		}
	}
	return out
}

// The comparison sees a layout change: the same chart with its title
// padding one point larger differs from itself in many pixels.
func TestGoldenSeesLayoutChange(t *testing.T) {
	p := Must(TimeSeries{Title: "t", Series: []series.Series{{Name: "a", Dates: days(100), Values: wave(100)}}}.Plot())
	a := Must(PNG(p, 8*vg.Centimeter, 5*vg.Centimeter, 72))
	p.Title.Padding += 1
	b := Must(PNG(p, 8*vg.Centimeter, 5*vg.Centimeter, 72))
	if n, msg := comparePNG(a, b); n < 100 {
		t.Errorf("a 1 pt shift of the data area: %s, want at least 100", msg)
	}
	if n, _ := comparePNG(a, a); n != 0 {
		t.Errorf("a chart differs from itself in %d pixels", n)
	}
}
