package dated

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/macro"
	"github.com/stockbond/sbcorr/series"
)

// A monthly y regressed on a monthly factor dated on the 1st and a
// quarterly factor equals macro.Regress on the factors laid out by hand:
// each month takes its own month's value and its quarter's value.
func TestRegressAlignsFactorsByPeriod(t *testing.T) {
	var months, firsts, quarters []time.Time
	var yv, mv, qv []float64
	for i := range 48 {
		d := series.Date(2000, time.Month(i+2), 0) // month ends from January 2000
		months, firsts = append(months, d), append(firsts, series.PeriodStart(d, series.Monthly))
		mv = append(mv, math.Sin(float64(i)))
		if i%3 == 0 {
			quarters, qv = append(quarters, series.PeriodStart(d, series.Quarterly)), append(qv, math.Cos(float64(i)))
		}
	}
	for i := range months {
		yv = append(yv, 0.1+0.5*mv[i]-0.3*qv[i/3]+0.05*math.Sin(7*float64(i)))
	}
	yv[5] = math.NaN()
	y := series.Series{Name: "rho", Freq: series.Monthly, Dates: months, Values: yv}
	m := series.Series{Name: "pi", Freq: series.Monthly, Dates: firsts, Values: mv}
	q := series.Series{Name: "g", Freq: series.Quarterly, Dates: quarters, Values: qv}
	r, err := Regress(y, m, q)
	if err != nil {
		t.Fatal(err)
	}
	qm := make([]float64, len(months))
	for i := range qm {
		qm[i] = qv[i/3]
	}
	want, err := macro.Regress(yv, []macro.Factor{{Name: "pi", Values: mv}, {Name: "g", Values: qm}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for j, name := range []string{"const", "pi", "g"} {
		got := r.Term(name)
		if got.Coef != want.OLSFit.Coef[j] || got.SE != want.StdErr[j] || got.T != want.TStat[j] || got.P != want.PValue[j] {
			t.Errorf("%s: %+v, want coef %v se %v", name, got, want.OLSFit.Coef[j], want.StdErr[j])
		}
	}
	if r.N != 47 || len(r.Dates) != 47 || !r.Dates[5].Equal(months[6]) || r.Term("pi").Stars() != macro.Stars(r.Term("pi").P) {
		t.Errorf("N %d, dates %d, date 5 %v", r.N, len(r.Dates), r.Dates[5])
	}
	defer func() {
		if p := recover(); p == nil || !strings.HasPrefix(p.(string), "dated: RegressionFit.Term: ") {
			t.Errorf("panic %v", p)
		}
	}()
	r.Term("sigma_pi")
}

func TestRegressError(t *testing.T) {
	y := series.Series{Name: "rho", Freq: series.Monthly, Dates: []time.Time{series.Date(2000, 1, 31)}, Values: []float64{1}}
	if _, err := Regress(y, y.Named("x")); err == nil || !strings.HasPrefix(err.Error(), "dated: Regress: rho: ") {
		t.Errorf("error %v", err)
	}
}
