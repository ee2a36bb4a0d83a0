package plotting

import (
	"slices"
	"testing"

	"gonum.org/v1/plot/vg"
)

// Functions sharing a Group share a palette colour and differ by dash in
// order; ungrouped functions keep Theme.Line(i) as before groups existed.
func TestFunctionsGroups(t *testing.T) {
	id := func(x float64) float64 { return x }
	styles := func(funcs []Func) map[string]*GapLine {
		p := Must(Functions{XMin: 0, XMax: 1, Funcs: funcs}.Plot())
		out := map[string]*GapLine{}
		for _, e := range legendOf(p).Entries {
			out[e.Name] = e.Thumb.(*GapLine)
		}
		return out
	}
	got := styles([]Func{{Name: "a", F: id, Group: "Gauss"}, {Name: "b", F: id, Group: "Gauss"},
		{Name: "c", F: id}, {Name: "d", F: id, Group: "t"}, {Name: "e", F: id, Group: "Gauss"}})
	for name, want := range map[string]struct{ colour, dash int }{
		"a": {0, 0}, "b": {0, 1}, "e": {0, 2}, "c": {1, 1}, "d": {2, 0},
	} {
		l := got[name]
		if l.Color != Default.Color(want.colour) || !slices.Equal(l.Dashes, Default.Line(want.dash).Dashes) {
			t.Errorf("%s: colour %v dashes %v, want palette colour %d and dash pattern %d", name, l.Color, l.Dashes, want.colour, want.dash)
		}
	}
	plain := styles([]Func{{Name: "a", F: id}, {Name: "b", F: id}, {Name: "c", F: id}})
	for i, name := range []string{"a", "b", "c"} {
		want := Default.Line(i)
		if l := plain[name]; l.Color != want.Color || !slices.Equal(l.Dashes, want.Dashes) || l.Width != want.Width*vg.Length(1.4) {
			t.Errorf("ungrouped %s: %v, want Theme.Line(%d) 1.4 times as wide", name, l.LineStyle, i)
		}
	}
}

// YMin and YMax fix the y axis whatever the functions (a chart that must
// not rescale as a parameter moves); otherwise the axis fits them.
func TestFunctionsFixedY(t *testing.T) {
	flat := func(float64) float64 { return 0.05 }
	fixed := Must(Functions{XMin: 0, XMax: 1, YMax: 0.1, Funcs: []Func{{Name: "f", F: flat},
		{Name: "g", F: func(x float64) float64 { return 2 * x }}}}.Plot())
	if fixed.Y.Min != 0 || fixed.Y.Max != 0.1 {
		t.Errorf("YMax 0.1: y axis [%v, %v], want [0, 0.1]", fixed.Y.Min, fixed.Y.Max)
	}
	fit := Must(Functions{XMin: 0, XMax: 1, Funcs: []Func{{Name: "f", F: flat}}}.Plot())
	if fit.Y.Min == 0 || fit.Y.Max == 0.1 {
		t.Errorf("no YMin, YMax: y axis [%v, %v] does not fit the function", fit.Y.Min, fit.Y.Max)
	}
	_, err := Functions{XMin: 0, XMax: 1, YMin: 1, YMax: 2, LogY: true, Funcs: []Func{{Name: "f", F: flat}}}.Plot()
	if err == nil {
		t.Error("LogY with a fixed y range: no error")
	}
}
