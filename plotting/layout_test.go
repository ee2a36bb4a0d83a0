package plotting

import (
	"testing"

	"gonum.org/v1/plot"
)

func TestFitNarrowPanel(t *testing.T) {
	p := Must(Functions{Title: "A rather long title for a narrow panel of a grid", XMin: 0, XMax: 1,
		Funcs: []Func{{"first curve", func(x float64) float64 { return x }}, {"second curve", func(x float64) float64 { return -x }},
			{"third curve", func(x float64) float64 { return x * x }}}}.Plot())
	size, pad, marker := p.Title.TextStyle.Font.Size, p.Title.Padding, p.X.Tick.Marker
	q := fit(p, 200, 150)
	if !(q.Title.TextStyle.Font.Size < size) {
		t.Errorf("title size %v not reduced from %v", q.Title.TextStyle.Font.Size, size)
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
