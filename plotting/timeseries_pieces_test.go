package plotting

import (
	"slices"
	"testing"

	"gonum.org/v1/plot/plotter"

	"github.com/stockbond/sbcorr/series"
)

// Series with the same name are one series in pieces: they share a line
// style and a legend entry; the next name takes the next style, unnamed
// series each take their own, and a band drawn around a piece takes the
// tint of its style.
func TestTimeSeriesPieces(t *testing.T) {
	if got, want := styleIndex([]series.Series{{Name: "60/40"}, {Name: "50/50"}, {Name: "60/40"},
		{}, {}, {Name: "50/50"}, {Name: "x"}}), []int{0, 1, 0, 2, 3, 1, 4}; !slices.Equal(got, want) {
		t.Errorf("styles %v, want %v", got, want)
	}
	d := days(20)
	piece := func(name string, from, to int) series.Series {
		return series.New(name, d[from:to], wave(20)[from:to])
	}
	lo, hi := make([]float64, 10), make([]float64, 10)
	for i := range lo {
		lo[i], hi[i] = -1, 1
	}
	p := Must(TimeSeries{Series: []series.Series{piece("60/40", 0, 10), piece("50/50", 0, 10),
		piece("60/40", 10, 20), piece("50/50", 10, 20)},
		Bands: []DateBand{{Dates: d[:10], Lo: lo, Hi: hi}, {Dates: d[:10], Lo: lo, Hi: hi},
			{Name: "band", Dates: d[10:20], Lo: lo, Hi: hi}}}.Plot())
	var names []string
	for _, e := range legendOf(p).Entries {
		names = append(names, e.Name)
	}
	if !slices.Equal(names, []string{"band", "60/40", "50/50"}) {
		t.Fatalf("legend %q, want the band and each name once", names)
	}
	e := legendOf(p).Entries
	if c := e[0].Thumb.(*plotter.Polygon).Color; c != Default.Tint(0, 0.3) {
		t.Errorf("band around the second 60/40 piece filled with %v, want the tint of colour 0", c)
	}
	if c := e[2].Thumb.(*GapLine).Color; c != Default.Color(1) {
		t.Errorf("50/50 drawn in %v, want palette colour 1", c)
	}
}
