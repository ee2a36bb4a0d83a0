package plotting

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"
)

func TestTimeSeriesBandErrors(t *testing.T) {
	nan := []float64{math.NaN(), math.NaN(), math.NaN()}
	line := []Series{{Name: "a", Dates: days(3), Values: []float64{0.1, 0.2, 0.3}}}
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
		Series: []Series{{Name: "rho", Dates: days(n), Values: v}},
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
