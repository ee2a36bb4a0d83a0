package plotting

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/series"
)

func days(n int) []time.Time {
	d := make([]time.Time, n)
	for i := range d {
		d[i] = time.Date(2000, 1, 3, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
	}
	return d
}

func wave(n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = 0.3 * math.Sin(float64(i)/50)
	}
	return v
}

func TestTimeSeriesErrors(t *testing.T) {
	nan := []float64{math.NaN(), math.NaN()}
	for _, tc := range []struct {
		name string
		ts   TimeSeries
		want string
	}{
		{"empty", TimeSeries{}, "no series"},
		{"no points", TimeSeries{Series: []series.Series{{Name: "a"}}}, `"a": no finite value`},
		{"all NaN", TimeSeries{Series: []series.Series{{Name: "a", Dates: days(2), Values: nan}}}, "no finite value"},
		{"mismatch", TimeSeries{Series: []series.Series{{Name: "b", Dates: days(3), Values: nan}}}, `"b": 3 dates but 2 values`},
	} {
		_, err := tc.ts.Plot()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestTimeSeriesSinglePoint(t *testing.T) {
	p, err := TimeSeries{Series: []series.Series{{Name: "one", Dates: days(1), Values: []float64{0.1}}}}.Plot()
	if err != nil {
		t.Fatal(err)
	}
	svg, err := SVG(p, Width, Height)
	if err != nil {
		t.Fatal(err)
	}
	// The single observation is drawn as a dot (an arc path), not skipped.
	if !bytes.Contains(svg, []byte("A1.2,1.2")) {
		t.Errorf("single point not drawn")
	}
	if !bytes.Contains(svg, []byte(">Jan 3<")) {
		t.Errorf("single date not labelled")
	}
}

func TestTimeSeriesDeterministic(t *testing.T) {
	d, v := days(3000), wave(3000)
	v[100] = math.NaN()
	spans := []series.Period{{From: d[1], To: d[3]}}
	build := func() []byte {
		ts := TimeSeries{Title: "t", YLabel: "corr", Percent: true, Zero: true, Shade: spans, ShadeName: "rec",
			Series: []series.Series{{Name: "a", Dates: d, Values: v}, {Name: "b", Dates: d, Values: wave(3000)}}}
		return Must(SVG(Must(ts.Plot()), Width, Height))
	}
	a, b := build(), build()
	if !bytes.Equal(a, b) {
		t.Fatal("same input gave different SVG")
	}
}

func mustDate(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestTimeSeriesRanges(t *testing.T) {
	v := []float64{0.2, 0.3, 0.25}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
	// Headroom of 5% of the span on both sides; with Zero, 0 stays the
	// bottom of an all-positive series.
	p := Must(TimeSeries{Zero: true, Series: []series.Series{{Name: "a", Dates: days(3), Values: v}}}.Plot())
	if p.Y.Min != 0 || !near(p.Y.Max, 0.315) {
		t.Errorf("Zero: y range [%v, %v], want [0, 0.315]", p.Y.Min, p.Y.Max)
	}
	p = Must(TimeSeries{Series: []series.Series{{Name: "a", Dates: days(3), Values: v}}}.Plot())
	if !near(p.Y.Min, 0.195) || !near(p.Y.Max, 0.305) {
		t.Errorf("no Zero: y range [%v, %v], want [0.195, 0.305]", p.Y.Min, p.Y.Max)
	}
	p = Must(TimeSeries{Zero: true, Series: []series.Series{{Name: "a", Dates: days(3), Values: []float64{-0.2, 0.2, 0}}}}.Plot())
	if !near(p.Y.Min, -0.22) || !near(p.Y.Max, 0.22) {
		t.Errorf("Zero, both signs: y range [%v, %v], want [-0.22, 0.22]", p.Y.Min, p.Y.Max)
	}
	p = Must(TimeSeries{YRange: [2]float64{-1, 1}, Series: []series.Series{{Name: "a", Dates: days(3), Values: v}}}.Plot())
	if p.Y.Min != -1 || p.Y.Max != 1 {
		t.Errorf("YRange: y range [%v, %v], want [-1, 1]", p.Y.Min, p.Y.Max)
	}
}
