package datasets

import (
	"math"
	"time"
)

// Between returns the observations with from <= date <= to. A zero from
// or to leaves that side open. Bounds are instants: for intraday bars,
// to = Date(y, m, d) stops at midnight UTC of that day, so pass the next
// day to include a whole session.
func (s Series) Between(from, to time.Time) Series {
	s.check("Between")
	return s.filter(func(i int) bool { return inRange(s.Dates[i], from, to) })
}

// inRange reports from <= d <= to, a zero bound being open.
func inRange(d, from, to time.Time) bool {
	return (from.IsZero() || !d.Before(from)) && (to.IsZero() || !d.After(to))
}

// DropNaN returns the series without its missing observations.
func (s Series) DropNaN() Series {
	s.check("DropNaN")
	return s.filter(func(i int) bool { return !math.IsNaN(s.Values[i]) })
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

// MissingDates returns the dates whose value is missing, so a caller can
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

// filter keeps the observations whose index keep accepts.
func (s Series) filter(keep func(i int) bool) Series {
	f := Frame{Dates: s.Dates, Cols: []Series{s}}.rows(keep)
	return f.Cols[0]
}

// Period is a closed date range with a label, e.g. the paper's sub-samples.
type Period struct {
	Name     string
	From, To time.Time
}

// The sub-samples of Portelli & Roncalli (2024), section 3.1: positive
// stock-bond correlation in 1980-1999, negative in 2000-2019.
var (
	Period1980to1999 = Period{Name: "1980-1999", From: Date(1980, 1, 1), To: Date(1999, 12, 31)}
	Period2000to2019 = Period{Name: "2000-2019", From: Date(2000, 1, 1), To: Date(2019, 12, 31)}
)

// In returns the part of s inside the period (dates inclusive).
func (s Series) In(p Period) Series { return s.Between(p.From, p.To) }
