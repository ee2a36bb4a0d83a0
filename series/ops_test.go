package series

import (
	"math"
	"testing"
	"time"
)

func TestJoins(t *testing.T) {
	a := ser("a", []string{"2020-01-02", "2020-01-03", "2020-01-06"}, 1, 2, 3)
	b := ser("b", []string{"2020-01-03", "2020-01-06", "2020-01-07"}, 20, nan, 40)
	for _, tc := range []struct {
		name  string
		got   Frame
		dates []string
		a, b  []float64
	}{
		{"inner", InnerJoin(a, b), []string{"2020-01-03", "2020-01-06"}, []float64{2, 3}, []float64{20, nan}},
		{"inner+DropNaN", InnerJoin(a, b).DropNaN(), []string{"2020-01-03"}, []float64{2}, []float64{20}},
		{"outer", OuterJoin(a, b), []string{"2020-01-02", "2020-01-03", "2020-01-06", "2020-01-07"},
			[]float64{1, 2, 3, nan}, []float64{nan, 20, nan, 40}},
		{"outer+DropNaN", OuterJoin(a, b).DropNaN(), []string{"2020-01-03"}, []float64{2}, []float64{20}},
		{"inner single", InnerJoin(a), []string{"2020-01-02", "2020-01-03", "2020-01-06"}, []float64{1, 2, 3}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !sameDates(tc.got.Dates, days(tc.dates...)) {
				t.Fatalf("dates %v", tc.got.Dates)
			}
			if !sameFloats(tc.got.Cols[0].Values, tc.a) {
				t.Errorf("a = %v, want %v", tc.got.Cols[0].Values, tc.a)
			}
			if tc.b != nil && !sameFloats(tc.got.Cols[1].Values, tc.b) {
				t.Errorf("b = %v, want %v", tc.got.Cols[1].Values, tc.b)
			}
			for _, c := range tc.got.Cols {
				if !sameDates(c.Dates, tc.got.Dates) {
					t.Errorf("column %s not on the frame calendar", c.Name)
				}
			}
		})
	}
	if f := InnerJoin(); f.Len() != 0 {
		t.Fatal("empty join")
	}
}

func TestJoinPanicsOnBadSeries(t *testing.T) {
	for name, s := range map[string]Series{
		"lengths":   {Name: "x", Dates: days("2020-01-01"), Values: []float64{1, 2}},
		"unordered": {Name: "x", Dates: days("2020-01-02", "2020-01-01"), Values: []float64{1, 2}},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Fatal("no panic")
				}
			}()
			InnerJoin(s)
		})
	}
}

func TestResampleLastMonthEndHolidays(t *testing.T) {
	// 2019-05-31 is a Friday; 2019-08-30 a Friday before the weekend end;
	// 2019-11-29 the Friday after Thanksgiving (last trading day), with a
	// missing value on 2019-11-29 in the "gap" case; 2020-02-29 a Saturday.
	dates := []string{"2019-05-30", "2019-05-31", "2019-08-29", "2019-08-30", "2019-11-27", "2019-11-29", "2020-02-27", "2020-02-28"}
	for _, tc := range []struct {
		name      string
		vals      []float64
		freq      Freq
		wantDates []string
		wantVals  []float64
	}{
		{"month", []float64{1, 2, 3, 4, 5, 6, 7, 8}, Monthly,
			[]string{"2019-05-31", "2019-08-30", "2019-11-29", "2020-02-28"}, []float64{2, 4, 6, 8}},
		{"month with missing last day", []float64{1, 2, 3, 4, 5, nan, 7, 8}, Monthly,
			[]string{"2019-05-31", "2019-08-30", "2019-11-27", "2020-02-28"}, []float64{2, 4, 5, 8}},
		{"month all missing", []float64{1, 2, nan, nan, 5, 6, 7, 8}, Monthly,
			[]string{"2019-05-31", "2019-11-29", "2020-02-28"}, []float64{2, 6, 8}},
		{"quarter", []float64{1, 2, 3, 4, 5, 6, 7, 8}, Quarterly,
			[]string{"2019-05-31", "2019-08-30", "2019-11-29", "2020-02-28"}, []float64{2, 4, 6, 8}},
		{"year", []float64{1, 2, 3, 4, 5, 6, 7, 8}, Annual,
			[]string{"2019-11-29", "2020-02-28"}, []float64{6, 8}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ser("x", dates, tc.vals...).ResampleLast(tc.freq)
			if !sameDates(got.Dates, days(tc.wantDates...)) || !sameFloats(got.Values, tc.wantVals) {
				t.Fatalf("got %v %v, want %v %v", got.Dates, got.Values, tc.wantDates, tc.wantVals)
			}
			if got.Freq != tc.freq {
				t.Errorf("freq %q", got.Freq)
			}
		})
	}
}

func TestResampleLastWeekly(t *testing.T) {
	// Week of Mon 2019-12-30: Tue 12-31 is the last obs (Jan 1 holiday is
	// missing); Fri 2020-01-03 ends the same ISO week, so one point.
	s := ser("x", []string{"2019-12-27", "2019-12-30", "2019-12-31", "2020-01-02", "2020-01-03", "2020-01-06"}, 1, 2, 3, 4, 5, 6)
	got := s.ResampleLast(Weekly)
	if !sameDates(got.Dates, days("2019-12-27", "2020-01-03", "2020-01-06")) || !sameFloats(got.Values, []float64{1, 5, 6}) {
		t.Fatalf("got %v %v", got.Dates, got.Values)
	}
}

func TestFrameResampleLastJoint(t *testing.T) {
	// Stock trades on Columbus Day 2019-10-14; the bond market is closed.
	stock := ser("s", []string{"2019-10-11", "2019-10-14", "2019-10-31"}, 1, 2, 3)
	bond := ser("b", []string{"2019-10-11", "2019-10-14", "2019-10-31"}, 10, nan, nan)
	got := InnerJoin(stock, bond).ResampleLast(Monthly)
	if !sameDates(got.Dates, days("2019-10-11")) || got.Cols[0].Values[0] != 1 || got.Cols[1].Values[0] != 10 {
		t.Fatalf("last joint obs: %v %v %v", got.Dates, got.Cols[0].Values, got.Cols[1].Values)
	}
}

func TestAggregate(t *testing.T) {
	s := ser("x", []string{"2020-01-02", "2020-01-31", "2020-02-03", "2020-04-01", "2020-04-02"}, 1, 3, nan, 0.1, 0.2)
	for _, tc := range []struct {
		name      string
		freq      Freq
		agg       Agg
		wantDates []string
		want      []float64
	}{
		{"mean", Monthly, AggMean, []string{"2020-01-01", "2020-02-01", "2020-04-01"}, []float64{2, nan, 0.15000000000000002}},
		{"sum", Monthly, AggSum, []string{"2020-01-01", "2020-02-01", "2020-04-01"}, []float64{4, nan, 0.30000000000000004}},
		{"first", Quarterly, AggFirst, []string{"2020-01-01", "2020-04-01"}, []float64{1, 0.1}},
		{"last", Annual, AggLast, []string{"2020-01-01"}, []float64{0.2}},
		{"compound", Monthly, AggCompound, []string{"2020-01-01", "2020-02-01", "2020-04-01"}, []float64{7, nan, 0.32000000000000006}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := s.Aggregate(tc.freq, tc.agg)
			if !sameDates(got.Dates, days(tc.wantDates...)) || !sameFloats(got.Values, tc.want) {
				t.Fatalf("got %v %v want %v %v", got.Dates, got.Values, tc.wantDates, tc.want)
			}
		})
	}
}

func TestPeriodStart(t *testing.T) {
	for _, tc := range []struct {
		in   string
		f    Freq
		want string
	}{
		{"2020-01-01", Weekly, "2019-12-30"}, // Wednesday -> Monday
		{"2020-01-05", Weekly, "2019-12-30"}, // Sunday ends the ISO week
		{"2020-01-06", Weekly, "2020-01-06"},
		{"2020-02-29", Monthly, "2020-02-01"},
		{"2020-06-30", Quarterly, "2020-04-01"},
		{"2020-12-31", Quarterly, "2020-10-01"},
		{"2020-12-31", Annual, "2020-01-01"},
	} {
		if got := PeriodStart(day(tc.in), tc.f); !got.Equal(day(tc.want)) {
			t.Errorf("PeriodStart(%s, %s) = %s, want %s", tc.in, tc.f, got.Format(time.DateOnly), tc.want)
		}
	}
}

func TestReturnsDiffLag(t *testing.T) {
	d := []string{"2020-01-01", "2020-01-02", "2020-01-03", "2020-01-06"}
	s := ser("x", d, 100, 110, nan, 121)
	for _, tc := range []struct {
		name      string
		got       Series
		wantDates []string
		want      []float64
	}{
		{"simple", s.SimpleReturns(), d[1:], []float64{0.10000000000000009, nan, nan}},
		{"log", s.LogReturns(), d[1:], []float64{math.Log(1.1), nan, nan}},
		{"diff", s.Diff(), d[1:], []float64{10, nan, nan}},
		{"simple after DropNaN", s.DropNaN().SimpleReturns(), []string{d[1], d[3]}, []float64{0.10000000000000009, 0.10000000000000009}},
		{"lag 1", s.Lag(1), d, []float64{nan, 100, 110, nan}},
		{"lag 0", s.Lag(0), d, []float64{100, 110, nan, 121}},
		{"lead 1", s.Lag(-1), d, []float64{110, nan, 121, nan}},
		{"one obs", ser("y", d[:1], 5).Diff(), nil, []float64{}},
		{"simple from zero", ser("z", d[:3], 0, 1, 0).SimpleReturns(), d[1:3], []float64{nan, -1}},
		{"log of zero or negative", ser("z", d, 1, 0, -1, 2).LogReturns(), d[1:], []float64{nan, nan, nan}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !sameDates(tc.got.Dates, days(tc.wantDates...)) || !sameFloats(tc.got.Values, tc.want) {
				t.Fatalf("got %v %v want %v %v", tc.got.Dates, tc.got.Values, tc.wantDates, tc.want)
			}
		})
	}
	if u := s.SimpleReturns().Unit; u != UnitDecimal {
		t.Errorf("return unit %q", u)
	}
}

func TestMissingHandling(t *testing.T) {
	d := []string{"2020-01-01", "2020-01-02", "2020-01-03", "2020-01-06", "2020-01-07", "2020-01-08", "2020-01-09"}
	s := ser("x", d, nan, 1, nan, nan, nan, 2, nan)
	for _, tc := range []struct {
		name string
		got  Series
		want []float64
	}{
		{"ffill 0", s.FillForward(0), []float64{nan, 1, nan, nan, nan, 2, nan}},
		{"ffill 2", s.FillForward(2), []float64{nan, 1, 1, 1, nan, 2, 2}},
		{"ffill 10", s.FillForward(10), []float64{nan, 1, 1, 1, 1, 2, 2}},
		{"dropnan", s.DropNaN(), []float64{1, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !sameFloats(tc.got.Values, tc.want) {
				t.Fatalf("got %v want %v", tc.got.Values, tc.want)
			}
		})
	}
	if s.CountNaN() != 5 || len(s.MissingDates()) != 5 || !s.MissingDates()[0].Equal(day(d[0])) {
		t.Fatalf("CountNaN %d MissingDates %v", s.CountNaN(), s.MissingDates())
	}
	if !sameFloats(s.Values, []float64{nan, 1, nan, nan, nan, 2, nan}) {
		t.Fatal("receiver modified")
	}
}

func TestPanics(t *testing.T) {
	s := ser("x", []string{"2020-01-01"}, 1)
	for name, f := range map[string]func(){
		"FillForward negative": func() { s.FillForward(-1) },
		"Lag too long":         func() { s.Lag(2) },
		"PeriodStart daily":    func() { PeriodStart(day("2020-01-01"), Daily) },
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Fatal("no panic")
				}
			}()
			f()
		})
	}
}

func TestBetweenAndPeriods(t *testing.T) {
	s := ser("x", []string{"1979-12-31", "1980-01-02", "1999-12-31", "2000-01-03", "2019-12-31", "2020-01-02"}, 1, 2, 3, 4, 5, 6)
	if got := s.In(Period1980to1999); !sameFloats(got.Values, []float64{2, 3}) {
		t.Errorf("1980-1999: %v", got.Values)
	}
	if got := s.In(Period2000to2019); !sameFloats(got.Values, []float64{4, 5}) {
		t.Errorf("2000-2019: %v", got.Values)
	}
	if got := s.Between(time.Time{}, day("1980-01-02")); !sameFloats(got.Values, []float64{1, 2}) {
		t.Errorf("open start: %v", got.Values)
	}
	if got := s.PercentToDecimal(); got.Values[0] != 0.01 || got.Unit != UnitDecimal {
		t.Errorf("PercentToDecimal: %v %q", got.Values[0], got.Unit)
	}
}

func TestJoinKeepsLocation(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	d := []time.Time{time.Date(2025, 3, 10, 9, 30, 0, 0, ny), time.Date(2025, 3, 10, 9, 35, 0, 0, ny)}
	a := Series{Name: "SPY", Dates: d, Values: []float64{1, 2}}
	b := Series{Name: "TLT", Dates: d[1:], Values: []float64{3}}
	f := InnerJoin(a, b)
	if f.Len() != 1 || f.Dates[0].Location() != ny || f.Dates[0].Hour() != 9 || f.Dates[0].Minute() != 35 {
		t.Fatalf("joined %v", f.Dates)
	}
}
