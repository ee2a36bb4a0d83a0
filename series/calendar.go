package series

import (
	"fmt"
	"math"
	"time"
)

// MaxDailyGap is the longest calendar span, in days, between two
// consecutive observations of a Daily series that still counts as one
// step: 7 days covers weekends, holidays and the longest market closure
// since 1933 (11-17 September 2001). Longer spans (a file's missing years,
// the March 1933 bank holiday) are gaps, and a change across them is NaN
// with reason SpansGap.
const MaxDailyGap = 7

// PeriodStart returns the first calendar day (UTC midnight) of the period
// of frequency f containing t: the Monday of its ISO week, the 1st of its
// month, quarter or year. It panics for Daily, Intraday and an unknown
// frequency.
func PeriodStart(t time.Time, f Freq) time.Time {
	y, m, d := t.Date()
	switch f {
	case Weekly:
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		return Date(y, m, d-wd)
	case Monthly:
		return Date(y, m, 1)
	case Quarterly:
		return Date(y, m-(m-1)%3, 1)
	case Annual:
		return Date(y, 1, 1)
	}
	panic(fmt.Sprintf("series: PeriodStart: no calendar period for frequency %q", f))
}

// nextPeriod returns the start of the period after the one starting at p.
func nextPeriod(p time.Time, f Freq) time.Time {
	switch f {
	case Weekly:
		return p.AddDate(0, 0, 7)
	case Monthly:
		return p.AddDate(0, 1, 0)
	case Quarterly:
		return p.AddDate(0, 3, 0)
	}
	return p.AddDate(1, 0, 0) // Annual
}

// Adjacent reports whether observations i-1 and i of s are one step apart
// at the series' frequency, so that a return or a change between them is
// a return over one period:
//
//   - Weekly, Monthly, Quarterly, Annual: they fall in consecutive calendar
//     periods (a month without an observation is a gap);
//   - Daily: at most MaxDailyGap calendar days apart;
//   - Intraday: on the same calendar day in the dates' location (the step
//     from one session's last bar to the next session's first bar is an
//     overnight return, not a bar return);
//   - unknown frequency: always adjacent.
//
// It panics unless 1 <= i < s.Len().
func (s Series) Adjacent(i int) bool {
	if i < 1 || i >= len(s.Dates) {
		panic(fmt.Sprintf("series: Adjacent: index %d outside [1, %d)", i, len(s.Dates)))
	}
	a, b := s.Dates[i-1], s.Dates[i]
	switch s.Freq {
	case Weekly, Monthly, Quarterly, Annual:
		return nextPeriod(PeriodStart(a, s.Freq), s.Freq).Equal(PeriodStart(b, s.Freq))
	case Daily:
		return !b.After(a.AddDate(0, 0, MaxDailyGap))
	case Intraday:
		ya, ma, da := a.Date()
		yb, mb, db := b.Date()
		return ya == yb && ma == mb && da == db
	}
	return true
}

// Gaps returns the indices i at which observation i does not follow
// observation i-1 by one step (see Adjacent), so a caller can report the
// missing periods instead of silently spanning them.
func (s Series) Gaps() []int {
	s.check("Gaps")
	var out []int
	for i := 1; i < len(s.Dates); i++ {
		if !s.Adjacent(i) {
			out = append(out, i)
		}
	}
	return out
}

// AtPeriodStart returns s with every date moved to the start of its period
// of frequency f (see PeriodStart), e.g. month-end observations dated on
// the 1st so that they join monthly macro series dated on the 1st. It
// panics when two observations fall in the same period.
func (s Series) AtPeriodStart(f Freq) Series {
	s.check("AtPeriodStart")
	dates := make([]time.Time, len(s.Dates))
	for i, d := range s.Dates {
		dates[i] = PeriodStart(d, f)
		if i > 0 && !dates[i].After(dates[i-1]) {
			panic(fmt.Sprintf("series: AtPeriodStart: %s and %s of %q fall in the same %s period",
				s.Dates[i-1].Format(time.DateOnly), d.Format(time.DateOnly), s.Name, f))
		}
	}
	s.Dates, s.Freq = dates, f
	return s
}

// FlagPeriods turns a 0/1 indicator series (FRED's USREC NBER recession
// dummy, 1 in recession months) into the periods where it is 1: each
// maximal run of 1s gives one Period from the date of its first 1 to the
// date of the next observation (so a monthly flag covers its whole month),
// or to the last date at the end of the series. NaN counts as 0. It returns
// an error naming the date for a value other than 0, 1 or NaN.
func (s Series) FlagPeriods() ([]Period, error) {
	s.check("FlagPeriods")
	var out []Period
	open := -1
	for i, f := range s.Values {
		if !(f == 0 || f == 1 || math.IsNaN(f)) {
			return nil, fmt.Errorf("series: FlagPeriods: %q is %v at %s, not 0 or 1", s.Name, f, s.Dates[i].Format(time.DateOnly))
		}
		on := f == 1
		switch {
		case on && open < 0:
			open = i
		case !on && open >= 0:
			out = append(out, Period{From: s.Dates[open], To: s.Dates[i]})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, Period{From: s.Dates[open], To: s.Dates[len(s.Dates)-1]})
	}
	return out, nil
}

// MonthsBetween returns the signed number of calendar months from a to b
// (days ignored): MonthsBetween(April 2001, August 2001) is 4. It measures
// how far a turning point we date lies from the month a source prints.
func MonthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}
