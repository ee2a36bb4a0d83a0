package series

import (
	"math"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// Compounded returns equal the change of the level they come from: a
// monthly price path 100, 110, 99, 108.9, 130.68 has two-month returns
// 99/100 - 1, 108.9/110 - 1 and 130.68/99 - 1.
func TestCompoundReturnsMatchLevelChanges(t *testing.T) {
	lv := Series{Name: "p", Freq: Monthly, Values: []float64{100, 110, 99, 108.9, 130.68},
		Dates: days("2020-01-31", "2020-02-29", "2020-03-31", "2020-04-30", "2020-05-31")}
	r := lv.SimpleReturns().CompoundReturns(2)
	want := lv.Change(2).Values[1:]
	if r.Len() != 4 || !math.IsNaN(r.Values[0]) || r.Reason(0) != TooFew {
		t.Fatalf("first value %v (%v), length %d", r.Values[0], r.Reason(0), r.Len())
	}
	for i := 1; i < 4; i++ {
		if math.Abs(r.Values[i]-want[i]) > 1e-15 {
			t.Errorf("date %d: %v, want %v", i, r.Values[i], want[i])
		}
	}
	if r.Unit != UnitDecimal || !r.Dates[0].Equal(day("2020-02-29")) {
		t.Fatalf("unit %q, first date %s", r.Unit, r.Dates[0])
	}
	if one := lv.SimpleReturns().CompoundReturns(1); !sameFloats(one.Values, lv.SimpleReturns().Values) {
		t.Fatalf("h = 1 changed the returns: %v", one.Values)
	}
}

// A window holding a NaN return or a missing month is NaN with the reason.
func TestCompoundReturnsNaNAndGaps(t *testing.T) {
	r := Series{Name: "r", Freq: Monthly, Values: []float64{0.01, nan, 0.02, 0.03, 0.04, 0.05},
		Dates: days("2020-01-01", "2020-02-01", "2020-03-01", "2020-04-01", "2020-06-01", "2020-07-01")}
	c := r.CompoundReturns(2)
	wantWhy := []Reason{TooFew, Missing, Missing, OK, SpansGap, OK}
	for i, w := range wantWhy {
		if c.Reason(i) != w {
			t.Errorf("date %d: reason %v, want %v", i, c.Reason(i), w)
		}
	}
	if math.Abs(c.Values[3]-(1.02*1.03-1)) > 1e-15 || math.Abs(c.Values[5]-(1.04*1.05-1)) > 1e-15 {
		t.Fatalf("values %v", c.Values)
	}
	errtest.Panics(t, "h = 0", func() { r.CompoundReturns(0) }, "series: CompoundReturns:")
}

func TestValuesAt(t *testing.T) {
	s := ser("x", []string{"2020-01-01", "2020-01-02", "2020-01-03"}, 1, 2, 3)
	if got := s.ValuesAt([]int{2, 0}); !sameFloats(got, []float64{3, 1}) {
		t.Fatalf("got %v", got)
	}
	errtest.Panics(t, "out of range", func() { s.ValuesAt([]int{3}) }, "series: ValuesAt:")
}
