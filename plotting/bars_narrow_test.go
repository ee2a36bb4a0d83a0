package plotting

import (
	"math"
	"regexp"
	"testing"
)

// One column wide, the categories of a bar chart wrap onto two lines
// rather than turning a quarter turn, and the groups' bars stay within
// their category (they used to keep their notebook width and overlap the
// next category).
func TestBarsNarrow(t *testing.T) {
	b := Bars{Title: "t", Categories: []string{"all days", "NBER expansion", "NBER recession"},
		Groups: []Group{{"1980-1999", []float64{0.3, 0.2, 0.4}}, {"2000-2019", []float64{-0.3, -0.35, -0.3}}}}
	svg := Must(SingleColumn.SVG(Must(b.Plot())))
	pos := textPositions(svg)
	if _, ok := pos["expansion"]; !ok || count(svg, "NBER expansion") != 0 || count(svg, "all days") != 1 {
		t.Error(`"NBER expansion" not wrapped onto two lines, or "all days", which fits, wrapped`)
	}
	var x [][2]float64 // left and right of each bar, group by group
	for _, m := range svgRect.FindAllSubmatch(svg, -1) {
		x = append(x, [2]float64{parseF(m[1]), parseF(m[3])})
	}
	if len(x) != 8 {
		t.Fatalf("%d bars drawn, want 6 and 2 legend samples", len(x))
	}
	// The data area is not narrowed for the bars at their notebook width:
	// the first bar starts within half a category of the y axis.
	axis := math.NaN()
	for _, m := range svgLine.FindAllSubmatch(svg, -1) {
		if string(m[1]) == string(m[2]) { // vertical
			axis = parseF(m[1])
			break
		}
	}
	if pitch := x[1][0] - x[0][0]; !(x[0][0]-axis <= pitch/2) {
		t.Errorf("first bar at %v, y axis at %v: the data area was narrowed", x[0][0], axis)
	}
	for k := range 2 { // group 2 in category k ends before group 1 in category k+1 starts
		if right, left := x[3+k][1], x[k+1][0]; right >= left {
			t.Errorf("category %d: its second bar ends at %v, past the next category's first bar at %v", k, right, left)
		}
	}
}

// svgRect matches the filled four-corner paths of bars in the first two
// palette colours: M x0,y0 L x0,y1 L x1,y1 L x1,y0 Z.
var svgRect = regexp.MustCompile(`<path d="M([-0-9.]+),([-0-9.]+)L[-0-9.]+,[-0-9.]+L([-0-9.]+),[-0-9.]+L[-0-9.]+,[-0-9.]+Z" style="fill:#(?:0072B2|D55E00)"`)

// svgLine matches black two-point lines (axes and ticks); the first
// vertical one is the y axis.
var svgLine = regexp.MustCompile(`<path d="M([0-9.]+),[0-9.]+L([0-9.]+),[0-9.]+" style="fill:none;stroke:#000000`)
