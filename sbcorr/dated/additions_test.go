package dated

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"gonum.org/v1/gonum/stat"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/series"
)

// monthly returns a monthly series from January 2000 with the values v.
func monthly(name string, v ...float64) series.Series {
	d := make([]time.Time, len(v))
	for i := range d {
		d[i] = series.Date(2000, time.January+time.Month(i), 1)
	}
	return series.New(name, d, v).AtFreq(series.Monthly)
}

func TestPerform(t *testing.T) {
	r := monthly("mix", 0.10, -0.20, 0.05)
	p, err := Perform(r)
	if err != nil {
		t.Fatal(err)
	}
	w := 1.1 * 0.8 * 1.05
	if math.Abs(p.Return-(math.Pow(w, 12.0/3)-1)) > 1e-15 || p.N != 3 {
		t.Errorf("return %v, want %v", p.Return, math.Pow(w, 4)-1)
	}
	if want := stat.StdDev(r.Values, nil) * math.Sqrt(12); math.Abs(p.Vol-want) > 1e-15 {
		t.Errorf("vol %v, want %v", p.Vol, want)
	}
	if math.Abs(p.MaxDrawdown-0.2) > 1e-15 || math.Abs(p.Wealth.Values[2]-w) > 1e-15 {
		t.Errorf("drawdown %v (want 0.2), wealth %v", p.MaxDrawdown, p.Wealth.Values)
	}
	if up, _ := Perform(monthly("up", 0.01, 0.02)); up.MaxDrawdown != 0 {
		t.Errorf("rising wealth has drawdown %v", up.MaxDrawdown)
	}
	_, err = Perform(monthly("gap", 0.01, math.NaN(), 0.02))
	errtest.Says(t, "NaN return", err, "dated: Perform:", `"gap"`, "2000-02-01")
	_, err = Perform(r.AtFreq(series.Intraday))
	errtest.Says(t, "frequency", err, "dated: Perform:", "frequency")
	_, err = Perform(monthly("one", 0.01))
	errtest.Says(t, "too short", err, "dated: Perform:", "need 2")
}

func TestAnnualGrowth(t *testing.T) {
	cpi := monthly("CPI", 100, 104, 110)
	cpi.Dates[2] = series.Date(2002, 1, 1) // 24 months after the first
	g, err := AnnualGrowth(cpi, series.Date(2000, 1, 1), series.Date(2002, 1, 15))
	if err != nil || math.Abs(g-(math.Sqrt(1.10)-1)) > 1e-15 {
		t.Errorf("growth %v (%v), want %v", g, err, math.Sqrt(1.1)-1)
	}
	_, err = AnnualGrowth(cpi, series.Date(2002, 1, 1), series.Date(2000, 1, 1))
	errtest.Says(t, "reversed", err, "dated: AnnualGrowth:", `"CPI"`)
	_, err = AnnualGrowth(cpi, series.Date(1999, 1, 1), series.Date(2002, 1, 1))
	errtest.Says(t, "before the data", err, "dated: AnnualGrowth:", "NaN")
}

func TestEquityDuration(t *testing.T) {
	d := EquityDuration(monthly("DY", 0.04, 0, math.NaN()))
	if d.Values[0] != 25 || !math.IsNaN(d.Values[1]) || d.Reason(1) != series.Undefined || d.Reason(2) != series.Missing {
		t.Errorf("durations %v, reasons %v %v", d.Values, d.Reason(1), d.Reason(2))
	}
	if d.Unit != series.UnitYears {
		t.Errorf("unit %q", d.Unit)
	}
}

// TestEquityDurationRolling compares eq. (11) with a direct computation:
// gonum's OLS slope of the annual changes of g = r - DY on those of r over
// each 10-year window.
func TestEquityDurationRolling(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	n := 200
	dy, r := make([]float64, n), make([]float64, n)
	for i := range dy {
		dy[i] = 0.04 + 0.01*math.Sin(float64(i)/17) + 0.002*rng.NormFloat64()
		r[i] = 0.05 + 0.02*math.Cos(float64(i)/29) + 0.003*rng.NormFloat64()
	}
	got := EquityDurationRolling(monthly("DY", dy...), monthly("r", r...), 12, 120)
	for i := range n {
		if i < 12+120-1 {
			if !math.IsNaN(got.Values[i]) {
				t.Fatalf("value %d = %v before the first full window", i, got.Values[i])
			}
			continue
		}
		var x, y []float64
		for j := i - 119; j <= i; j++ {
			x = append(x, r[j]-r[j-12])
			y = append(y, (r[j]-dy[j])-(r[j-12]-dy[j-12]))
		}
		_, slope := stat.LinearRegression(x, y, nil, false)
		want := (1 - slope) / (r[i] - (r[i] - dy[i]))
		if math.Abs(got.Values[i]-want) > 1e-9*math.Abs(want) {
			t.Fatalf("value %d = %v, want %v", i, got.Values[i], want)
		}
	}
	errtest.Panics(t, "misaligned", func() {
		EquityDurationRolling(monthly("DY", dy...), monthly("r", r[:n-1]...), 12, 120)
	}, "dated: EquityDurationRolling:")
}

func TestKendallMatrix(t *testing.T) {
	x, y := pair(300)
	z := x.WithValues(sbcorr.Shift(y.Values, 1)).Named("z")
	f := series.InnerJoin(x, y, z).DropNaN()
	calls := 0
	tau, err := KendallMatrix(f, func(done, total int) { calls++ })
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		for j := range 3 {
			want := 1.0
			if i != j {
				want, _ = sbcorr.Kendall(f.Cols[i].Values, f.Cols[j].Values)
			}
			if tau[i][j] != want {
				t.Errorf("tau[%d][%d] = %v, want %v", i, j, tau[i][j], want)
			}
		}
	}
	if calls != 3 {
		t.Errorf("%d progress reports, want 3", calls)
	}
	_, err = KendallMatrix(series.InnerJoin(x, z), nil)
	errtest.Says(t, "NaN", err, "dated: KendallMatrix:", `"z"`)
}

func TestInflation(t *testing.T) {
	d := make([]time.Time, 25)
	v := make([]float64, 25)
	for i := range d {
		d[i], v[i] = series.Date(1999, time.December+time.Month(i), 1), 100*math.Pow(1.01, float64(i))
	}
	cpi := series.New("CPI", d, v).AtFreq(series.Monthly)
	g, err := Inflation(cpi, series.Years(2000, 2001))
	if want := math.Pow(1.01, 12) - 1; err != nil || math.Abs(g-want) > 1e-14 {
		t.Errorf("inflation %v (%v), want %v", g, err, want)
	}
	_, err = Inflation(cpi, series.Years(2000, 0))
	errtest.Says(t, "open period", err, "dated: Inflation:", "open bound")
}
