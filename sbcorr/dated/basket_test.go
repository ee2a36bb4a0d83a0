package dated

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/sbcorr/basket"
	"github.com/stockbond/sbcorr/series"
)

// market returns n months of three stock returns with drifting weights and
// a bond, seeded.
func market(n int) (stocks, weights series.Frame, bond series.Series) {
	rng := rand.New(rand.NewPCG(3, 4))
	dates := make([]time.Time, n)
	for t := range dates {
		dates[t] = series.Date(2000, 1, 1).AddDate(0, t, 0)
	}
	var st, w []series.Series
	caps := make([][]float64, 3)
	for i := range 3 {
		r, c := make([]float64, n), make([]float64, n)
		for t := range r {
			r[t], c[t] = 0.05*rng.NormFloat64(), float64(i+1)+rng.Float64()
		}
		st, caps[i] = append(st, series.New("s", dates, r)), c
	}
	for i := range 3 {
		v := make([]float64, n)
		for t := range v {
			v[t] = caps[i][t] / (caps[0][t] + caps[1][t] + caps[2][t])
		}
		w = append(w, series.New("w", dates, v))
	}
	b := make([]float64, n)
	for t := range b {
		b[t] = 0.02 * rng.NormFloat64()
	}
	return series.NewFrame(dates, st...), series.NewFrame(dates, w...), series.New("bond", dates, b)
}

// The basket at a date is basket.Estimate on the window ending there with
// that date's weights; before the first full window there is none.
func TestRollingBasketsMatchEstimate(t *testing.T) {
	st, w, b := market(30)
	bs, err := RollingBaskets(st, w, b, 12, 12)
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range []int{11, 20, 29} {
		wt := []float64{w.Cols[0].Values[at], w.Cols[1].Values[at], w.Cols[2].Values[at]}
		win := [][]float64{st.Cols[0].Values[at-11 : at+1], st.Cols[1].Values[at-11 : at+1], st.Cols[2].Values[at-11 : at+1]}
		want, err := basket.Estimate(wt, win, b.Values[at-11:at+1], 12)
		if err != nil {
			t.Fatal(err)
		}
		if got := bs.Baskets[at]; got.Corr() != want.Corr() || got.Leverage() != want.Leverage() {
			t.Fatalf("date %d: corr %v leverage %v, want %v %v", at, got.Corr(), got.Leverage(), want.Corr(), want.Leverage())
		}
	}
	agg := bs.Series("aggregate", (*basket.Basket).Corr)
	if bs.Baskets[10] != nil || !math.IsNaN(agg.Values[10]) || agg.Reason(10) != series.TooFew || agg.Values[11] != bs.Baskets[11].Corr() {
		t.Fatalf("before the window: %v (%v), first %v", agg.Values[10], agg.Reason(10), agg.Values[11])
	}
}

func TestRollingBasketsBadInput(t *testing.T) {
	st, w, b := market(30)
	st.Cols[1].Values[15] = math.NaN()
	_, err := RollingBaskets(st, w, b, 12, 12)
	errtest.Says(t, "NaN return", err, "dated: RollingBaskets: window ending 2001-04-01")
	errtest.Panics(t, "window", func() { RollingBaskets(st, w, b, 2, 12) }, "dated: RollingBaskets:")
	errtest.Panics(t, "dates", func() { RollingBaskets(st, w, b.Years(2000, 2000), 12, 12) }, "dated: RollingBaskets:")
}

func TestEquityDurationReasons(t *testing.T) {
	dy := series.New("dy", []time.Time{series.Date(2000, 1, 1), series.Date(2000, 2, 1), series.Date(2000, 3, 1)},
		[]float64{0.04, math.NaN(), 0}).WithWhy([]series.Reason{series.OK, series.Missing, series.OK})
	d := EquityDuration(dy)
	if d.Values[0] != 25 || d.Reason(1) != series.Missing || d.Reason(2) != series.Undefined || d.Unit != series.UnitYears {
		t.Fatalf("values %v reasons %v unit %q", d.Values, d.Why, d.Unit)
	}
}
