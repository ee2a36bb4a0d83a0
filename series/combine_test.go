package series

import (
	"math"
	"strings"
	"testing"
)

func TestCombineCompareWhen(t *testing.T) {
	d := []string{"2020-01-31", "2020-02-28", "2020-03-31", "2020-04-30"}
	m := ser("monthly", d, 0.3, -0.2, nan, 0.1)
	dl := ser("daily", d, 0.2, -0.1, 0.5, 0.2)
	diff := Combine(dl, m, func(x, y float64) float64 { return x - y })
	if math.Abs(diff.Values[0]+0.1) > 1e-15 || diff.Reason(2) != Missing || diff.Name != "daily" {
		t.Fatalf("combine %v %v", diff.Values, diff.Why)
	}
	below := Compare(dl, m, func(x, y float64) bool { return x < y })
	if !sameFloats(below.Values, []float64{1, 0, nan, 0}) || below.Unit != UnitFlag {
		t.Fatalf("compare %v", below.Values)
	}
	if got := below.Mean(); math.Abs(got-1.0/3) > 1e-15 {
		t.Fatalf("share %v", got)
	}
	pos := below.When(m, func(v float64) bool { return v > 0 })
	if pos.Len() != 2 || pos.Mean() != 0.5 {
		t.Fatalf("when %v %v", pos.Dates, pos.Values)
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "series: Combine: ") {
			t.Fatalf("panic %v", r)
		}
	}()
	Combine(m, m.Years(2021, 2021), func(x, y float64) float64 { return x })
}

func TestAverage(t *testing.T) {
	a := ser("a", []string{"2020-01-31", "2020-02-28", "2020-03-31"}, 1, 2, 3)
	b := ser("b", []string{"2020-02-28", "2020-03-31", "2020-04-30"}, 4, nan, 6)
	avg := Average("mean", a, b)
	if avg.Len() != 1 || avg.Values[0] != 3 || avg.Name != "mean" {
		t.Fatalf("%v %v", avg.Dates, avg.Values)
	}
}
