package series

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestMonthlyReturnsSpanningAMissingMonthAreNaN(t *testing.T) {
	// Month ends of Jan, Feb, Apr: March is missing, so the Feb->Apr
	// return would be a two-month return.
	s := Series{Name: "p", Freq: Monthly, Dates: days("2020-01-31", "2020-02-28", "2020-04-30"), Values: []float64{100, 110, 121}}
	r := s.SimpleReturns()
	if !sameFloats(r.Values, []float64{0.10000000000000009, nan}) {
		t.Fatalf("returns %v", r.Values)
	}
	if r.Reason(1) != SpansGap || r.Reason(0) != OK {
		t.Fatalf("reasons %v %v", r.Reason(0), r.Reason(1))
	}
	if g := s.Gaps(); len(g) != 1 || g[0] != 2 {
		t.Fatalf("gaps %v", g)
	}
}

func TestDailyGapLongerThanAWeekIsAGap(t *testing.T) {
	// 2001-09-10 -> 2001-09-17 (7 days, the 9/11 closure) is one step;
	// 2002-02-15 -> 2006-02-09 (the 30-year bond's hole) is not.
	s := Series{Name: "y", Freq: Daily, Dates: days("2001-09-10", "2001-09-17", "2002-02-15", "2006-02-09"),
		Values: []float64{0.05, 0.051, 0.054, 0.045}}
	d := s.Diff()
	if d.Reason(0) != OK || d.Reason(1) != SpansGap || d.Reason(2) != SpansGap {
		t.Fatalf("reasons %v", d.Why)
	}
}

func TestIntradaySessionBreakIsAGap(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	at := func(d, h, m int) time.Time { return time.Date(2024, 3, d, h, m, 0, 0, ny) }
	s := Series{Name: "spy", Freq: Intraday, Dates: []time.Time{at(4, 15, 50), at(4, 15, 55), at(5, 9, 30), at(5, 9, 35)},
		Values: []float64{500, 501, 499, 500}}
	r := s.LogReturns()
	if r.Reason(0) != OK || r.Reason(1) != SpansGap || r.Reason(2) != OK {
		t.Fatalf("reasons %v", r.Why)
	}
}

func TestUnknownFrequencyDetectsNoGap(t *testing.T) {
	s := Series{Name: "x", Dates: days("2000-01-01", "2010-01-01"), Values: []float64{1, 2}}
	if r := s.SimpleReturns(); r.Values[0] != 1 || r.Why != nil {
		t.Fatalf("got %v %v", r.Values, r.Why)
	}
}

func TestReturnReasons(t *testing.T) {
	s := Series{Name: "p", Freq: Daily, Dates: days("2020-01-01", "2020-01-02", "2020-01-03", "2020-01-06", "2020-01-07"),
		Values: []float64{0, 1, nan, -1, 2}}
	r := s.LogReturns()
	want := []Reason{Undefined, Missing, Missing, Undefined}
	for i, w := range want {
		if got := r.Reason(i); got != w || !math.IsNaN(r.Values[i]) {
			t.Errorf("return %d: %v (%v), want NaN with %v", i, r.Values[i], got, w)
		}
	}
	if s.SimpleReturns().Reason(0) != Undefined {
		t.Error("a return from a zero price must be Undefined")
	}
}

func TestChangeYearOnYear(t *testing.T) {
	s := Series{Name: "gdp", Freq: Quarterly, Dates: days("2019-01-01", "2019-04-01", "2019-07-01", "2019-10-01", "2020-01-01", "2020-07-01"),
		Values: []float64{100, 101, 102, 103, 104, 105}}
	c := s.Change(4)
	if math.Abs(c.Values[4]-0.04) > 1e-15 || c.Reason(3) != TooFew || c.Reason(5) != SpansGap {
		t.Fatalf("change %v %v", c.Values, c.Why)
	}
}

func TestReasonsSurviveSelectionAndJoins(t *testing.T) {
	p := Series{Name: "p", Freq: Monthly, Dates: days("2020-01-31", "2020-02-28", "2020-04-30", "2020-05-29"), Values: []float64{1, 2, 3, 4}}
	r := p.SimpleReturns() // Feb, Apr (gap), May
	other := Series{Name: "o", Freq: Monthly, Dates: days("2020-04-30", "2020-05-29", "2020-06-30"), Values: []float64{1, 2, 3}}
	f := OuterJoin(r, other)
	if f.Cols[0].Reason(1) != SpansGap || f.Cols[0].Reason(3) != Missing || f.Cols[1].Reason(0) != Missing {
		t.Fatalf("outer join reasons %v %v", f.Cols[0].Why, f.Cols[1].Why)
	}
	if got := r.Years(2020, 2020).Between(day("2020-03-01"), time.Time{}); got.Reason(0) != SpansGap {
		t.Fatalf("selection lost the reason: %v", got.Why)
	}
	x, y := Align(r, other)
	if x.Len() != 1 || y.Values[0] != 2 || x.Why != nil {
		t.Fatalf("align: %v %v %v", x.Dates, x.Values, x.Why)
	}
}

func TestAtIndexLastValid(t *testing.T) {
	s := ser("s", []string{"2024-11-29", "2024-12-30", "2025-01-03"}, 1, 2, nan)
	if s.At(day("2024-12-31")) != 2 || !math.IsNaN(s.At(day("2024-01-01"))) || s.Index(day("2025-02-01")) != 2 {
		t.Fatal("At/Index")
	}
	if v, d := s.LastValid(); v != 2 || !d.Equal(day("2024-12-30")) {
		t.Fatalf("LastValid %v %v", v, d)
	}
}

func TestYearsPeriod(t *testing.T) {
	if p := Years(1980, 1999); p.Name != "1980-1999" || !p.From.Equal(day("1980-01-01")) || !p.To.Equal(day("1999-12-31")) {
		t.Fatalf("%+v", p)
	}
	if p := Years(1990, 0); p.Name != "1990-" || !p.To.IsZero() || !p.Contains(day("2050-01-01")) {
		t.Fatalf("%+v", p)
	}
}

func TestResampleLastEachTakesEachSeriesMonthEnd(t *testing.T) {
	// The bond market is closed on the stock market's last day of January.
	s := ser("s", []string{"2020-01-30", "2020-01-31", "2020-02-28"}, 1, 2, 3)
	b := ser("b", []string{"2020-01-30", "2020-02-28"}, 10, 30)
	joint := InnerJoin(s, b).ResampleLast(Monthly)
	each := OuterJoin(s, b).ResampleLastEach(Monthly)
	if joint.Cols[0].Values[0] != 1 || !joint.Dates[0].Equal(day("2020-01-30")) {
		t.Fatalf("joint: %v %v", joint.Dates, joint.Cols[0].Values)
	}
	if each.Cols[0].Values[0] != 2 || each.Cols[1].Values[0] != 10 || !each.Dates[0].Equal(day("2020-01-31")) || each.Cols[0].Freq != Monthly {
		t.Fatalf("each: %v %v %v", each.Dates, each.Cols[0].Values, each.Cols[1].Values)
	}
}

func TestWithValuesAndPercentToDecimalGuard(t *testing.T) {
	s := ser("y", []string{"2020-01-02", "2020-01-03"}, 4.25, 4.5).InUnit(UnitPercent)
	d := s.PercentToDecimal()
	if d.Unit != UnitDecimal || d.Values[0] != 0.0425 {
		t.Fatal(d)
	}
	for name, f := range map[string]func(){
		"twice":      func() { d.PercentToDecimal() },
		"withvalues": func() { s.WithValues([]float64{1}) },
		"withwhy":    func() { s.WithWhy([]Reason{OK}) },
		"same": func() {
			Series{Dates: days("2020-01-31", "2020-01-02"), Values: []float64{1, 2}}.AtPeriodStart(Monthly)
		},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				r := recover()
				if r == nil || !strings.HasPrefix(r.(string), "series: ") {
					t.Fatalf("panic %v", r)
				}
			}()
			f()
		})
	}
}

func TestAtPeriodStart(t *testing.T) {
	s := ser("m", []string{"2020-01-31", "2020-02-28"}, 1, 2).AtPeriodStart(Monthly)
	if !sameDates(s.Dates, days("2020-01-01", "2020-02-01")) || s.Freq != Monthly {
		t.Fatal(s.Dates)
	}
}

func TestFlagPeriods(t *testing.T) {
	d := days("2000-01-03", "2000-01-04", "2000-01-05", "2000-01-06", "2000-01-07", "2000-01-10")
	p, err := Series{Name: "USREC", Dates: d, Values: []float64{1, 0, nan, 1, 1, 1}}.FlagPeriods()
	if err != nil {
		t.Fatal(err)
	}
	if len(p) != 2 || !p[0].To.Equal(d[1]) || !p[1].From.Equal(d[3]) || !p[1].To.Equal(d[5]) {
		t.Errorf("periods = %v", p)
	}
	if _, err := (Series{Name: "USREC", Dates: d[:1], Values: []float64{2}}).FlagPeriods(); err == nil || !strings.Contains(err.Error(), "2000-01-03") {
		t.Errorf("bad flag: err = %v", err)
	}
}
