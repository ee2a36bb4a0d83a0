package plotting

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/stockbond/sbcorr/series"
	"gonum.org/v1/plot/vg"
)

var svgText = regexp.MustCompile(`(?s)<text x="([-0-9.]+)" y="([-0-9.]+)"[^>]*>([^<]*)</text>`)

// textPositions returns the x and y of each text of svg by content.
func textPositions(svg []byte) map[string][2]float64 {
	out := map[string][2]float64{}
	for _, m := range svgText.FindAllSubmatch(svg, -1) {
		x, _ := strconv.ParseFloat(string(m[1]), 64)
		y, _ := strconv.ParseFloat(string(m[2]), 64)
		out[string(m[3])] = [2]float64{x, y}
	}
	return out
}

// A legend on several rows is laid out in columns: the k-th name of every
// row starts at the same x, and the rows are filled in reading order.
func TestLegendColumnsAligned(t *testing.T) {
	names := []string{"US long name here", "DE", "JP", "UK market", "FR", "Italy and Spain", "CH", "a"}
	var ss []series.Series
	for _, n := range names {
		ss = append(ss, series.Series{Name: n, Dates: days(30), Values: wave(30)})
	}
	for _, w := range []float64{1, 0.75, 0.5} {
		pos := textPositions(Must(SVG(Must(TimeSeries{Title: "t", Series: ss}.Plot()), w16*vg.Length(w), h9)))
		var rows [][]string
		for i, n := range names {
			p, ok := pos[n]
			if !ok {
				t.Fatalf("width %v: %q not drawn", w, n)
			}
			if i == 0 || p[1] != pos[names[i-1]][1] {
				rows = append(rows, nil)
			}
			rows[len(rows)-1] = append(rows[len(rows)-1], n)
		}
		if len(rows) < 2 {
			t.Fatalf("width %v: legend on one row, want several", w)
		}
		for r, row := range rows {
			if r < len(rows)-1 && len(row) != len(rows[0]) {
				t.Errorf("width %v: row %d has %d entries, row 0 has %d", w, r, len(row), len(rows[0]))
			}
			for k, n := range row {
				if k >= len(rows[0]) {
					t.Errorf("width %v: row %d longer than row 0 (%q)", w, r, row)
					break
				}
				if x0 := pos[rows[0][k]][0]; pos[n][0] != x0 {
					t.Errorf("width %v: %q (row %d, column %d) at x %v, %q above it at %v", w, n, r, k, pos[n][0], rows[0][k], x0)
				}
			}
		}
	}
}
