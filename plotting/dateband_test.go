package plotting

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

func TestTimeSeriesBandErrors(t *testing.T) {
	nan := []float64{math.NaN(), math.NaN(), math.NaN()}
	line := []series.Series{{Name: "a", Dates: days(3), Values: []float64{0.1, 0.2, 0.3}}}
	for _, tc := range []struct {
		name string
		band DateBand
		want string
	}{
		{"mismatch", DateBand{Name: "ci", Dates: days(3), Lo: nan[:2], Hi: nan}, `band "ci": lengths x 3, lo 2, hi 3 differ`},
		{"all NaN", DateBand{Name: "ci", Dates: days(3), Lo: nan, Hi: []float64{1, 2, 3}}, `band "ci": no finite point`},
		{"empty", DateBand{Name: "ci"}, `band "ci": no finite point`},
	} {
		_, err := TimeSeries{Title: "t", Series: line, Bands: []DateBand{tc.band}}.Plot()
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), `TimeSeries "t"`) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}

// A NaN inside the band splits it into two filled polygons in a tint of the
// series' colour, named in the legend; the SVG is the same on every render.
func TestTimeSeriesBandGapsAndTint(t *testing.T) {
	n := 60
	v := wave(n)
	lo, hi := make([]float64, n), make([]float64, n)
	for i := range v {
		lo[i], hi[i] = v[i]-0.1, v[i]+0.1
	}
	lo[30] = math.NaN()
	ts := TimeSeries{
		Series: []series.Series{{Name: "rho", Dates: days(n), Values: v}},
		Bands:  []DateBand{{Name: "95% band", Dates: days(n), Lo: lo, Hi: hi}},
	}
	render := func() []byte {
		p, err := ts.Plot()
		if err != nil {
			t.Fatal(err)
		}
		svg, err := SVG(p, Width, Height)
		if err != nil {
			t.Fatal(err)
		}
		return svg
	}
	svg := render()
	r, g, b, _ := Default.Tint(0, 0.3).RGBA()
	fill := fmt.Sprintf("fill:#%02X%02X%02X", r>>8, g>>8, b>>8)
	if got := bytes.Count(bytes.ToUpper(svg), []byte(strings.ToUpper(fill))); got != 3 {
		t.Errorf("%s appears %d times, want 3 (one polygon per side of the gap and the legend swatch)", fill, got)
	}
	if !bytes.Contains(svg, []byte(">95% band<")) {
		t.Error("band not named in the legend")
	}
	if !bytes.Equal(svg, render()) {
		t.Error("two renders differ")
	}
}

func TestTint(t *testing.T) {
	th := Default
	if got := th.Tint(0, 1); !sameColor(got, th.Color(0)) {
		t.Errorf("Tint(0, 1) = %v, want the palette colour %v", got, th.Color(0))
	}
	r, g, b, _ := th.Tint(0, 0).RGBA()
	if r>>8 != 255 || g>>8 != 255 || b>>8 != 255 {
		t.Errorf("Tint(0, 0) = %v, want white", th.Tint(0, 0))
	}
}

func sameColor(a, b interface{ RGBA() (r, g, b, a uint32) }) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1>>8 == r2>>8 && g1>>8 == g2>>8 && b1>>8 == b2>>8 && a1>>8 == a2>>8
}

// A long band is thinned like its line: far fewer vertices, the same runs
// (a NaN or infinity still breaks it) and the same vertical extent, and a
// smaller chart; NoThin keeps every point.
func TestTimeSeriesBandThinned(t *testing.T) {
	n := 15000
	x, v := make([]float64, n), wave(n)
	lo, hi := make([]float64, n), make([]float64, n)
	for i := range v {
		x[i] = float64(i)
		lo[i], hi[i] = v[i]-0.1-0.05*math.Sin(float64(i)*1.7), v[i]+0.1
	}
	lo[7000], hi[9000] = math.NaN(), math.Inf(1)
	lo[4321] = -0.9 // a spike must survive
	polygons := func(thin int) (count, vertices int, ymin, ymax float64) {
		polys := Must((&Band{Name: "b", X: x, Lo: lo, Hi: hi}).plotters(Default.ShadeColor, thin))
		ymin, ymax = math.Inf(1), math.Inf(-1)
		for _, poly := range polys {
			count++
			vertices += len(poly.XYs[0])
			_, _, y0, y1 := poly.DataRange()
			ymin, ymax = math.Min(ymin, y0), math.Max(ymax, y1)
		}
		return count, vertices, ymin, ymax
	}
	c, nv, y0, y1 := polygons(MaxPoints)
	call, nvall, y0all, y1all := polygons(0)
	if c != 3 || call != 3 {
		t.Errorf("%d polygons thinned, %d not, want 3 (two gaps)", c, call)
	}
	if nvall != 2*(n-2) || nv > MaxPoints+16 {
		t.Errorf("%d vertices thinned, %d not (want at most %d, and %d)", nv, nvall, MaxPoints+16, 2*(n-2))
	}
	if y0 != -0.9 || y0 != y0all || y1 != y1all {
		t.Errorf("thinned band spans [%v, %v], full band [%v, %v], spike -0.9", y0, y1, y0all, y1all)
	}
	d := days(n)
	size := func(noThin bool) int {
		p := Must(TimeSeries{NoThin: noThin, Series: []series.Series{{Name: "a", Dates: d, Values: v}}, Bands: []DateBand{{"b", d, lo, hi}}}.Plot())
		return len(Must(SVG(p, Width, Height)))
	}
	if thin, full := size(false), size(true); thin > full/3 {
		t.Errorf("SVG %d bytes thinned, %d with NoThin", thin, full)
	}
}

// envelope keeps, per bucket of each run, the first and last x with the
// bucket's lowest lo and highest hi, and a NaN between runs.
func TestEnvelope(t *testing.T) {
	x := []float64{0, 1, 2, 3, 4, 5, 6, 7}
	lo := []float64{0, -1, 0.5, 0, nan, 2, 1, 3}
	hi := []float64{1, 2, 1, 5, nan, 3, 4, 3}
	tx, tlo, thi := envelope(x, lo, hi, 4) // buckets of width 1.75: {0, 1}, {2, 3}, {4, 5}, {6, 7}
	// A bucket of one point keeps it once.
	want := [][3]float64{{0, -1, 2}, {1, -1, 2}, {2, 0, 5}, {3, 0, 5}, {nan, nan, nan}, {5, 2, 3}, {6, 1, 4}, {7, 1, 4}}
	if len(tx) != len(want) {
		t.Fatalf("got %d points %v, want %v", len(tx), tx, want)
	}
	for i, w := range want {
		got := [3]float64{tx[i], tlo[i], thi[i]}
		for k := range got {
			if got[k] != w[k] && !(math.IsNaN(got[k]) && math.IsNaN(w[k])) {
				t.Errorf("point %d: %v, want %v", i, got, w)
				break
			}
		}
	}
}
