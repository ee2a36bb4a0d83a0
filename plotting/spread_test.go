package plotting

import (
	"bytes"
	"math"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/series"
)

// dayOfMonth is a daily series from 2000-01-03 whose value is the day of
// the month: the values of a month are the consecutive integers a..b, whose
// type-7 quantile at p is a + p (b - a).
func dayOfMonth(name string, n int) series.Series {
	d := days(n)
	v := make([]float64, n)
	for i, t := range d {
		v[i] = float64(t.Day())
	}
	return series.Series{Name: name, Dates: d, Values: v, Freq: series.Daily}
}

// Each period gets the median of its values as the line and the Lo and Hi
// quantiles as the band, dated at the start of the period.
func TestSpreadQuantiles(t *testing.T) {
	s := dayOfMonth("tau", 90) // 2000-01-03 to 2000-04-01
	ts, n, err := Spread{Series: []series.Series{s}, Lo: 0.25, Hi: 0.75}.timeSeries()
	if err != nil || n != 90 {
		t.Fatalf("timeSeries: %d values, %v", n, err)
	}
	first := map[time.Month]float64{time.January: 3, time.February: 1, time.March: 1, time.April: 1}
	last := map[time.Month]float64{time.January: 31, time.February: 29, time.March: 31, time.April: 1}
	med, band := ts.Series[0], ts.Bands[0]
	if med.Len() != 4 || len(band.Dates) != 4 {
		t.Fatalf("%d medians, %d band points, want 4 months", med.Len(), len(band.Dates))
	}
	for i, d := range med.Dates {
		a, b := first[d.Month()], last[d.Month()]
		if d.Day() != 1 || !band.Dates[i].Equal(d) {
			t.Errorf("period %d dated %v, band %v, want the first of the month", i, d, band.Dates[i])
		}
		for _, c := range []struct {
			name    string
			got, at float64
		}{{"median", med.Values[i], 0.5}, {"lo", band.Lo[i], 0.25}, {"hi", band.Hi[i], 0.75}} {
			if want := a + c.at*(b-a); math.Abs(c.got-want) > 1e-12 {
				t.Errorf("%v %s %v, want %v", d.Format(time.DateOnly), c.name, c.got, want)
			}
		}
	}
	// A month without values is a gap; NaN are not counted.
	for i, d := range s.Dates {
		if d.Month() == time.February {
			s.Values[i] = math.NaN()
		}
	}
	ts, n, _ = Spread{Series: []series.Series{s}}.timeSeries()
	if !math.IsNaN(ts.Series[0].Values[1]) || !math.IsNaN(ts.Bands[0].Lo[1]) || n != 90-29 {
		t.Errorf("February without values: median %v, band %v, %d values", ts.Series[0].Values[1], ts.Bands[0].Lo[1], n)
	}
}

// The chart draws every series with its band and says what it draws in the
// caption; it is byte-deterministic.
func TestSpreadPlot(t *testing.T) {
	a, b := dayOfMonth("$\\tau_1$", 400), dayOfMonth("$\\tau_2$", 400)
	for i := range b.Values {
		b.Values[i] *= 2
	}
	c := Spread{Title: "taus", YLabel: "years", Series: []series.Series{a, b}, Freq: series.Quarterly}
	p := Must(c.Plot())
	want := "lines: quarterly medians; bands: 10%-90% of the values in each quarter (800 values)"
	if p.X.Label.Text != want {
		t.Errorf("caption %q, want %q", p.X.Label.Text, want)
	}
	if l := legendOf(p); l == nil || len(l.Entries) != 2 || l.Entries[1].Name != b.Name {
		t.Errorf("legend %+v, want the two series", l)
	}
	if p.Y.Max < 2*31*0.9 {
		t.Errorf("y max %v below the second band's top", p.Y.Max)
	}
	one, two := Must(Render(Must(c.Drawing()), "svg", Notebook)), Must(Render(Must(c.Drawing()), "svg", Notebook))
	if !bytes.Equal(one, two) {
		t.Error("two renderings differ")
	}
	if FigureName(Must(Spread{Name: "nss-taus", Series: []series.Series{a}}.Drawing())) != "nss-taus" {
		t.Error("Name is not the figure name")
	}
}

func TestSpreadErrors(t *testing.T) {
	a := dayOfMonth("a", 40)
	nan := series.Series{Name: "b", Dates: days(2), Values: []float64{math.NaN(), math.NaN()}}
	for _, c := range []struct {
		name string
		s    Spread
		want []string
	}{
		{"none", Spread{Title: "t"}, []string{`Spread "t"`, "no series"}},
		{"all NaN", Spread{Series: []series.Series{a, nan}}, []string{`"b"`, "no finite value"}},
		{"lengths", Spread{Series: []series.Series{{Name: "c", Dates: days(3), Values: []float64{1}}}}, []string{`"c"`, "3 dates, 1 values"}},
		{"daily", Spread{Series: []series.Series{a}, Freq: series.Daily}, []string{`"daily"`, "not weekly"}},
		{"lo above median", Spread{Series: []series.Series{a}, Lo: 0.6, Hi: 0.9}, []string{"Lo 0.6"}},
		{"hi above 1", Spread{Series: []series.Series{a}, Lo: 0.1, Hi: 1.5}, []string{"Hi 1.5"}},
	} {
		_, err := c.s.Plot()
		errtest.Says(t, c.name, err, append([]string{"plotting: Spread"}, c.want...)...)
	}
}
