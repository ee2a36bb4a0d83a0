package series

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// OnDates returns s on another calendar: at each of dates, the value of
// the observation of s that falls in the same period of s's frequency
// (its month for Monthly, its quarter for Quarterly, its ISO week for
// Weekly, its year for Annual), so that quarterly GDP growth can stand
// beside a monthly series, every month taking its quarter's value (the
// growth factors of Portelli & Roncalli 2024, section 3.4.3). For a Daily,
// Intraday or unknown frequency a date takes the observation at the same
// instant. A date whose period holds no observation of s is NaN with
// reason Missing; a NaN of s keeps its reason.
//
// The result has the given dates, s's name, unit and provenance, and an
// unknown frequency (label it with AtFreq). It panics when dates do not
// increase, or when s has two observations in one period (resample it
// first).
func (s Series) OnDates(dates []time.Time) Series {
	s.check("OnDates")
	for i := 1; i < len(dates); i++ {
		if !dates[i].After(dates[i-1]) {
			panic(fmt.Sprintf("series: OnDates: dates not increasing at %s", dates[i].Format(time.DateOnly)))
		}
	}
	key := func(t time.Time) time.Time { return t }
	if slices.Contains([]Freq{Weekly, Monthly, Quarterly, Annual}, s.Freq) {
		key = func(t time.Time) time.Time { return PeriodStart(t, s.Freq) }
	}
	for i := 1; i < s.Len(); i++ {
		if key(s.Dates[i]).Equal(key(s.Dates[i-1])) {
			panic(fmt.Sprintf("series: OnDates: %s and %s of %q fall in the same %s period", s.Dates[i-1].Format(time.DateOnly),
				s.Dates[i].Format(time.DateOnly), s.Name, s.Freq))
		}
	}
	out := Series{Name: s.Name, Unit: s.Unit, Dates: dates, Values: make([]float64, len(dates)),
		Why: make([]Reason, len(dates)), Prov: s.Prov}
	j := 0
	for i, d := range dates {
		k := key(d)
		for j < s.Len() && key(s.Dates[j]).Before(k) {
			j++
		}
		if j < s.Len() && key(s.Dates[j]).Equal(k) {
			out.Values[i], out.Why[i] = s.Values[j], s.Reason(j)
			continue
		}
		out.Values[i], out.Why[i] = math.NaN(), Missing
	}
	return out
}
