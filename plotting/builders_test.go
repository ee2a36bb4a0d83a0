package plotting

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/series"
)

// builder is any chart spec: its build function returns the drawer.
type builder func() (Drawer, error)

func asDrawer[T Drawer](f func() (T, error)) builder {
	return func() (Drawer, error) { return f() }
}

var nan = math.NaN()

// typical lists one realistic chart of every kind, used for rendering and
// determinism tests.
func typical() map[string]builder {
	x := []float64{-0.05, -0.02, 0, 0.01, 0.03, 0.06}
	y := []float64{0.02, 0.01, 0, -0.01, -0.01, -0.03}
	return map[string]builder{
		"TimeSeries": asDrawer(TimeSeries{Title: "t", Percent: true, Zero: true,
			Series: []series.Series{{Name: "a", Dates: days(500), Values: wave(500)}, {Name: "b", Dates: days(300), Values: wave(300)}}}.Plot),
		"SmallMultiples": asDrawer(SmallMultiples{Title: "g", ShareY: true, Panels: []TimeSeries{
			{Title: "p1", Series: []series.Series{{Name: "a", Dates: days(50), Values: wave(50)}}},
			{Title: "p2", Series: []series.Series{{Name: "b", Dates: days(80), Values: wave(80)}}},
			{Title: "p3", Series: []series.Series{{Name: "c", Dates: days(20), Values: wave(20)}}}}}.Grid),
		"Scatter": asDrawer(Scatter{Title: "s", XPercent: true, Points: []XY{{"pts", x, y}},
			Curves:    []XY{{"fit", []float64{-0.05, 0.06}, []float64{0.02, -0.03}}},
			Highlight: XY{"hi", x[:1], y[:1]}, HighlightLabels: []string{"2008-10"},
			Band: &Band{"95%", []float64{-0.05, 0.06}, []float64{0, -0.04}, []float64{0.03, -0.02}}, Zero: true}.Plot),
		"Scatter XMin": asDrawer(Scatter{Title: "s", Points: []XY{{"pts", x, y}}, XMin: -0.03, XMax: 0.04}.Plot),
		"Functions groups": asDrawer(Functions{Title: "f", XMin: -1, XMax: 1, Funcs: []Func{
			{Name: "a1", F: math.Sin, Group: "a"}, {Name: "b", F: math.Cos}, {Name: "a2", F: math.Tanh, Group: "a"}}}.Plot),
		"Dependogram": asDrawer(Dependogram{Title: "d", U: []float64{0.1, 0.5, 0.9}, V: []float64{0.8, 0.5, 0.2},
			Alpha: 0.1, Density: func(u, v float64) float64 { return 1 + 0.5*(1-2*u)*(1-2*v) }}.Plot),
		"Heatmap": asDrawer(Heatmap{Title: "h", Rows: []string{"a", "b"}, Cols: []string{"x", "y", "z"},
			Values: [][]float64{{0.1, -0.2, nan}, {0.5, 0, 1}}, Format: check.Percent(1), Diverging: true}.Plot),
		"Histogram": asDrawer(Histogram{Title: "h", Values: wave(400), KDE: true, Marks: []Mark{{"m", 0.1}}}.Plot),
		"Bars": asDrawer(Bars{Title: "b", Percent: true, Categories: []string{"bad", "good"},
			Groups: []Group{{"US", []float64{0.1, -0.05}}, {"DE", []float64{0.02, 0.03}}}}.Plot),
		"BoxPlots": asDrawer(BoxPlots{Title: "b", Groups: []Group{{"a", wave(100)}, {"b", []float64{0.5, nan}}}, Zero: true}.Plot),
		"Functions": asDrawer(Functions{Title: "f", XMin: -1, XMax: 1,
			Funcs: []Func{{Name: "sq", F: func(x float64) float64 { return x * x }}, {Name: "inv", F: func(x float64) float64 { return 1 / x }}}}.Plot),
	}
}

func TestBuildersRenderDeterministically(t *testing.T) {
	for name, build := range typical() {
		render := func() []byte {
			d, err := build()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			return Must(SVG(d, Width, Height))
		}
		a, b := render(), render()
		if !bytes.Equal(a, b) {
			t.Errorf("%s: same input gave different SVG", name)
		}
		png := func() []byte { d, _ := build(); return Must(PNG(d, Width, Height, 72)) }
		if a, b := png(), png(); len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s: PNG empty or not deterministic", name)
		}
	}
}

func TestBuilderErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    builder
		want string
	}{
		{"scatter empty", asDrawer(Scatter{}.Plot), "no points and no curves"},
		{"scatter all NaN", asDrawer(Scatter{Points: []XY{{"p", []float64{nan}, []float64{1}}}}.Plot), `"p": no finite point`},
		{"scatter mismatch", asDrawer(Scatter{Curves: []XY{{"c", []float64{1, 2}, []float64{1}}}}.Plot), `"c": 2 x values but 1 y values`},
		{"scatter band", asDrawer(Scatter{Points: []XY{{"p", []float64{1}, []float64{1}}},
			Band: &Band{"b", []float64{1, 2}, []float64{1}, []float64{1, 2}}}.Plot), `band "b": lengths`},
		{"dependogram empty", asDrawer(Dependogram{}.Plot), "no finite point"},
		{"dependogram outside", asDrawer(Dependogram{U: []float64{0.5, 1.2}, V: []float64{0.5, 0.5}}.Plot), "point 1"},
		{"dependogram alpha", asDrawer(Dependogram{U: []float64{0.5}, V: []float64{0.5}, Alpha: 0.5}.Plot), "alpha"},
		{"dependogram mismatch", asDrawer(Dependogram{U: []float64{0.5}, V: []float64{}}.Plot), "1 x values but 0"},
		{"heatmap empty", asDrawer(Heatmap{}.Plot), "no rows"},
		{"heatmap ragged", asDrawer(Heatmap{Rows: []string{"a"}, Cols: []string{"x", "y"}, Values: [][]float64{{1}}}.Plot), `row "a" has 1 values`},
		{"heatmap all NaN", asDrawer(Heatmap{Rows: []string{"a"}, Cols: []string{"x"}, Values: [][]float64{{nan}}}.Plot), "no finite value"},
		{"histogram all NaN", asDrawer(Histogram{Values: []float64{nan, nan}}.Plot), "no finite value"},
		{"histogram empty", asDrawer(Histogram{}.Plot), "no finite value"},
		{"bars empty", asDrawer(Bars{}.Plot), "no categories"},
		{"bars mismatch", asDrawer(Bars{Categories: []string{"a", "b"}, Groups: []Group{{"g", []float64{1}}}}.Plot), `group "g" has 1 values for 2`},
		{"bars NaN", asDrawer(Bars{Categories: []string{"a"}, Groups: []Group{{"g", []float64{nan}}}}.Plot), `category "a"`},
		{"box empty", asDrawer(BoxPlots{}.Plot), "no groups"},
		{"box all NaN", asDrawer(BoxPlots{Groups: []Group{{"g", []float64{nan}}}}.Plot), `group "g" has no finite`},
		{"functions empty", asDrawer(Functions{XMax: 1}.Plot), "no functions"},
		{"functions range", asDrawer(Functions{Funcs: []Func{{Name: "f", F: math.Sin}}}.Plot), "XMin"},
		{"functions all NaN", asDrawer(Functions{XMax: 1, Funcs: []Func{{Name: "f", F: func(float64) float64 { return nan }}}}.Plot), `"f": no finite point`},
		{"small multiples empty", asDrawer(SmallMultiples{}.Grid), "no panels"},
		{"small multiples panel", asDrawer(SmallMultiples{Panels: []TimeSeries{{Title: "p"}}}.Grid), `TimeSeries "p": no series`},
	} {
		_, err := tc.b()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to contain %q", tc.name, err, tc.want)
		}
	}
}

func TestBuildersSinglePoint(t *testing.T) {
	one := []float64{0.3}
	for name, b := range map[string]builder{
		"TimeSeries":  asDrawer(TimeSeries{Series: []series.Series{{Name: "a", Dates: days(1), Values: one}}}.Plot),
		"Scatter":     asDrawer(Scatter{Points: []XY{{"p", one, one}}}.Plot),
		"Dependogram": asDrawer(Dependogram{U: one, V: one, Alpha: 0.1}.Plot),
		"Heatmap":     asDrawer(Heatmap{Rows: []string{"a"}, Cols: []string{"b"}, Values: [][]float64{one}}.Plot),
		"Histogram":   asDrawer(Histogram{Values: one, KDE: true}.Plot),
		"Bars":        asDrawer(Bars{Categories: []string{"a"}, Groups: []Group{{"g", one}}}.Plot),
		"BoxPlots":    asDrawer(BoxPlots{Groups: []Group{{"g", one}}}.Plot),
		"SmallMultiples": asDrawer(SmallMultiples{Panels: []TimeSeries{
			{Series: []series.Series{{Name: "a", Dates: days(1), Values: one}}}}}.Grid),
	} {
		d, err := b()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if _, err := SVG(d, Width, Height); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// strokes counts the pieces (subpaths) of the SVG paths stroked in colour
// hex.
func strokes(svg []byte, hex string) int {
	n := 0
	for _, el := range bytes.Split(svg, []byte("<path d=\""))[1:] {
		d, style, _ := bytes.Cut(el, []byte("\""))
		if bytes.Contains(style[:bytes.IndexByte(style, '>')], []byte("stroke:"+hex)) {
			n += bytes.Count(d, []byte("M"))
		}
	}
	return n
}

func TestGapLineBreaksAtNaN(t *testing.T) {
	v := wave(100)
	render := func(y []float64) []byte {
		p := Must(TimeSeries{Series: []series.Series{{Name: "a", Dates: days(100), Values: y}}}.Plot())
		return Must(SVG(p, Width, Height))
	}
	whole := strokes(render(v), "#0072B2")
	v[40], v[41], v[70] = nan, nan, nan
	svg := render(v)
	broken := strokes(svg, "#0072B2")
	if whole != 1 || broken != 3 {
		t.Errorf("line segments: %d without gaps (want 1), %d with two gaps (want 3)", whole, broken)
	}
	if n := bytes.Count(svg, []byte("stroke:#0072B2")); n != 1 {
		t.Errorf("a line with gaps is %d SVG paths, want 1", n)
	}
	// Functions break at poles too: 1/x on [-1, 1] with x = 0 on the grid.
	p := Must(Functions{XMin: -1, XMax: 1, Samples: 3, Funcs: []Func{{Name: "", F: func(x float64) float64 { return 1 / x }}}}.Plot())
	if n := strokes(Must(SVG(p, Width, Height)), "#0072B2"); n != 0 {
		// Two isolated points remain: drawn as dots (fills), not lines.
		t.Errorf("1/x on {-1, 0, 1}: %d stroked segments, want 0", n)
	}
}

func TestThin(t *testing.T) {
	n := 15000
	x, y := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i], y[i] = float64(i), math.Sin(float64(i)/30)
	}
	y[7000] = 5 // a spike must survive
	y[9000] = nan
	tx, ty := Thin(x, y, 500)
	if len(tx) > 4*500+2 || len(tx) < 500 {
		t.Fatalf("thinned to %d points", len(tx))
	}
	var spike, gaps int
	for i := range ty {
		if ty[i] == 5 {
			spike++
		}
		if math.IsNaN(ty[i]) {
			gaps++
		}
	}
	if spike != 1 || gaps != 1 {
		t.Errorf("spike kept %d times (want 1), gaps %d (want 1)", spike, gaps)
	}
	if sx, _ := Thin(x[:10], y[:10], 500); len(sx) != 10 {
		t.Errorf("short series changed")
	}
}

func TestFormatTicks(t *testing.T) {
	var got []string
	for _, tk := range PercentTicks.Ticks(-0.1, 0.3) {
		if tk.Label != "" {
			got = append(got, tk.Label)
		}
	}
	if want := "-10% 0% 10% 20% 30%"; strings.Join(got, " ") != want {
		t.Errorf("percent ticks %q, want %q", strings.Join(got, " "), want)
	}
	got = nil
	for _, tk := range PercentTicks.Ticks(-0.0987, 0.1076) { // 2.5% steps would need a decimal
		if tk.Label != "" {
			got = append(got, tk.Label)
		}
	}
	if want := "-5% 0% 5% 10%"; strings.Join(got, " ") != want {
		t.Errorf("percent ticks %q, want %q", strings.Join(got, " "), want)
	}
	got = nil
	for _, tk := range (FormatTicks{Kind: check.BasisPoints}).Ticks(0, 0.0025) {
		if tk.Label != "" {
			got = append(got, tk.Label)
		}
	}
	if want := "0 bp 5 bp 10 bp 15 bp 20 bp 25 bp"; strings.Join(got, " ") != want {
		t.Errorf("bp ticks %q, want %q", strings.Join(got, " "), want)
	}
}

func TestDateTicks(t *testing.T) {
	for _, tc := range []struct {
		from, to string
		want     string
	}{
		{"1980-01-01", "2025-12-31", "1980 1985 1990 1995 2000 2005 2010 2015 2020 2025"},
		{"2007-01-01", "2009-12-31", "Jan 2007 Jul 2007 Jan 2008 Jul 2008 Jan 2009 Jul 2009"},
		{"2020-03-02", "2020-03-31", "Mar 2 Mar 9 Mar 16 Mar 23 Mar 30"},
	} {
		var got []string
		for _, tk := range (DateTicks{}).Ticks(Unix(mustDate(tc.from)), Unix(mustDate(tc.to))) {
			if tk.Label != "" {
				got = append(got, tk.Label)
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s..%s: %q, want %q", tc.from, tc.to, strings.Join(got, " "), tc.want)
		}
	}
	// A trading day of 5-minute bars in New York time: hourly labels.
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	open := time.Date(2025, 4, 9, 9, 30, 0, 0, ny)
	var got []string
	for _, tk := range (DateTicks{Location: ny}).Ticks(Unix(open), Unix(open.Add(390*time.Minute))) {
		got = append(got, tk.Label)
	}
	if want := "10:00 11:00 12:00 13:00 14:00 15:00 16:00"; strings.Join(got, " ") != want {
		t.Errorf("intraday: %q, want %q", strings.Join(got, " "), want)
	}
}

func TestSilvermanAndKDE(t *testing.T) {
	// Reference: numpy on [1, 2, 3, 4, 10]: sd = 3.5355, IQR = 2, so
	// h = 0.9 * min(3.5355, 2/1.349) * 5^-0.2.
	v := []float64{1, 2, 3, 4, 10, nan}
	if h, want := Silverman(v), 0.9*(2/1.349)*math.Pow(5, -0.2); math.Abs(h-want) > 1e-12 {
		t.Errorf("Silverman = %v, want %v", h, want)
	}
	if !math.IsNaN(Silverman([]float64{1})) || !math.IsNaN(Silverman([]float64{2, 2, 2})) {
		t.Errorf("Silverman of one value or zero spread should be NaN")
	}
	// The KDE integrates to one (trapezoid rule on a wide grid).
	x := make([]float64, 2001)
	for i := range x {
		x[i] = -10 + 30*float64(i)/2000
	}
	f := KDE(v, 1, x)
	area := 0.0
	for i := 1; i < len(x); i++ {
		area += (f[i] + f[i-1]) / 2 * (x[i] - x[i-1])
	}
	if math.Abs(area-1) > 1e-6 {
		t.Errorf("KDE area = %v", area)
	}
}
