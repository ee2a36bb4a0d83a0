package series

import (
	"math"
	"slices"
	"time"
)

// InnerJoin aligns series on the dates present in every one of them
// (values may still be NaN where a file has a row with a missing value;
// chain DropNaN to keep only dates where every series has a value).
// Columns keep their names, units, reasons and provenance. It panics when a
// series has unequal Dates/Values lengths or non-increasing dates.
func InnerJoin(ss ...Series) Frame {
	return join("InnerJoin", ss, true)
}

// OuterJoin aligns series on the union of their dates, with NaN (reason
// Missing) where a series has no observation at a date.
func OuterJoin(ss ...Series) Frame {
	return join("OuterJoin", ss, false)
}

// Align returns x and y on the dates where both have a value (the inner
// join without missing values): the joint calendar of a stock and a bond,
// ready for a two-series estimator.
func Align(x, y Series) (Series, Series) {
	f := InnerJoin(x, y).DropNaN()
	return f.Cols[0], f.Cols[1]
}

func join(fn string, ss []Series, inner bool) Frame {
	for _, s := range ss {
		s.check(fn)
	}
	dates := joinDates(ss, inner)
	cols := make([]Series, len(ss))
	for k, s := range ss {
		v := make([]float64, len(dates))
		var why []Reason
		if s.Why != nil || !inner {
			why = make([]Reason, len(dates))
		}
		j, anyWhy := 0, false
		for i, d := range dates {
			for j < len(s.Dates) && s.Dates[j].Before(d) {
				j++
			}
			if j < len(s.Dates) && s.Dates[j].Equal(d) {
				v[i] = s.Values[j]
				if s.Why != nil {
					why[i] = s.Why[j]
				}
			} else {
				v[i] = math.NaN()
				why[i] = Missing
			}
			anyWhy = anyWhy || why != nil && why[i] != OK
		}
		if !anyWhy {
			why = nil
		}
		c := s
		c.Dates, c.Values, c.Why = dates, v, why
		cols[k] = c
	}
	return Frame{Dates: dates, Cols: cols}
}

// joinDates returns the intersection (inner) or union of the date sets
// (each strictly increasing), by successive two-way merges. A date keeps
// the time.Location of the first series holding it (intraday bars stay in
// New York time).
func joinDates(ss []Series, inner bool) []time.Time {
	if len(ss) == 0 {
		return nil
	}
	acc := ss[0].Dates
	for _, s := range ss[1:] {
		acc = mergeDates(acc, s.Dates, inner)
	}
	return slices.Clone(acc)
}

// mergeDates merges two increasing date lists, keeping common dates only
// (inner) or all of them.
func mergeDates(a, b []time.Time, inner bool) []time.Time {
	out := make([]time.Time, 0, max(len(a), len(b)))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].Before(b[j]):
			if !inner {
				out = append(out, a[i])
			}
			i++
		case i == len(a) || b[j].Before(a[i]):
			if !inner {
				out = append(out, b[j])
			}
			j++
		default: // equal
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}
