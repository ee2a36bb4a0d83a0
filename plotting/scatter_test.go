package plotting

import (
	"bytes"
	"image/color"
	"math"
	"testing"

	"gonum.org/v1/plot"
)

// The first point cloud is drawn in the theme's neutral CloudColor; curves,
// further groups and highlights take distinct palette colours, so the
// main fitted curve never disappears into the cloud.
func TestScatterColours(t *testing.T) {
	x, y := []float64{0, 1, 2}, []float64{1, 0, 2}
	p := Must(Scatter{
		Points:    []XY{{"cloud", x, y}, {"other", x, y}},
		Curves:    []XY{{"fit", x, y}, {"fit 2", x, y}},
		Highlight: XY{"hi", x[:1], y[:1]},
	}.Plot())
	want := map[string]color.Color{
		"cloud": Default.CloudColor,
		"fit":   Default.Color(0),
		"fit 2": Default.Color(1),
		"other": Default.Color(2),
		"hi":    Default.Color(3),
	}
	got := map[string]color.Color{}
	for _, e := range legendOf(p).Entries {
		switch th := e.Thumb.(type) {
		case *Points:
			got[e.Name] = th.Color
		case *GapLine:
			got[e.Name] = th.Color
		}
	}
	for name, c := range want {
		if got[name] != c {
			t.Errorf("%s: colour %v, want %v", name, got[name], c)
		}
	}
	seen := map[color.Color]string{}
	for name, c := range got {
		if other, ok := seen[c]; ok {
			t.Errorf("%s and %s share colour %v", name, other, c)
		}
		seen[c] = name
	}
	if Default.CloudColor == Default.Color(0) {
		t.Error("CloudColor equals palette colour 0")
	}
}

// A NaN in a confidence band breaks it into separate polygons instead of
// bridging the gap.
func TestBandBreaksAtNaN(t *testing.T) {
	b := &Band{Name: "95%", X: []float64{0, 1, 2, 3, 4}, Lo: []float64{0, 0, nan, 0, 0}, Hi: []float64{1, 1, 1, 1, nan}}
	polys, err := b.plotters(Default.ShadeColor, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(polys) != 2 {
		t.Errorf("%d polygons, want 2 (points 0-1 and point 3)", len(polys))
	}
}

// XMin/XMax fix the x axis; points outside are neither drawn nor given
// room (the chart is byte-identical to one without them), and an empty
// range (XMin >= XMax) leaves the axis fitted to the data.
func TestScatterXLimits(t *testing.T) {
	in := XY{"months", []float64{-0.05, 0, 0.05}, []float64{0.01, 0, -0.01}}
	all := XY{"months", []float64{-0.3, -0.05, 0, 0.05, 0.4}, []float64{0, 0.01, 0, -0.01, 0}}
	build := func(g XY, lo, hi float64) *plot.Plot {
		return Must(Scatter{XPercent: true, Points: []XY{g}, XMin: lo, XMax: hi,
			Curves: []XY{{"fit", []float64{-0.3, 0.4}, []float64{0.01, -0.01}}}}.Plot())
	}
	p := build(all, -0.1, 0.1)
	if p.X.Min != -0.1 || p.X.Max != 0.1 {
		t.Errorf("x range [%v, %v], want [-0.1, 0.1]", p.X.Min, p.X.Max)
	}
	if a, b := Must(SVG(p, Width, Height)), Must(SVG(build(in, -0.1, 0.1), Width, Height)); !bytes.Equal(a, b) {
		t.Error("points outside XMin..XMax changed the chart")
	}
	lo, hi := -0.3, 0.4
	pad := Headroom * (hi - lo)
	if p := build(all, 0.1, -0.1); p.X.Min != lo-pad || p.X.Max != hi+pad {
		t.Errorf("XMin > XMax: x range [%v, %v], want the data's [-0.3, 0.4] with headroom %v",
			p.X.Min, p.X.Max, pad)
	}
}

// Points and curves at the extremes stay off the frame: Scatter widens
// both axes by Headroom (the x axis only when XMin and XMax do not fix it),
// and so does Functions on its y axis.
func TestScatterHeadroom(t *testing.T) {
	p := Must(Scatter{Points: []XY{{"a", []float64{-1, 0, 3}, []float64{2, 10, 6}}}}.Plot())
	if dx, dy := Headroom*4, Headroom*8; p.X.Min != -1-dx || p.X.Max != 3+dx || p.Y.Min != 2-dy || p.Y.Max != 10+dy {
		t.Errorf("range x [%v, %v] y [%v, %v], want x [-1, 3] and y [2, 10] widened by %v and %v",
			p.X.Min, p.X.Max, p.Y.Min, p.Y.Max, dx, dy)
	}
	f := Must(Functions{XMin: 0, XMax: 2, Funcs: []Func{{Name: "x", F: func(x float64) float64 { return x }}}}.Plot())
	if f.X.Min != 0 || f.X.Max != 2 || f.Y.Min != -2*Headroom || f.Y.Max != 2+2*Headroom {
		t.Errorf("Functions range x [%v, %v] y [%v, %v], want x [0, 2] and y [0, 2] widened by %v",
			f.X.Min, f.X.Max, f.Y.Min, f.Y.Max, 2*Headroom)
	}
}

// The tallest bar of a histogram stays off the frame: the y axis starts at 0
// and ends Headroom above the tallest density; the outer bars stay off the
// y axis: the x axis spans the bins with Headroom on both sides.
func TestHistogramHeadroom(t *testing.T) {
	p := Must(Histogram{Values: []float64{0, 0, 0, 1}, Bins: 2}.Plot())
	// bins of width 0.5: densities 3/(4*0.5) = 1.5 and 0.5
	if top := 1.5 * (1 + Headroom); p.Y.Min != 0 || math.Abs(p.Y.Max-top) > 1e-12 {
		t.Errorf("y range [%v, %v], want [0, %v]", p.Y.Min, p.Y.Max, top)
	}
	if math.Abs(p.X.Min+Headroom) > 1e-12 || math.Abs(p.X.Max-1-Headroom) > 1e-12 {
		t.Errorf("x range [%v, %v], want [0, 1] widened by %v", p.X.Min, p.X.Max, Headroom)
	}
}

// Whiskers stay off the frame: BoxPlots widens the y range by Headroom
// (keeping 0 as a bound when Zero extends the range to it).
func TestBoxPlotsHeadroom(t *testing.T) {
	g := []Group{{"a", []float64{1, 2, 3, 4, 5}}}
	p := Must(BoxPlots{Groups: g}.Plot())
	if lo, hi := 1-4*Headroom, 5+4*Headroom; math.Abs(p.Y.Min-lo) > 1e-12 || math.Abs(p.Y.Max-hi) > 1e-12 {
		t.Errorf("y range [%v, %v], want [%v, %v]", p.Y.Min, p.Y.Max, lo, hi)
	}
	if p := Must(BoxPlots{Groups: g, Zero: true}.Plot()); p.Y.Min != 0 {
		t.Errorf("with Zero: y from %v, want 0", p.Y.Min)
	}
}
