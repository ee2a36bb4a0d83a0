package plotting

import (
	"math"
	"regexp"
	"testing"

	"gonum.org/v1/plot/vg"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// A mark of Functions sits on the first function and its label goes to
// the first corner where it covers no curve: below-right of a point on a
// rising line (up-right would cross it); a plain Theme.Mark, which avoids
// nothing, labels up-right.
func TestFunctionsMarkLabelAvoidsCurve(t *testing.T) {
	rising := []Func{{Name: "f", F: func(x float64) float64 { return x }}}
	p := Must(Functions{Title: "t", XMin: -1, XMax: 1, Funcs: rising, Marks: []Mark{{Name: "mark", X: 0}}}.Plot())
	svg := Must(SVG(p, Width, Height))
	at, cx := textPositions(svg)["mark"], svgCircleX(svg)
	cy := svgCircleY(svg)
	// gonum's SVG draws in canvas coordinates (y up), texts flipped: a
	// text's y is minus its baseline's.
	if !(at[0] > cx && -at[1] < cy) {
		t.Errorf("label at %v, point at (%v, %v): want below-right", at, cx, cy)
	}
	q := Must(Functions{Title: "t", XMin: -1, XMax: 1, Funcs: rising}.Plot())
	q.Add(Default.Mark(0, 0, "mark"))
	svg = Must(SVG(q, Width, Height))
	if at := textPositions(svg)["mark"]; !(at[0] > svgCircleX(svg) && -at[1] > svgCircleY(svg)) {
		t.Errorf("label without Avoid at %v: want up-right of its point", at)
	}
	_, err := Functions{Title: "t", XMin: -1, XMax: 1, Funcs: []Func{{Name: "log", F: math.Log}},
		Marks: []Mark{{Name: "m", X: -0.5}}}.Plot()
	errtest.Says(t, "mark where F is NaN", err, `mark "m"`, `"log"`, "NaN")
}

// segmentMeets: inside, crossing, beside and touching segments.
func TestSegmentMeets(t *testing.T) {
	r := vg.Rectangle{Min: vg.Point{X: 0, Y: 0}, Max: vg.Point{X: 10, Y: 10}}
	pt := func(x, y vg.Length) vg.Point { return vg.Point{X: x, Y: y} }
	for _, c := range []struct {
		a, b vg.Point
		want bool
	}{
		{pt(1, 1), pt(2, 2), true},      // inside
		{pt(-5, 5), pt(15, 5), true},    // across
		{pt(-5, -5), pt(15, 15), true},  // diagonal through
		{pt(-5, 11), pt(15, 11), false}, // above
		{pt(11, -5), pt(20, 30), false}, // right
		{pt(-5, 4), pt(4, 13), true},    // cuts the top-left corner
		{pt(-5, 6), pt(3, 14), false},   // misses the corner
		{pt(10, 10), pt(20, 20), true},  // touches
	} {
		if got := segmentMeets(r, c.a, c.b); got != c.want {
			t.Errorf("segment %v-%v: meets %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// svgCircleY returns the y of the first circle glyph (arc) of svg.
func svgCircleY(svg []byte) float64 {
	m := svgArcY.FindSubmatch(svg)
	if m == nil {
		return math.NaN()
	}
	return parseF(m[1])
}

var svgArcY = regexp.MustCompile(`M[-0-9.]+,([-0-9.]+)A`)

// A highlighted point's label stays in the data area (left of a point at
// the right edge, where it used to be cut) and off the curves.
func TestHighlightLabelPlacement(t *testing.T) {
	x, y := []float64{0, 1, 2}, []float64{0, 1, 2}
	s := Scatter{Title: "t", Points: []XY{{X: x, Y: y}}, Highlight: XY{X: []float64{2}, Y: []float64{2}},
		HighlightLabels: []string{"edge label"}}
	svg := Must(SVG(Must(s.Plot()), Width, Height))
	if at, ring := textPositions(svg)["edge label"], svgCircleX(svg); !(at[0] < ring) {
		t.Errorf("label of the rightmost point starts at %v, right of its ring at %v", at[0], ring)
	}
	// A flat curve through a point (its ring the only circle): the label goes
	// above or below, not across.
	s = Scatter{Title: "t", Curves: []XY{{X: []float64{0, 2}, Y: []float64{1, 1}}},
		Highlight: XY{X: []float64{1}, Y: []float64{1}}, HighlightLabels: []string{"mid"}}
	p := Must(s.Plot())
	svg = Must(SVG(p, Width, Height))
	at, cy := textPositions(svg)["mid"], svgCircleY(svg)
	if above, below := -at[1] > cy, -at[1] < cy-5; !(above || below) || at[0] > svgCircleX(svg) {
		t.Errorf("label at %v beside its point (y %v) on the curve through it", at, cy)
	}
}

// Labels of neighbouring points do not overlap: the second label takes
// another side of its point.
func TestHighlightLabelsApart(t *testing.T) {
	s := Scatter{Title: "t", Points: []XY{{X: []float64{0, 2}, Y: []float64{0, 2}}},
		Highlight: XY{X: []float64{1, 1.02}, Y: []float64{1, 1}}, HighlightLabels: []string{"2001-02", "2002-09"}}
	pos := textPositions(Must(SVG(Must(s.Plot()), Width, Height)))
	a, b := pos["2001-02"], pos["2002-09"]
	if dx, dy := math.Abs(a[0]-b[0]), math.Abs(a[1]-b[1]); dx < 30 && dy < 7 {
		t.Errorf("labels at %v and %v overlap", a, b)
	}
}
