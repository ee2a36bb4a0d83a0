package plotting

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"testing"

	"gonum.org/v1/plot"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/series"
)

func TestLogTicks(t *testing.T) {
	for _, c := range []struct {
		min, max float64
		kind     check.Kind
		want     []string
	}{
		{0.8, 4.5, check.Plain, []string{"0.8", "1", "2", "3", "4"}},
		{0.5, 20, check.Plain, []string{"0.5", "1", "2", "5", "10", "20"}},
		{1, 1000, check.Plain, []string{"1", "10", "100", "1000"}},
		{1e-3, 1e6, check.Plain, []string{"0.01", "1", "100", "10000", "1000000"}},
		{0.01, 0.5, check.PercentKind, []string{"1%", "2%", "5%", "10%", "20%", "50%"}},
	} {
		got := labels(LogTicks{Kind: c.kind}.Ticks(c.min, c.max))
		if !slices.Equal(got, c.want) {
			t.Errorf("LogTicks(%v, %v) = %q, want %q", c.min, c.max, got, c.want)
		}
	}
	// Minor ticks at the other integers of each decade; on a short axis
	// (three labels) over three decades at 2 and 5 times only, over eight
	// decades none.
	if n := len(LogTicks{}.Ticks(1, 1000)); n != 28 {
		t.Errorf("1 to 1000: %d ticks, want 28 (1-9, 10-90, 100-900, 1000)", n)
	}
	if n := len(LogTicks{Labels: 3}.Ticks(1, 1000)); n != 10 {
		t.Errorf("1 to 1000 on a short axis: %d ticks, want 10 (1, 2, 5, 10, 20, 50, ..., 1000)", n)
	}
	if n := len(LogTicks{Labels: 3}.Ticks(1, 1e8)); n != 9 {
		t.Errorf("1 to 1e8 on a short axis: %d ticks, want the 9 powers of ten", n)
	}
	// Many decades on a short axis: every third decade labelled (two
	// crowding powers of ten used to replace each other down to one label,
	// and the axis fell back to linear labels).
	if got := labels(LogTicks{Labels: 3}.Ticks(1, 1e8)); !slices.Equal(got, []string{"1", "1000", "1000000"}) {
		t.Errorf("1 to 1e8 on a short axis: labels %q", got)
	}
	// A narrow range is labelled at linear positions, still at least twice.
	if got := labels(LogTicks{}.Ticks(1.2, 1.8)); len(got) < 2 {
		t.Errorf("1.2 to 1.8: labels %q", got)
	}
	errtest.Panics(t, "LogTicks at 0", func() { LogTicks{}.Ticks(0, 1) }, "plotting: LogTicks.Ticks:")
}

// LogY puts the y axis on a log scale fitted to the data with headroom in
// log space; values that are not positive, and Zero, are errors.
func TestLogY(t *testing.T) {
	d := days(3)
	p := Must(TimeSeries{Title: "w", Series: []series.Series{{Name: "wealth", Dates: d, Values: []float64{1, 10, 100}}}, LogY: true}.Plot())
	if _, ok := p.Y.Scale.(plot.LogScale); !ok {
		t.Fatal("y axis not log")
	}
	if r := math.Log(p.Y.Max/100) / math.Log(1/p.Y.Min); math.Abs(r-1) > 1e-12 || !(p.Y.Min < 1) {
		t.Errorf("headroom not symmetric in log space: [%v, %v]", p.Y.Min, p.Y.Max)
	}
	_ = Must(SVG(p, Width, Height)) // draws
	_, err := TimeSeries{Title: "w", Series: []series.Series{{Name: "wealth", Dates: d, Values: []float64{1, 0, 2}}}, LogY: true}.Plot()
	errtest.Says(t, "LogY zero value", err, `TimeSeries "w"`, `series "wealth"`, "value 0", d[1].Format("2006-01-02"), "not positive")
	_, err = TimeSeries{Title: "w", Series: []series.Series{{Name: "a", Dates: d, Values: []float64{1, 2, 3}}}, LogY: true, Zero: true}.Plot()
	errtest.Says(t, "LogY with Zero", err, "LogY with Zero")
	_, err = Scatter{Title: "s", Curves: []XY{{Name: "c", X: []float64{1, 2}, Y: []float64{1, -1}}}, LogY: true}.Plot()
	errtest.Says(t, "Scatter LogY", err, `Scatter "s"`, `"c"`, "value -1", "x = 2")
	f := Must(Functions{Title: "f", XMin: 1, XMax: 2, LogY: true, Funcs: []Func{{Name: "exp", F: math.Exp}}}.Plot())
	if _, ok := f.Y.Scale.(plot.LogScale); !ok {
		t.Error("Functions.LogY not log")
	}
	// A reference line at 0 is skipped on a log axis.
	f.Add(Default.HLine(0, "zero"), Default.HLine(5, "five"))
	if svg := Must(SVG(f, Width, Height)); count(svg, "zero") != 0 || count(svg, "five") != 1 {
		t.Error("a line at 0 drawn on a log axis, or a line at 5 not")
	}
}

// Clip fits the y axis to quantiles of the values and says under the chart
// how many lie outside.
func TestClip(t *testing.T) {
	v := wave(400)
	v[10], v[200], v[300] = 50, -40, 80
	ts := TimeSeries{Title: "taus", Series: []series.Series{{Name: "tau", Dates: days(400), Values: v}}, Clip: 0.01}
	p := Must(ts.Plot())
	s := slices.Clone(v)
	sort.Float64s(s)
	lo, hi := s[3]+(s[4]-s[3])*(0.01*399-3), s[395]+(s[396]-s[395])*(0.99*399-395) // type 7 quantiles
	pad := Headroom * (hi - lo)
	if math.Abs(p.Y.Min-(lo-pad)) > 1e-12 || math.Abs(p.Y.Max-(hi+pad)) > 1e-12 {
		t.Errorf("y range [%v, %v], want the 1%%-99%% quantiles [%v, %v] with headroom", p.Y.Min, p.Y.Max, lo, hi)
	}
	out := 0
	for _, x := range v {
		if x < lo || x > hi {
			out++
		}
	}
	if want := fmt.Sprintf("%d of 400 values outside the y range (1%%-99%% quantiles)", out); p.X.Label.Text != want {
		t.Errorf("caption %q, want %q", p.X.Label.Text, want)
	}
	ts.Clip = 0.5
	_, err := ts.Plot()
	errtest.Says(t, "Clip 0.5", err, "Clip 0.5 outside [0, 0.5)")
	if g := groupDigits(1234567); g != "1,234,567" {
		t.Errorf("groupDigits = %q", g)
	}
}

// Paired scatters draw each point group in its curve's colour and name the
// pair once.
func TestPaired(t *testing.T) {
	x := []float64{1, 2, 3}
	s := Scatter{Title: "par", Paired: true,
		Points: []XY{{Name: "1991 data", X: x, Y: x}, {Name: "2000 data", X: x, Y: x}},
		Curves: []XY{{Name: "1991 fit", X: x, Y: x}, {Name: "2000 fit", X: x, Y: x}}}
	p := Must(s.Plot())
	svg := Must(SVG(p, Width, Height))
	for i := range 2 {
		hex := fmt.Sprintf("#%02X%02X%02X", Default.Color(i).(color.RGBA).R, Default.Color(i).(color.RGBA).G, Default.Color(i).(color.RGBA).B)
		if strokes(svg, hex) == 0 || bytes.Count(svg, []byte(hex)) < 1+len(x) {
			t.Errorf("pair %d: line or points not in palette colour %s", i, hex)
		}
	}
	if bytes.Contains(svg, []byte("fill:#A8A8A8")) {
		t.Error("a paired point group drawn in the grey cloud colour")
	}
	if count(svg, "1991 fit") != 1 || count(svg, "1991 data") != 0 {
		t.Error("a pair is not named once by its curve")
	}
}

// Annotations: a marked point with its label (flipped left at the right
// edge), labelled horizontal and vertical lines; a mark widens the axes.
func TestAnnotations(t *testing.T) {
	p := Must(Functions{Title: "premium", XMin: -1, XMax: 1, Funcs: []Func{{Name: "f", F: func(x float64) float64 { return x }}}}.Plot())
	p.Add(Default.Mark(-0.1778, 0, `$\rho^\star$`), Default.Mark(1, 2, "edge"), Default.HLine(0.5, "target"), Default.VLine(0, "zero"))
	if p.Y.Max < 2 {
		t.Errorf("a mark at y = 2 outside the data did not widen the axis (max %v)", p.Y.Max)
	}
	svg := Must(SVG(p, Width, Height))
	pos := textPositions(svg)
	for _, s := range []string{"ρ", "edge", "target", "zero"} {
		if _, ok := pos[s]; !ok {
			t.Errorf("label %q not drawn", s)
		}
	}
	m := svgCircleX(svg)
	if !(pos["edge"][0] < m) {
		t.Errorf("label at the right edge starts at %v, right of its point at %v", pos["edge"][0], m)
	}
}

// svgCircleX returns the largest x of the circle glyphs (arcs) of svg.
func svgCircleX(svg []byte) float64 {
	x := math.Inf(-1)
	for _, m := range svgArc.FindAllSubmatch(svg, -1) {
		x = math.Max(x, parseF(m[1]))
	}
	return x
}

var svgArc = regexp.MustCompile(`M([-0-9.]+),[-0-9.]+A`)

func parseF(b []byte) float64 {
	v, _ := strconv.ParseFloat(string(b), 64)
	return v
}
