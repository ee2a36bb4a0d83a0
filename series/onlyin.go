package series

import (
	"fmt"
	"math"
	"time"
)

// OnlyIn returns the observations of a that have a value at a date where b
// has none (b has no observation at that date, or a NaN): the days the
// stock market trades and the bond market does not (OnlyIn(stock,
// yield)), or the other way round. The result keeps a's name, unit,
// frequency and provenance.
func OnlyIn(a, b Series) Series {
	a.check("OnlyIn")
	b.check("OnlyIn")
	has := make(map[time.Time]bool, len(b.Dates))
	for i, d := range b.Dates {
		if !math.IsNaN(b.Values[i]) {
			has[d] = true
		}
	}
	return a.keep(func(i int) bool { return !math.IsNaN(a.Values[i]) && !has[a.Dates[i]] })
}

// AsOf returns s sampled at the given increasing dates: at each date the
// value of the last observation of s dated at or before it (see At), e.g. a
// monthly 0/1 recession indicator dated on the 1st of the month, read on
// the days of a daily series. A date before the first observation, or
// whose value as of then is missing, gives NaN (reason Missing, or the
// reason of that observation). The result has s's name, unit and
// provenance, no frequency (set it with AtFreq). It panics when the dates
// do not increase.
func (s Series) AsOf(dates []time.Time) Series {
	s.check("AsOf")
	out := Series{Name: s.Name, Unit: s.Unit, Dates: dates, Values: make([]float64, len(dates)), Prov: s.Prov}
	out.check("AsOf")
	var why []Reason
	for i, d := range dates {
		j := s.Index(d)
		if j >= 0 && !math.IsNaN(s.Values[j]) {
			out.Values[i] = s.Values[j]
			continue
		}
		if why == nil {
			why = make([]Reason, len(dates))
		}
		out.Values[i], why[i] = math.NaN(), Missing
		if j >= 0 {
			why[i] = s.Reason(j)
		}
	}
	out.Why = why
	return out
}

// AddDate returns s with every date moved by years, months and days as
// time.Time.AddDate moves it, e.g. AddDate(0, 0, 14) draws monthly
// averages dated on the 1st in the middle of their month. Values, name,
// unit, frequency and provenance are unchanged. It panics when the moved
// dates no longer increase (moving by months can map two days onto one:
// 29 and 31 January plus one month).
func (s Series) AddDate(years, months, days int) Series {
	s.check("AddDate")
	dates := make([]time.Time, len(s.Dates))
	for i, d := range s.Dates {
		dates[i] = d.AddDate(years, months, days)
		if i > 0 && !dates[i].After(dates[i-1]) {
			panic(fmt.Sprintf("series: AddDate: %q: %s and %s both move to %s", s.Name,
				s.Dates[i-1].Format(time.DateOnly), d.Format(time.DateOnly), dates[i].Format(time.DateOnly)))
		}
	}
	s.Dates = dates
	return s
}
