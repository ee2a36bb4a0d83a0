package series

import (
	"fmt"
	"math"
	"sort"
	"time"
)

// Period is a closed date range with a label, e.g. one of the paper's
// sub-samples. A zero From or To leaves that side open.
type Period struct {
	Name     string
	From, To time.Time
}

// The sub-samples of Portelli & Roncalli (2024), section 3.1: positive
// stock-bond correlation in 1980-1999, negative in 2000-2019.
var (
	Period1980to1999 = Years(1980, 1999)
	Period2000to2019 = Years(2000, 2019)
)

// Years returns the period from 1 January of year from to 31 December of
// year to, named "from-to" (e.g. Years(1980, 1999) is "1980-1999"). A zero
// year leaves that side open ("1990-" for Years(1990, 0)).
func Years(from, to int) Period {
	p := Period{}
	if from != 0 {
		p.From = Date(from, time.January, 1)
	}
	if to != 0 {
		p.To = Date(to, time.December, 31)
	}
	p.Name = fmt.Sprintf("%s-%s", yearText(from), yearText(to))
	return p
}

func yearText(y int) string {
	if y == 0 {
		return ""
	}
	return fmt.Sprint(y)
}

// Contains reports From <= t <= To, a zero bound being open. Bounds are
// instants: for intraday bars, To = Date(y, m, d) stops at midnight UTC of
// that day, so use the next day to include a whole session.
func (p Period) Contains(t time.Time) bool {
	return (p.From.IsZero() || !t.Before(p.From)) && (p.To.IsZero() || !t.After(p.To))
}

// In returns the observations of s inside the period (dates inclusive).
// Cut returns after computing them: a return dated on the first day of
// the period then keeps its start in the previous period.
func (s Series) In(p Period) Series {
	s.check("In")
	return s.keep(func(i int) bool { return p.Contains(s.Dates[i]) })
}

// Between returns the observations with from <= date <= to; a zero from or
// to leaves that side open.
func (s Series) Between(from, to time.Time) Series {
	return s.In(Period{From: from, To: to})
}

// Years returns the observations dated in calendar years from to to
// (inclusive); a zero year leaves that side open.
func (s Series) Years(from, to int) Series { return s.In(Years(from, to)) }

// DropNaN returns the series without its missing observations. Returns
// computed afterwards would span the dropped dates; compute them first
// (a NaN then propagates to the returns it touches, with a reason).
func (s Series) DropNaN() Series {
	s.check("DropNaN")
	return s.keep(func(i int) bool { return !math.IsNaN(s.Values[i]) })
}

// CountNaN returns the number of missing observations.
func (s Series) CountNaN() int {
	n := 0
	for _, v := range s.Values {
		if math.IsNaN(v) {
			n++
		}
	}
	return n
}

// MissingDates returns the dates whose value is NaN, so a caller can
// report them instead of silently dropping them.
func (s Series) MissingDates() []time.Time {
	s.check("MissingDates")
	var out []time.Time
	for i, v := range s.Values {
		if math.IsNaN(v) {
			out = append(out, s.Dates[i])
		}
	}
	return out
}

// Index returns the index of the last observation dated at or before t,
// or -1 when t is before the first date.
func (s Series) Index(t time.Time) int {
	return sort.Search(len(s.Dates), func(i int) bool { return s.Dates[i].After(t) }) - 1
}

// At returns the value as of date t: the value of the last observation
// dated at or before t (so At(Date(2024, 12, 31)) on month-end dates gives
// the December 2024 value even when the last trading day is the 30th). It
// is NaN when t is before the first date or the value there is missing.
func (s Series) At(t time.Time) float64 {
	i := s.Index(t)
	if i < 0 {
		return math.NaN()
	}
	return s.Values[i]
}

// LastValid returns the last non-NaN value and its date (NaN and the zero
// time when there is none).
func (s Series) LastValid() (float64, time.Time) {
	for i := len(s.Values) - 1; i >= 0; i-- {
		if !math.IsNaN(s.Values[i]) {
			return s.Values[i], s.Dates[i]
		}
	}
	return math.NaN(), time.Time{}
}

// keep returns the observations whose index keep accepts.
func (s Series) keep(keep func(i int) bool) Series {
	idx := make([]int, 0, len(s.Dates))
	for i := range s.Dates {
		if keep(i) {
			idx = append(idx, i)
		}
	}
	return s.take(idx)
}

// take returns the observations at the given increasing indices.
func (s Series) take(idx []int) Series {
	dates := make([]time.Time, len(idx))
	v := make([]float64, len(idx))
	var why []Reason
	if s.Why != nil {
		why = make([]Reason, len(idx))
	}
	for j, i := range idx {
		dates[j], v[j] = s.Dates[i], s.Values[i]
		if why != nil {
			why[j] = s.Why[i]
		}
	}
	s.Dates, s.Values, s.Why = dates, v, dropOK(why)
	return s
}
