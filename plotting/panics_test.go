package plotting

import (
	"errors"
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

// Programming errors panic with a message naming the function.
func TestPanics(t *testing.T) {
	p := Must(Functions{XMin: 0, XMax: 1, Funcs: []Func{{F: func(x float64) float64 { return x }}}}.Plot())
	for _, tc := range []struct {
		name, want string
		f          func()
	}{
		{"NewGapLine", "plotting: NewGapLine", func() { NewGapLine([]float64{1}, nil, Default.Line(0)) }},
		{"Thin lengths", "plotting: Thin", func() { Thin([]float64{1}, nil, 1) }},
		{"Thin buckets", "buckets < 1", func() { Thin(nil, nil, 0) }},
		{"SVG size", "plotting: SVG", func() { _, _ = SVG(p, 0, Height) }},
		{"PNG dpi", "dpi 0", func() { _, _ = PNG(p, Width, Height, 0) }},
		{"Grid cols", "Cols 0", func() { _, _ = SVG(&Grid{}, Width, Height) }},
		{"Must", "boom", func() { Must(0, errors.New("boom")) }},
	} {
		func() {
			defer func() {
				r := recover()
				msg := ""
				switch v := r.(type) {
				case string:
					msg = v
				case error:
					msg = v.Error()
				}
				if !strings.Contains(msg, tc.want) {
					t.Errorf("%s: panic %v, want it to contain %q", tc.name, r, tc.want)
				}
			}()
			tc.f()
		}()
	}
}

// A custom theme replaces Default in a builder.
func TestCustomTheme(t *testing.T) {
	th := Default
	th.TitleSize = 20
	p := Must(TimeSeries{Title: "t", Series: []series.Series{{Name: "a", Dates: days(3), Values: wave(3)}}, Theme: &th}.Plot())
	if p.Title.TextStyle.Font.Size != 20 {
		t.Errorf("title size %v, want 20", p.Title.TextStyle.Font.Size)
	}
}
