package series

import (
	"strings"
	"testing"
)

func TestOnDates(t *testing.T) {
	q := Series{Name: "g", Unit: UnitDecimal, Freq: Quarterly,
		Dates: days("2020-01-01", "2020-04-01", "2020-10-01"), Values: []float64{1, nan, 3}}
	months := days("2019-12-01", "2020-01-01", "2020-03-31", "2020-05-01", "2020-08-01", "2020-11-30")
	got := q.OnDates(months)
	if !sameFloats(got.Values, []float64{nan, 1, 1, nan, nan, 3}) || got.Name != "g" || got.Unit != UnitDecimal {
		t.Fatalf("quarterly on months: %v", got.Values)
	}
	for i, want := range []Reason{Missing, OK, OK, Missing, Missing, OK} {
		if got.Reason(i) != want {
			t.Errorf("reason %d = %v, want %v", i, got.Reason(i), want)
		}
	}
	d := ser("d", []string{"2020-01-02", "2020-01-03"}, 5, 6)
	if v := d.OnDates(days("2020-01-03", "2020-01-04")).Values; !sameFloats(v, []float64{6, nan}) {
		t.Fatalf("daily exact match: %v", v)
	}
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"two in a period", func() { q.AtFreq(Annual).OnDates(months) }},
		{"dates not increasing", func() { q.OnDates(days("2020-02-01", "2020-01-01")) }},
	} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.HasPrefix(r.(string), "series: OnDates: ") {
					t.Errorf("%s: panic %v", c.name, r)
				}
			}()
			c.f()
		}()
	}
}
