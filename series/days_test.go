package series

import (
	"math"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// bars returns 5-minute bar times of New York sessions: for each day, the
// given number of bars from 09:30.
func bars(t *testing.T, days []string, n ...int) []time.Time {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	var out []time.Time
	for k, d := range days {
		open := day(d)
		start := time.Date(open.Year(), open.Month(), open.Day(), 9, 30, 0, 0, ny)
		for b := range n[k] {
			out = append(out, start.Add(time.Duration(5*b)*time.Minute))
		}
	}
	return out
}

// An intraday series reduces to one value per New York day, dated at UTC
// midnight, even for bars whose UTC instant falls on the next day.
func TestDaysPerSessionDate(t *testing.T) {
	at := bars(t, []string{"2025-03-07", "2025-03-10"}, 3, 2)
	// a late bar: 20:00 New York is 00:00 UTC the next day
	at = append(at[:3:3], append([]time.Time{at[0].Add(10*time.Hour + 30*time.Minute)}, at[3:]...)...)
	s := Series{Name: "r", Unit: UnitDecimal, Freq: Intraday, Dates: at, Values: []float64{1, 2, nan, 4, 10, 20}}
	sum, n := s.Days(AggSum), s.Days(AggCount)
	if !sameDates(sum.Dates, days("2025-03-07", "2025-03-10")) || !sameFloats(sum.Values, []float64{7, 30}) {
		t.Fatalf("sums %v %v", sum.Dates, sum.Values)
	}
	if !sameFloats(n.Values, []float64{3, 2}) || sum.Freq != Daily || sum.Unit != UnitDecimal || sum.Name != "r" {
		t.Fatalf("counts %v, freq %q unit %q name %q", n.Values, sum.Freq, sum.Unit, sum.Name)
	}
}

// A day whose values are all missing is NaN with reason Missing, and the
// other days keep no reason.
func TestDaysAllMissing(t *testing.T) {
	at := bars(t, []string{"2025-03-07", "2025-03-10"}, 2, 2)
	s := Series{Name: "r", Freq: Intraday, Dates: at, Values: []float64{nan, nan, 1, 3}}
	m := s.Days(AggMean)
	if !math.IsNaN(m.Values[0]) || m.Reason(0) != Missing || m.Values[1] != 2 || m.Reason(1) != OK {
		t.Fatalf("%v %v", m.Values, m.Why)
	}
	if e := (Series{}).Days(AggSum); e.Len() != 0 {
		t.Fatalf("empty series gave %d days", e.Len())
	}
}

func TestDaysPanicsOnBadSeries(t *testing.T) {
	bad := Series{Name: "bad", Dates: days("2025-01-02"), Values: []float64{1, 2}}
	errtest.Panics(t, "lengths", func() { bad.Days(AggSum) }, "series: Days: ")
}

func TestWhereAndShare(t *testing.T) {
	d := []string{"2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07"}
	r := ser("r", d, 0.1, -0.2, 0.3, -0.4)
	flag := ser("flag", d, 1, 0, nan, 1)
	w := r.Where(flag)
	if !sameDates(w.Dates, days("2025-01-02", "2025-01-07")) || !sameFloats(w.Values, []float64{0.1, -0.4}) {
		t.Fatalf("Where: %v %v", w.Dates, w.Values)
	}
	neg := func(v float64) bool { return v < 0 }
	if got := ser("x", d, -1, nan, 2, -3).Share(neg); got != 2.0/3 {
		t.Fatalf("Share = %v, want 2/3 (NaN skipped)", got)
	}
	if got := ser("x", d[:1], nan).Share(neg); !math.IsNaN(got) {
		t.Fatalf("Share of no value = %v, want NaN", got)
	}
	errtest.Panics(t, "Where misaligned", func() { r.Where(flag.Years(2025, 2025).Between(day("2025-01-03"), time.Time{})) }, "series: When: ")
}
