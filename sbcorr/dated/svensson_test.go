package dated

import (
	"math"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/curve"
	"github.com/stockbond/sbcorr/series"
)

// Three daily par curves from known NSS curves, the second with too few
// tenors: the history holds curve.FitSvensson's fits row by row, the
// unfittable row is NaN with reason Undefined, and Curve rebuilds the fit.
func TestFitSvenssonHistory(t *testing.T) {
	m := []float64{0.25, 0.5, 1, 2, 3, 5, 7, 10, 20, 30}
	truth := []curve.Svensson{{B0: 0.05, B1: -0.02, B2: 0.01, B3: 0.005, Tau1: 1.5, Tau2: 6},
		{B0: 0.03, Tau1: 1, Tau2: 2}, {B0: 0.04, B1: 0.01, B2: -0.01, B3: 0.01, Tau1: 0.8, Tau2: 4}}
	dates := []time.Time{series.Date(2020, 1, 30), series.Date(2020, 1, 31), series.Date(2020, 2, 3)}
	cols := make([]series.Series, len(m))
	for j, mat := range m {
		v := make([]float64, len(dates))
		for i, p := range truth {
			v[i] = curve.ParYield(p, mat)
			if i == 1 && j > 2 {
				v[i] = math.NaN()
			}
		}
		cols[j] = series.Series{Name: "y", Freq: series.Daily, Dates: dates, Values: v}
	}
	opt := curve.FitOptions{Target: curve.ParYields}
	fits := FitSvenssonHistory(m, series.NewFrame(dates, cols...), opt)
	if fits.Len() != 3 || len(fits.Cols) != len(SvenssonCols) || fits.Cols[6].Name != "rmse" {
		t.Fatalf("frame %d rows, %v", fits.Len(), fits.Names())
	}
	for _, i := range []int{0, 2} {
		row := make([]float64, len(m))
		for j := range m {
			row[j] = cols[j].Values[i]
		}
		p, d, err := curve.FitSvensson(m, row, opt)
		if err != nil {
			t.Fatal(err)
		}
		if got := fits.Curve(i); got != p || fits.MustCol("rmse").Values[i] != d.RMSE || fits.MustCol("max_at").Values[i] != d.MaxAt {
			t.Errorf("row %d: %+v, want %+v (rmse %v)", i, got, p, d.RMSE)
		}
	}
	if b0 := fits.MustCol("b0"); !math.IsNaN(b0.Values[1]) || b0.Reason(1) != series.Undefined || b0.Freq != series.Daily {
		t.Errorf("unfitted row: %v %v", b0.Values[1], b0.Reason(1))
	}
	if zs := fits.Curves(); len(zs) != 3 || zs[2].Rate(5) != fits.Curve(2).Rate(5) {
		t.Errorf("Curves")
	}
	if me := fits.ResampleLast(series.Monthly); me.Len() != 2 || !me.Dates[0].Equal(dates[0]) {
		t.Errorf("month ends %v", me.Dates)
	}
}
