package dated

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/curve"
	"github.com/stockbond/sbcorr/series"
)

// monthlyCurves returns n month-end NSS zero curves whose level, slope and
// curvature follow seeded AR(1) paths, as the fits of a history.
func monthlyCurves(n int) SvenssonFits {
	rng := rand.New(rand.NewPCG(3, 4))
	names := SvenssonCols
	v := make([][]float64, len(names))
	b := [4]float64{0.05, -0.02, 0.01, 0.005}
	var dates []time.Time
	for i := range n {
		dates = append(dates, series.Date(2000, time.Month(i+2), 0))
		for k := range b {
			b[k] = 0.9*b[k] + 0.1*[4]float64{0.05, -0.02, 0.01, 0.005}[k] + 0.003*rng.NormFloat64()
		}
		row := []float64{b[0], b[1], b[2], b[3], 1.5, 6, 0, 0, 0}
		for k := range names {
			v[k] = append(v[k], row[k])
		}
	}
	cols := make([]series.Series, len(names))
	for k, name := range names {
		cols[k] = series.Series{Name: name, Freq: series.Monthly, Dates: dates, Values: v[k]}
	}
	return SvenssonFits{series.NewFrame(dates, cols...)}
}

func TestFitACMOnDates(t *testing.T) {
	fits := monthlyCurves(80)
	a, err := FitACM(fits, 120, curve.ACMOptions{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	want, err := curve.FitACM(curve.MonthlyGrid(fits.Curves(), 120), curve.ACMOptions{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	tp, rn, y := a.TermPremium(120), a.RiskNeutralYield(120), a.Yield(120)
	for i, w := range want.TermPremium(120) {
		if tp.Values[i] != w || !tp.Dates[i].Equal(fits.Dates[i]) || math.Abs(y.Values[i]-rn.Values[i]-w) > 1e-12 {
			t.Fatalf("month %d: %v, want %v", i, tp.Values[i], w)
		}
	}
	if tp.Freq != series.Monthly || tp.Unit != series.UnitDecimal || tp.Name != "term premium 120m" {
		t.Errorf("%s %s %q", tp.Freq, tp.Unit, tp.Name)
	}
	fits.Cols[0].Values[3] = math.NaN() // an unfitted month: NaN yields, an error
	if _, err := FitACM(fits, 120, curve.ACMOptions{K: 3}); err == nil || !strings.HasPrefix(err.Error(), "dated: FitACM: ") {
		t.Errorf("error %v", err)
	}
}

func TestTrend(t *testing.T) {
	dates := []time.Time{series.Date(2000, 1, 1), series.Date(2001, 1, 1), series.Date(2003, 1, 1), series.Date(2004, 1, 1)}
	s := series.New("tp", dates, []float64{1, math.NaN(), 1 - 2*1096/365.25, 1 - 2*1461/365.25}) // -2 a year
	if b, err := Trend(s); err != nil || math.Abs(b+2) > 1e-12 {
		t.Fatalf("trend %v %v", b, err)
	}
	for _, v := range [][]float64{{1, math.NaN(), math.NaN(), math.NaN()}, {1, 2, math.Inf(1), 3}} {
		if _, err := Trend(series.New("tp", dates, v)); err == nil || !strings.HasPrefix(err.Error(), "dated: Trend: ") {
			t.Errorf("%v: error %v", v, err)
		}
	}
}
