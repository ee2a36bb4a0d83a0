package plotting

import (
	"testing"

	"github.com/stockbond/sbcorr/series"
)

// Every builder's Name is the figure name of its drawing (whatever its
// title says), and an empty Name leaves the name derived from the title.
func TestBuilderName(t *testing.T) {
	ts := TimeSeries{Title: "Figure 17: x", Series: []series.Series{series.New("a", days(3), []float64{1, 2, 3})}}
	xy := []XY{{"a", []float64{0, 1}, []float64{0, 1}}}
	g := []Group{{"a", []float64{1, 2, 3}}}
	line := func(x float64) float64 { return x }
	for want, c := range map[string]Chart{
		"ts":          TimeSeries{Name: "ts", Title: ts.Title, Series: ts.Series},
		"scatter":     Scatter{Name: "scatter", Title: "Figure 3: y", Points: xy},
		"functions":   Functions{Name: "functions", XMin: 0, XMax: 1, Funcs: []Func{{Name: "f", F: line}}},
		"bars":        Bars{Name: "bars", Categories: []string{"a", "b", "c"}, Groups: g},
		"histogram":   Histogram{Name: "histogram", Values: g[0].Values},
		"boxplots":    BoxPlots{Name: "boxplots", Groups: g},
		"heatmap":     Heatmap{Name: "heatmap", Rows: []string{"r"}, Cols: []string{"c"}, Values: [][]float64{{1}}},
		"dependogram": Dependogram{Name: "dependogram", U: []float64{0.2, 0.6}, V: []float64{0.3, 0.9}},
		"multiples":   SmallMultiples{Name: "multiples", Title: "Figure 4: z", Panels: []TimeSeries{ts}},
	} {
		if got := FigureName(Must(c.Drawing())); got != want {
			t.Errorf("%T: figure name %q, want %q", c, got, want)
		}
	}
	if got := FigureName(Must(ts.Drawing())); got != "fig17" {
		t.Errorf("unnamed builder: figure name %q, want fig17 from its title", got)
	}
	if got := FigureName(&Grid{Name: "grid", Title: "Figure 5: g"}); got != "grid" {
		t.Errorf("Grid: figure name %q, want grid", got)
	}
}
