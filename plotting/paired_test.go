package plotting

import (
	"testing"
)

// A Paired group of more than PairedMarkers points is a cloud: drawn at
// the theme's glyph size in a light tint of its fit's colour, while a small
// group gets large markers in the full colour.
func TestPairedCloud(t *testing.T) {
	cloud := XY{Name: "months"}
	for i := range PairedMarkers + 1 {
		cloud.X, cloud.Y = append(cloud.X, float64(i)), append(cloud.Y, float64(i%7))
	}
	few := XY{Name: "par yields", X: []float64{1, 2, 3}, Y: []float64{1, 2, 3}}
	fit := XY{Name: "fit", X: []float64{0, 60}, Y: []float64{0, 6}}
	p := Must(Scatter{Paired: true, Points: []XY{cloud, few}, Curves: []XY{fit, fit}}.Plot())
	var pts []*Points
	for _, e := range legendOf(p).Entries {
		pts = append(pts, e.Thumb.(pair).pts)
	}
	if len(pts) != 2 {
		t.Fatalf("%d legend pairs, want 2", len(pts))
	}
	if pts[0].Color != Default.Tint(0, 0.45) || pts[0].Radius != Default.GlyphSize {
		t.Errorf("cloud in %v radius %v, want a tint of colour 0 at the theme's size", pts[0].Color, pts[0].Radius)
	}
	if pts[1].Color != Default.Color(1) || pts[1].Radius != 2*Default.GlyphSize {
		t.Errorf("small group in %v radius %v, want colour 1 at twice the size", pts[1].Color, pts[1].Radius)
	}
}
