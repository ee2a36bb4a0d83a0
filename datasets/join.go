package datasets

import (
	"math"
	"slices"
	"time"
)

// InnerJoin aligns series on the dates present in every one of them
// (values may still be NaN where a file has a row with a missing value;
// chain DropNaN to keep only dates where every series has a value).
// Columns keep their names, units and provenance. It panics when a series
// has unequal Dates/Values lengths or non-increasing dates.
func InnerJoin(ss ...Series) Frame {
	return join("InnerJoin", ss, true)
}

// OuterJoin aligns series on the union of their dates, with NaN where a
// series has no row for a date.
func OuterJoin(ss ...Series) Frame {
	return join("OuterJoin", ss, false)
}

func join(fn string, ss []Series, inner bool) Frame {
	for _, s := range ss {
		s.check(fn)
	}
	dates := joinDates(ss, inner)
	cols := make([]Series, len(ss))
	for k, s := range ss {
		v := make([]float64, len(dates))
		j := 0
		for i, d := range dates {
			for j < len(s.Dates) && s.Dates[j].Before(d) {
				j++
			}
			if j < len(s.Dates) && s.Dates[j].Equal(d) {
				v[i] = s.Values[j]
			} else {
				v[i] = math.NaN()
			}
		}
		cols[k] = s.withValues(v)
	}
	return frameOf(dates, cols)
}

// joinDates returns the intersection (inner) or union of the date sets.
func joinDates(ss []Series, inner bool) []time.Time {
	if len(ss) == 0 {
		return nil
	}
	count := make(map[int64]int)
	for _, s := range ss {
		for _, d := range s.Dates {
			count[d.Unix()]++
		}
	}
	dates := make([]time.Time, 0, len(count))
	for k, n := range count {
		if !inner || n == len(ss) {
			dates = append(dates, time.Unix(k, 0).UTC())
		}
	}
	slices.SortFunc(dates, func(a, b time.Time) int { return a.Compare(b) })
	return dates
}
