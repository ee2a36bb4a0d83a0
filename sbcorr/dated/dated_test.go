package dated

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/sbcorr/bond"
	"github.com/stockbond/sbcorr/series"
)

// pair returns n correlated daily returns on weekdays from 2000-01-03.
func pair(n int) (x, y series.Series) {
	rng := rand.New(rand.NewPCG(1, 2))
	var d []time.Time
	a, b := make([]float64, n), make([]float64, n)
	for t := series.Date(2000, 1, 3); len(d) < n; t = t.AddDate(0, 0, 1) {
		if t.Weekday() != time.Saturday && t.Weekday() != time.Sunday {
			d = append(d, t)
		}
	}
	for i := range a {
		z := rng.NormFloat64()
		a[i], b[i] = 0.01*z, 0.005*(0.5*z+rng.NormFloat64())
	}
	x = series.Series{Name: "x", Freq: series.Daily, Dates: d, Values: a}
	y = series.Series{Name: "y", Freq: series.Daily, Dates: d, Values: b}
	return x, y
}

func TestRollingCorrKeepsDatesAndReasons(t *testing.T) {
	x, y := pair(300)
	x.Values[100] = math.NaN()
	rho := RollingCorr(x, y, 20)
	want := sbcorr.RollingCorr(x.Values, y.Values, 20, 20)
	for i := range want {
		if !(rho.Values[i] == want[i] || math.IsNaN(rho.Values[i]) && math.IsNaN(want[i])) || !rho.Dates[i].Equal(x.Dates[i]) {
			t.Fatalf("row %d: %v, want %v", i, rho.Values[i], want[i])
		}
	}
	if rho.Reason(5) != series.TooFew || rho.Reason(110) != series.NaNInWindow || rho.Reason(200) != series.OK {
		t.Fatalf("reasons %v %v %v", rho.Reason(5), rho.Reason(110), rho.Reason(200))
	}
	if rho.Name != "corr(x, y) 20" || rho.Unit != series.UnitDecimal {
		t.Fatalf("name %q unit %q", rho.Name, rho.Unit)
	}
}

func TestMisalignedSeriesPanic(t *testing.T) {
	x, y := pair(50)
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "dated: RollingCorr: ") || !strings.Contains(r.(string), "series.Align") {
			t.Fatalf("panic %v", r)
		}
	}()
	RollingCorr(x, y.Years(2000, 2000).Between(series.Date(2000, 1, 10), time.Time{}), 10)
}

func TestBondReturnsDoNotSpanGaps(t *testing.T) {
	d := []time.Time{series.Date(2002, 1, 31), series.Date(2002, 2, 28), series.Date(2006, 2, 28), series.Date(2006, 3, 31)}
	y := series.Series{Name: "DGS30", Freq: series.Monthly, Dates: d, Values: []float64{0.054, 0.055, 0.045, 0.048}}
	r := ApproxBondReturns(y, 30)
	want := bond.ApproxReturns(y.Values, 30)
	if r.Values[0] != want[1] || r.Values[2] != want[3] || r.Reason(1) != series.SpansGap {
		t.Fatalf("returns %v (%v), want %v with a gap", r.Values, r.Why, want)
	}
	p := ParBondReturns(y, 30)
	if pw := bond.ParReturns(y.Values, 30, bond.Monthly); p.Values[0] != pw[1] || p.Reason(1) != series.SpansGap {
		t.Fatalf("par returns %v, want %v", p.Values, pw)
	}
}

func TestRealizedCorrByYear(t *testing.T) {
	x, y := pair(600)
	rc := RealizedCorr(x, y, series.Annual, 20)
	if rc.Len() != 3 || !rc.Dates[1].Equal(series.Date(2001, 1, 1)) {
		t.Fatalf("dates %v", rc.Dates)
	}
	in := func(s series.Series) []float64 { return s.Years(2001, 2001).Values }
	want, err := sbcorr.Corr(in(x), in(y))
	if err != nil || math.Abs(rc.Values[1]-want) > 1e-12 {
		t.Fatalf("2001: %v, want %v (%v)", rc.Values[1], want, err)
	}
}

func TestLongHorizonCorr(t *testing.T) {
	x, y := pair(240)
	lh, err := LongHorizonCorr(x, y, 12)
	if err != nil {
		t.Fatal(err)
	}
	a, n, _ := sbcorr.LongHorizonCorr(x.Values, y.Values, 12, sbcorr.FromStart)
	if lh.FromStart != a || lh.Blocks != n || lh.ByStart.N != 12 {
		t.Fatalf("%+v, want %v %d", lh, a, n)
	}
	if _, err := LongHorizonCorr(x, y, 120); err == nil || !strings.HasPrefix(err.Error(), "dated: LongHorizonCorr: ") {
		t.Fatalf("two blocks: err %v", err)
	}
}

func TestSignRegimesAreDated(t *testing.T) {
	x, _ := pair(30)
	v := make([]float64, 30)
	for i := range v {
		v[i] = 0.2
		if i >= 15 {
			v[i] = -0.3
		}
	}
	rs := SignRegimes(x.WithValues(v), 5)
	if len(rs) != 2 || !rs[1].Start.Equal(x.Dates[15]) || rs[1].Months != 15 || rs[0].Sign != 1 {
		t.Fatalf("%+v", rs)
	}
	if p := Periods(rs, -1); len(p) != 1 || !p[0].From.Equal(x.Dates[15]) || !p[0].To.Equal(x.Dates[29]) {
		t.Fatalf("periods %v", p)
	}
}
