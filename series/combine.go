package series

import (
	"fmt"
	"github.com/stockbond/sbcorr/internal/must"
	"math"
	"time"
)

// sameCalendar panics unless a and b have the same dates.
func sameCalendar(fn string, a, b Series) {
	a.check(fn)
	b.check(fn)
	if len(a.Dates) != len(b.Dates) {
		panic(fmt.Sprintf("series: %s: %q has %d dates and %q %d: align them first (Align)", fn, a.Name, len(a.Dates), b.Name, len(b.Dates)))
	}
	for i := range a.Dates {
		if !a.Dates[i].Equal(b.Dates[i]) {
			panic(fmt.Sprintf("series: %s: %q and %q differ at %s: align them first (Align)", fn, a.Name, b.Name, a.Dates[i].Format(time.DateOnly)))
		}
	}
}

// Combine returns f(a_t, b_t) at every date of two series on the same
// dates (Align makes them so), named after a, in a's unit: a spread, a
// ratio, a difference of two estimates. Where a or b is NaN the result is
// NaN with that input's reason, and f is not called; where f returns NaN
// (+Inf - +Inf) the reason is Undefined. It panics when the dates differ
// or f is nil.
func Combine(a, b Series, f func(x, y float64) float64) Series {
	sameCalendar("Combine", a, b)
	must.NotNil("series: Combine", "f", f)
	v := make([]float64, len(a.Values))
	var why []Reason
	for i := range v {
		x, y := a.Values[i], b.Values[i]
		switch {
		case math.IsNaN(x) || math.IsNaN(y):
			if why == nil {
				why = make([]Reason, len(v))
			}
			v[i], why[i] = math.NaN(), a.Reason(i)
			if why[i] == OK {
				why[i] = b.Reason(i)
			}
		default:
			if v[i] = f(x, y); math.IsNaN(v[i]) {
				if why == nil {
					why = make([]Reason, len(v))
				}
				why[i] = Undefined
			}
		}
	}
	out := a
	out.Values, out.Why = v, why
	out.Prov = append(append([]Provenance(nil), a.Prov...), b.Prov...)
	return out
}

// Compare returns the 0/1 indicator of cond(a_t, b_t) on the dates of two
// aligned series (NaN where either is NaN), unit UnitFlag: its Mean is the
// share of dates where the condition holds, e.g. the share of months where
// the daily-return correlation is below the monthly one:
//
//	below := series.Compare(daily, monthly, func(d, m float64) bool { return d < m })
//	share := below.Mean()
//
// It panics when the dates differ or cond is nil.
func Compare(a, b Series, cond func(x, y float64) bool) Series {
	must.NotNil("series: Compare", "cond", cond)
	out := Combine(a, b, func(x, y float64) float64 {
		if cond(x, y) {
			return 1
		}
		return 0
	})
	out.Unit = UnitFlag
	return out
}

// When returns the observations of s at the dates where cond's value
// satisfies pred, e.g. below.When(monthly, func(m float64) bool { return
// m > 0 }) keeps the months where the monthly correlation is positive. s and
// cond must share their dates (a NaN in cond never satisfies pred); it
// panics otherwise, and when pred is nil.
func (s Series) When(cond Series, pred func(v float64) bool) Series {
	sameCalendar("When", s, cond)
	must.NotNil("series: When", "pred", pred)
	return s.keep(func(i int) bool { return !math.IsNaN(cond.Values[i]) && pred(cond.Values[i]) })
}

// Average returns the cross-sectional mean of several series at every
// date where all of them have a value (their inner join without missing
// values), named name, in the unit of the first: the average co-movement of
// several country pairs; NaN (reason Undefined) where +Inf and -Inf meet.
// It panics without a series.
func Average(name string, ss ...Series) Series {
	if len(ss) == 0 {
		panic("series: Average: no series")
	}
	f := InnerJoin(ss...).DropNaN()
	out := f.Cols[0]
	out.Values, out.Prov = make([]float64, f.Len()), nil
	for _, c := range f.Cols {
		for i, v := range c.Values {
			out.Values[i] += v / float64(len(f.Cols))
		}
		out.Prov = append(out.Prov, c.Prov...)
	}
	out.Name, out.Why = name, nil
	for i, v := range out.Values {
		if math.IsNaN(v) { // +Inf and -Inf on one date
			if out.Why == nil {
				out.Why = make([]Reason, len(out.Values))
			}
			out.Why[i] = Undefined
		}
	}
	return out
}

// Each returns f applied to every series, e.g. series.Each(levels,
// series.Series.Diff) for the changes of several yields. It panics when f
// is nil.
func Each(ss []Series, f func(Series) Series) []Series {
	must.NotNil("series: Each", "f", f)
	out := make([]Series, len(ss))
	for i, s := range ss {
		out[i] = f(s)
	}
	return out
}
