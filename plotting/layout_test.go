package plotting

import (
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

func TestFitNarrowPanel(t *testing.T) {
	p := Must(Functions{Title: "A rather long title for a narrow panel of a grid", XMin: 0, XMax: 1,
		Funcs: []Func{{Name: "first curve", F: func(x float64) float64 { return x }}, {Name: "second curve", F: func(x float64) float64 { return -x }},
			{Name: "third curve", F: func(x float64) float64 { return x * x }}}}.Plot())
	size, pad, marker := p.Title.TextStyle.Font.Size, p.Title.Padding, p.X.Tick.Marker
	q := fit(p, 200, 150)
	if !(q.Title.TextStyle.Font.Size < size) && !strings.Contains(q.Title.Text, "\n") {
		t.Errorf("title %q at %v neither reduced nor wrapped", q.Title.Text, size)
	}
	for _, line := range strings.Split(q.Title.Text, "\n") {
		if w := q.Title.TextStyle.Width(line) * (2*fontSlack - 1); w > 200 {
			t.Errorf("title line %q is %v wide (with font slack) on a 200 pt panel", line, w)
		}
	}
	if !(q.Title.Padding > pad) {
		t.Errorf("legend room %v not enlarged from %v for a narrow panel", q.Title.Padding, pad)
	}
	if n := q.X.Tick.Marker.(NiceTicks).Labels; n != 3 {
		t.Errorf("x labels %d on a 140 pt axis, want 3", n)
	}
	if p.Title.TextStyle.Font.Size != size || p.Title.Padding != pad || p.X.Tick.Marker != marker {
		t.Errorf("fit modified the original plot")
	}
	// A wide chart keeps its layout.
	if w := fit(p, 2000, 1000); w.Title.TextStyle.Font.Size != size || w.Title.Padding != pad {
		t.Errorf("fit changed a chart that fits")
	}
	// Plots without a TopLegend are not in the registry.
	if legendOf(plot.New()) != nil {
		t.Errorf("legendOf(new plot) != nil")
	}
}

func TestFitRotatesCrowdedCategories(t *testing.T) {
	cats := []string{"consumer discretionary", "information technology", "communication services"}
	p := Must(Bars{Categories: cats, Groups: []Group{{"g", []float64{1, 2, 3}}}}.Plot())
	if r := fit(p, 200, 200).X.Tick.Label.Rotation; r == 0 {
		t.Errorf("long categories on a narrow chart not rotated")
	}
	if r := fit(p, 2000, 400).X.Tick.Label.Rotation; r != 0 {
		t.Errorf("categories rotated on a wide chart")
	}
}

// Long titles wrap onto two lines before they shrink much; short ones that
// nearly fit shrink a little; a title that fits is left alone.
func TestFitTitle(t *testing.T) {
	sty := plot.New().Title.TextStyle
	sty.Font.Size = 11
	long := "Figure 13: aggregate correlation of the most diversified portfolio against the stock correlation"
	for _, tc := range []struct {
		name, txt    string
		w            float64
		lines        int
		minSz, maxSz float64
	}{
		{"fits", long, 1.01, 1, 11, 11},
		{"shrinks", long, 0.9, 1, 0.85 * 11, 10.99},
		{"wraps", long, 0.6, 2, 9, 11},
		{"many lines", long, 0.15, 3, 6, 6},
	} {
		// tc.w is the width relative to the title's width at 11 pt
		w := vg.Length(tc.w) * sty.Width(long) * (2*fontSlack - 1)
		txt, size := fitText(sty, tc.txt, w)
		lines := strings.Split(txt, "\n")
		if len(lines) < tc.lines || (tc.lines < 3 && len(lines) != tc.lines) || float64(size) < tc.minSz || float64(size) > tc.maxSz {
			t.Errorf("%s: %d lines at %v pt (%q), want %d lines in [%v, %v] pt", tc.name, len(lines), size, txt, tc.lines, tc.minSz, tc.maxSz)
		}
		if strings.Join(strings.Fields(txt), " ") != strings.Join(strings.Fields(tc.txt), " ") {
			t.Errorf("%s: words changed: %q", tc.name, txt)
		}
	}
}

// A six-curve Functions chart (notebook 06, Figure 13) at any width: the
// legend drawn at the real data-area width (compact, see MaxLegendShare,
// when it would take much of the height) needs no more room than fit
// reserved above the data, so it never overlaps the title.
func TestLegendFitsReservedRoom(t *testing.T) {
	var funcs []Func
	for _, n := range []string{"+50%, n = 5", "+50%, n = 25", "+50%, n = +Inf", "-50%, n = 5", "-50%, n = 25", "-50%, n = +Inf"} {
		funcs = append(funcs, Func{Name: n, F: func(x float64) float64 { return x }})
	}
	p := Must(Functions{Title: "Figure 13: aggregate correlation of the MDP, |rho_stock_S,B| = 50%",
		XLabel: "stock correlation rho_stock", YLabel: "aggregate correlation rho_S,B", XMin: 0, XMax: 1, Funcs: funcs}.Plot())
	l := legendOf(p)
	for w := vg.Length(150); w <= 600; w += 25 {
		q := fit(p, w, 250)
		da := q.DataCanvas(draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: w, Y: 250}}})
		d := legendFor(q, l) // compact on a short chart
		if need, room := d.height(da.Max.X-da.Min.X+d.lead), q.Title.Padding-p.Title.Padding+l.reserved; need > room {
			t.Errorf("width %v: legend needs %v, room %v", w, need, room)
		}
	}
}
