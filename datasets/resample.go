package datasets

import (
	"fmt"
	"math"
	"time"
)

// PeriodStart returns the first calendar day (UTC midnight) of the period
// of frequency f containing t: the Monday of its ISO week, the 1st of its
// month, quarter or year. It panics for Daily and Intraday.
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
	panic(fmt.Sprintf("sbcorr: datasets.PeriodStart: cannot resample to %q", f))
}

// ResampleLast returns, for each week, month, quarter or year (f), the
// last non-missing observation of s in that period, dated at that
// observation (so a month whose last trading day is the 29th is dated the
// 29th). Periods without any value are omitted. This is the "month-end"
// (or week-end) sampling of daily prices and yields.
func (s Series) ResampleLast(f Freq) Series {
	s.check("ResampleLast")
	f2 := Frame{Dates: s.Dates, Cols: []Series{s}}.ResampleLast(f)
	return f2.Cols[0]
}

// ResampleLast returns, for each period of frequency f, the last row in
// which every column has a value, dated at that row. On a frame built with
// InnerJoin(...).DropNaN() this is the last joint observation of each
// period.
func (f Frame) ResampleLast(freq Freq) Frame {
	var idx []int
	for i := range f.Dates {
		if !f.complete(i) {
			continue
		}
		if n := len(idx); n > 0 && PeriodStart(f.Dates[idx[n-1]], freq).Equal(PeriodStart(f.Dates[i], freq)) {
			idx[n-1] = i
		} else {
			idx = append(idx, i)
		}
	}
	out := f.take(idx)
	for i := range out.Cols {
		out.Cols[i].Freq = freq
	}
	return out
}

// complete reports whether row i has a value in every column.
func (f Frame) complete(i int) bool {
	for _, c := range f.Cols {
		if math.IsNaN(c.Values[i]) {
			return false
		}
	}
	return true
}

// Agg reduces the non-missing values of one period to one number.
type Agg func(v []float64) float64

// Aggregates for Series.Aggregate. Each receives the non-missing values of
// one period, in date order, never an empty slice; the result is in the
// unit of the series (AggCompound: decimal returns in, decimal return out).
var (
	// AggMean is the arithmetic mean (monthly averages as in H.15 GS10).
	AggMean Agg = func(v []float64) float64 { return AggSum(v) / float64(len(v)) }
	// AggSum is the sum (e.g. log returns over a period).
	AggSum Agg = func(v []float64) float64 {
		s := 0.0
		for _, x := range v {
			s += x
		}
		return s
	}
	// AggFirst is the first value of the period.
	AggFirst Agg = func(v []float64) float64 { return v[0] }
	// AggLast is the last value of the period (the values of
	// ResampleLast, but dated at PeriodStart).
	AggLast Agg = func(v []float64) float64 { return v[len(v)-1] }
	// AggCompound compounds simple returns: prod(1+r) - 1.
	AggCompound Agg = func(v []float64) float64 {
		p := 1.0
		for _, x := range v {
			p *= 1 + x
		}
		return p - 1
	}
)

// Aggregate reduces s to one value per calendar period of frequency f
// (weekly, monthly, quarterly, annual), dated at PeriodStart, the FRED
// convention for monthly averages (so the result joins with H.15 monthly
// and Shiller files). agg sees the period's non-missing values only; a
// period whose values are all missing gives NaN, and a period without rows
// is omitted.
func (s Series) Aggregate(f Freq, agg Agg) Series {
	s.check("Aggregate")
	var dates []time.Time
	var vals []float64
	var buf []float64
	flush := func() {
		if len(buf) == 0 {
			vals = append(vals, math.NaN())
		} else {
			vals = append(vals, agg(buf))
		}
		buf = buf[:0]
	}
	for i, d := range s.Dates {
		p := PeriodStart(d, f)
		if len(dates) == 0 || !dates[len(dates)-1].Equal(p) {
			if len(dates) > 0 {
				flush()
			}
			dates = append(dates, p)
		}
		if v := s.Values[i]; !math.IsNaN(v) {
			buf = append(buf, v)
		}
	}
	if len(dates) > 0 {
		flush()
	}
	out := s.withValues(vals)
	out.Dates, out.Freq = dates, f
	return out
}
