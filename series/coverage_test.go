package series

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/internal/errtest"
)

func TestDecades(t *testing.T) {
	ds := Decades(1875, 2025)
	if got := PeriodNames(ds); got[0] != "1870s" || got[len(got)-1] != "2020s" || len(got) != 16 {
		t.Fatalf("names %v", got)
	}
	first, last := ds[0], ds[len(ds)-1]
	if !first.From.Equal(Date(1875, 1, 1)) || !first.To.Equal(Date(1879, 12, 31)) {
		t.Errorf("first decade %v..%v, want clipped to 1875-1879", first.From, first.To)
	}
	if !last.From.Equal(Date(2020, 1, 1)) || !last.To.Equal(Date(2025, 12, 31)) {
		t.Errorf("last decade %v..%v, want 2020-2025", last.From, last.To)
	}
	if got := PeriodNames(Decades(-15, -11)); !slices.Equal(got, []string{"-20s"}) {
		t.Errorf("negative years: %v", got)
	}
	errtest.Panics(t, "Decades", func() { Decades(2000, 1990) }, "series: Decades:")
}

func TestCoverage(t *testing.T) {
	// a has data in 2001 and 2003 (2002 only a NaN), b in every year of
	// 2000-2003 but only from 2002 in the second period.
	a := ser("a", []string{"2001-03-01", "2002-05-01", "2003-07-01", "2003-08-01"}, 1, nan, 2, 3)
	b := ser("b", []string{"2000-01-01", "2001-01-01", "2002-01-01", "2003-01-01"}, 1, 2, 3, 4)
	ps := []Period{Years(2000, 2001), Years(2002, 2003), Years(1990, 1999)}
	got := Coverage([]Series{a, b}, ps)
	want := []float64{(0.5 + 1) / 2, (0.5 + 1) / 2, 0}
	if !sameFloats(got, want) {
		t.Errorf("coverage %v, want %v", got, want)
	}
	if c := Coverage(nil, ps[:1]); !math.IsNaN(c[0]) {
		t.Errorf("no series: %v, want NaN", c)
	}
	errtest.Panics(t, "Coverage", func() { Coverage([]Series{a}, []Period{Years(2000, 0)}) }, "series: Coverage:")
}

func TestOnlyIn(t *testing.T) {
	stock := ser("SPX", []string{"2024-10-11", "2024-10-14", "2024-10-15", "2024-10-16"}, 1, 2, 3, 4)
	bond := ser("DGS10", []string{"2024-10-11", "2024-10-14", "2024-10-15", "2024-10-17"}, 1, nan, 3, 5)
	s := OnlyIn(stock, bond)
	if !sameDates(s.Dates, days("2024-10-14", "2024-10-16")) || s.Name != "SPX" {
		t.Errorf("stock only: %v %v", s.Name, s.Dates)
	}
	if b := OnlyIn(bond, stock); !sameDates(b.Dates, days("2024-10-17")) {
		t.Errorf("bond only: %v", b.Dates)
	}
}

func TestAsOf(t *testing.T) {
	rec := Series{Name: "USREC", Unit: UnitFlag, Freq: Monthly,
		Dates: days("2020-02-01", "2020-03-01", "2020-04-01", "2020-05-01"), Values: []float64{0, 1, nan, 0}}
	got := rec.AsOf(days("2020-01-31", "2020-02-28", "2020-03-02", "2020-04-15", "2020-06-30"))
	if !sameFloats(got.Values, []float64{nan, 0, 1, nan, 0}) {
		t.Fatalf("values %v", got.Values)
	}
	if got.Reason(0) != Missing || got.Reason(3) != Missing || got.Freq != "" || got.Unit != UnitFlag {
		t.Errorf("reasons %v %v, freq %q, unit %q", got.Reason(0), got.Reason(3), got.Freq, got.Unit)
	}
	errtest.Panics(t, "AsOf", func() { rec.AsOf(days("2020-03-01", "2020-02-01")) }, "series: AsOf:")
}

func TestAddDate(t *testing.T) {
	s := Series{Name: "GS10", Freq: Monthly, Dates: days("2008-01-01", "2008-02-01"), Values: []float64{1, 2}}
	got := s.AddDate(0, 0, 14)
	if !sameDates(got.Dates, days("2008-01-15", "2008-02-15")) || !sameDates(s.Dates, days("2008-01-01", "2008-02-01")) {
		t.Errorf("moved %v, receiver %v", got.Dates, s.Dates)
	}
	clash := ser("x", []string{"2023-01-29", "2023-02-01"}, 1, 2)
	errtest.Panics(t, "AddDate", func() { clash.AddDate(0, 1, 0) }, "series: AddDate:")
}

func TestDaysAndFromFunc(t *testing.T) {
	ds := Days(Date(2024, 2, 27), Date(2024, 3, 1))
	if !sameDates(ds, days("2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01")) {
		t.Fatalf("days %v", ds)
	}
	if Days(Date(2024, 3, 1), Date(2024, 2, 1)) != nil {
		t.Error("reversed range: want nil")
	}
	s := FromFunc("day", ds, func(t0 time.Time) float64 { return float64(t0.Day()) })
	if !sameFloats(s.Values, []float64{27, 28, 29, 1}) || s.Name != "day" {
		t.Errorf("FromFunc %v", s.Values)
	}
	errtest.Panics(t, "FromFunc", func() {
		FromFunc("x", days("2024-01-02", "2024-01-01"), func(time.Time) float64 { return 0 })
	}, "series: FromFunc:")
}

func TestDifference(t *testing.T) {
	// Monthly with March missing: the 2-step differences that span it are
	// NaN (SpansGap); a zero base is fine for a difference.
	s := Series{Name: "y", Freq: Monthly, Values: []float64{0, 2, 5, 9, nan, 20},
		Dates: days("2020-01-01", "2020-02-01", "2020-04-01", "2020-05-01", "2020-06-01", "2020-07-01")}
	d := s.Difference(1)
	if !sameFloats(d.Values, []float64{nan, 2, nan, 4, nan, nan}) {
		t.Fatalf("Difference(1) %v", d.Values)
	}
	if d.Reason(0) != TooFew || d.Reason(2) != SpansGap || d.Reason(4) != Missing {
		t.Errorf("reasons %v %v %v", d.Reason(0), d.Reason(2), d.Reason(4))
	}
	want := s.Diff() // the same numbers, one observation shorter
	if !sameFloats(d.Values[1:], want.Values) {
		t.Errorf("Difference(1)[1:] %v, Diff %v", d.Values[1:], want.Values)
	}
	gapless := ser("g", []string{"2020-01-01", "2020-01-02", "2020-01-03"}, 0, 1, 3)
	if got := gapless.Difference(2); !sameFloats(got.Values, []float64{nan, nan, 3}) {
		t.Errorf("zero base: %v", got.Values)
	}
	errtest.Panics(t, "Difference", func() { s.Difference(0) }, "series: Difference:")
}

func TestMeanAbsDiff(t *testing.T) {
	x := ser("x", []string{"2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"}, 1, 2, nan, 4)
	y := ser("y", []string{"2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"}, 2.5, 3, 1, 9)
	if got := MeanAbsDiff(x, y); got != (0.5+3)/2 {
		t.Errorf("MeanAbsDiff %v, want 1.75", got)
	}
	if got := MeanAbsDiff(x, ser("z", []string{"2025-01-01"}, 1)); !math.IsNaN(got) {
		t.Errorf("no common date: %v", got)
	}
}
