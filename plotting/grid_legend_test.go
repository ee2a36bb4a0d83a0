package plotting

import (
	"bytes"
	"strings"
	"testing"

	"gonum.org/v1/plot"

	"github.com/stockbond/sbcorr/series"
)

// count returns how many text elements of svg read s.
func count(svg []byte, s string) int { return bytes.Count(svg, []byte(">"+s+"</text>")) }

// A legend of a single entry is not drawn and takes no room; a second
// entry brings both.
func TestNoLegendForOneSeries(t *testing.T) {
	one := Must(Scatter{Title: "t", Points: []XY{{Name: "months", X: []float64{1, 2}, Y: []float64{1, 2}}}}.Plot())
	if n := count(Must(SVG(one, Width, Height)), "months"); n != 0 {
		t.Errorf("single point group named in a legend (%d)", n)
	}
	bare := Must(Scatter{Title: "t", Points: []XY{{X: []float64{1, 2}, Y: []float64{1, 2}}}}.Plot())
	if one.Title.Padding != bare.Title.Padding {
		t.Errorf("a hidden legend reserves %v of room", one.Title.Padding-bare.Title.Padding)
	}
	Default.AddTopLegend(one, LegendEntry{"fit", NewGapLine(nil, nil, Default.Line(1))})
	svg := Must(SVG(one, Width, Height))
	if count(svg, "months") != 1 || count(svg, "fit") != 1 {
		t.Error("a second entry does not bring the legend back with both entries")
	}
	if !(one.Title.Padding > bare.Title.Padding) {
		t.Error("no room reserved for a legend of two entries")
	}
}

func legendPanels(names ...[]string) []*plot.Plot {
	var out []*plot.Plot
	for _, ns := range names {
		var fs []Func
		for _, n := range ns {
			fs = append(fs, Func{Name: n, F: func(x float64) float64 { return x }})
		}
		out = append(out, Must(Functions{Title: "panel", XMin: 0, XMax: 1, Funcs: fs}.Plot()))
	}
	return out
}

// A grid whose panels name the same entries draws them once, above the
// panels (outside their data areas); panels naming different entries keep
// their own legends unless LegendShared; LegendPerPanel keeps them.
func TestGridSharedLegend(t *testing.T) {
	same := []string{"rho -50%", "rho 0%", "rho +50%"}
	svg := Must(SVG(&Grid{Title: "grid", Cols: 2, Plots: legendPanels(same, same, same, same)}, Width, Height))
	for _, n := range same {
		if c := count(svg, n); c != 1 {
			t.Errorf("%q drawn %d times in a shared legend, want 1", n, c)
		}
	}
	pos := textPositions(svg)
	if !(pos["rho 0%"][1] < pos["panel"][1]) { // SVG text y grows downwards as -y
		t.Errorf("shared legend at y %v not above the panel titles at %v", pos["rho 0%"][1], pos["panel"][1])
	}
	if !(pos["grid"][1] < pos["rho 0%"][1]) {
		t.Errorf("shared legend at y %v above the grid title at %v", pos["rho 0%"][1], pos["grid"][1])
	}
	diff := Must(SVG(&Grid{Cols: 2, Plots: legendPanels([]string{"a", "b"}, []string{"c", "d"})}, Width, Height))
	if count(diff, "a") != 1 || count(diff, "c") != 1 {
		t.Error("panels with different entries lost their own legends")
	}
	union := Must(SVG(&Grid{Cols: 2, Legend: LegendShared, Plots: legendPanels([]string{"a", "b"}, []string{"b", "c"})}, Width, Height))
	for _, n := range []string{"a", "b", "c"} {
		if count(union, n) != 1 {
			t.Errorf("LegendShared: %q drawn %d times, want 1", n, count(union, n))
		}
	}
	per := Must(SVG(&Grid{Cols: 2, Legend: LegendPerPanel, Plots: legendPanels(same, same)}, Width, Height))
	if count(per, "rho 0%") != 2 {
		t.Errorf("LegendPerPanel: %d legends, want 2", count(per, "rho 0%"))
	}
	// Drawing shares nothing with the panels' own rendering.
	p := legendPanels(same)[0]
	before := Must(SVG(p, Width, Height))
	_ = Must(SVG(&Grid{Cols: 1, Plots: []*plot.Plot{p}}, Width, Height))
	if !bytes.Equal(before, Must(SVG(p, Width, Height))) {
		t.Error("drawing a panel in a grid changed the panel")
	}
	if count(before, "rho 0%") != 1 {
		t.Error("a plot drawn alone lost its legend")
	}
}

// Small multiples of the same series share one legend.
func TestSmallMultiplesShareLegend(t *testing.T) {
	var panels []TimeSeries
	for _, n := range []string{"US", "UK", "DE"} {
		panels = append(panels, TimeSeries{Title: n, Series: []series.Series{{Name: "stocks", Dates: days(60), Values: wave(60)}, {Name: "bonds", Dates: days(60), Values: wave(60)}}})
	}
	g := Must(SmallMultiples{Cols: 3, Panels: panels}.Grid())
	svg := Must(SVG(g, Width, Height))
	if count(svg, "stocks") != 1 || count(svg, "bonds") != 1 {
		t.Errorf("legend entries drawn %d and %d times, want once", count(svg, "stocks"), count(svg, "bonds"))
	}
	if !strings.Contains(string(svg), ">DE</text>") {
		t.Error("panel titles missing")
	}
}

// A legend entry wider than a narrow panel shrinks the legend's font (not
// below 70%) instead of running past the chart's edge.
func TestLegendFitsNarrowPanel(t *testing.T) {
	l := &TopLegend{Entries: []LegendEntry{{"bond, footnote 4 (best)", nil}, {"equity", nil}}, TextStyle: Default.New().Legend.TextStyle, ThumbW: 20}
	l.TextStyle.Font.Size = 8
	wide := l.entryWidth(l.Entries[0]) - 3*legendGap
	if f := l.fitted(wide + 1); f != l {
		t.Error("a legend that fits was changed")
	}
	f := l.fitted(0.85 * wide)
	if !(f.TextStyle.Font.Size < 8 && f.TextStyle.Font.Size >= 5.6) || f.entryWidth(f.Entries[0])-3*legendGap > 0.85*wide {
		t.Errorf("fitted to 85%%: size %v, entry %v wide", f.TextStyle.Font.Size, f.entryWidth(f.Entries[0])-3*legendGap)
	}
	if f := l.fitted(0.1 * wide); f.TextStyle.Font.Size != 6 {
		t.Errorf("no floor: size %v, want 6 pt (70%% of 8 is below 6)", f.TextStyle.Font.Size)
	}
	if l.TextStyle.Font.Size != 8 {
		t.Error("fitted modified the legend")
	}
}

// Panels of different series under a common shading (LegendAuto): the
// shading is named once, under the grid's title, even alone; each panel
// keeps its own entries, none when a single series is left (its title
// names it).
func TestGridSplitLegend(t *testing.T) {
	d := days(60)
	shade := []series.Period{{From: d[10], To: d[20]}}
	panel := func(names ...string) TimeSeries {
		ts := TimeSeries{Title: "panel", Shade: shade, ShadeName: "NBER recession"}
		for _, n := range names {
			ts.Series = append(ts.Series, series.Series{Name: n, Dates: d, Values: wave(60)})
		}
		return ts
	}
	g := Must(SmallMultiples{Title: "grid", Panels: []TimeSeries{panel("ln SPX"), panel("DGS2", "DGS10")}}.Grid())
	svg := Must(SVG(g, Width, Height))
	for n, want := range map[string]int{"NBER recession": 1, "ln SPX": 0, "DGS2": 1, "DGS10": 1} {
		if c := count(svg, n); c != want {
			t.Errorf("%q drawn %d times, want %d", n, c, want)
		}
	}
	pos := textPositions(svg)
	if !(pos["NBER recession"][1] < pos["panel"][1] && pos["panel"][1] < pos["DGS2"][1]) {
		t.Errorf("shared entry at y %v, panel titles at %v, panel entry at %v: want the shared entry above the titles, the panel's below",
			pos["NBER recession"][1], pos["panel"][1], pos["DGS2"][1])
	}
}
