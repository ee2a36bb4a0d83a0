package series

import (
	"fmt"
	"math"
	"time"

	"github.com/stockbond/sbcorr/internal/must"
)

// ResampleLast returns, for each week, month, quarter or year (freq), the
// last non-missing observation of s in that period, dated at that
// observation (a month whose last trading day is the 29th is dated the
// 29th): the "month-end" sampling of daily prices and yields. Periods
// without a value are omitted, and the result's frequency is freq, so a
// return computed afterwards across an omitted period is NaN with reason
// SpansGap instead of a two-month return. The last period may be partial
// (a file ending on 3 January gives a January "month end" on the 3rd). It
// panics for a frequency without calendar periods (Daily, Intraday).
func (s Series) ResampleLast(freq Freq) Series {
	s.check("ResampleLast")
	return Frame{Dates: s.Dates, Cols: []Series{s}}.ResampleLast(freq).Cols[0]
}

// ResampleLast returns, for each period of frequency freq, the last row in
// which every column has a value, dated at that row: the last JOINT
// observation of each period (the paper's month-end stock and bond
// observations on the same day). See ResampleLastEach for month ends
// taken per series.
func (f Frame) ResampleLast(freq Freq) Frame {
	checkPeriodic("Frame.ResampleLast", freq)
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

// ResampleLastEach returns, for each period of frequency freq, the last
// non-missing value of EACH column in that period, on one row dated at the
// latest of those observations. Unlike ResampleLast, a column's month end
// may then be a day earlier than another's (a bond-market holiday on the
// last stock-trading day); a column without any value in the period is NaN
// (reason Missing). Periods where no column has a value are omitted.
func (f Frame) ResampleLastEach(freq Freq) Frame {
	checkPeriodic("Frame.ResampleLastEach", freq)
	var dates []time.Time
	cols := make([][]float64, len(f.Cols))
	whys := make([][]Reason, len(f.Cols))
	start := 0
	for i := range f.Dates {
		if i+1 < len(f.Dates) && PeriodStart(f.Dates[i+1], freq).Equal(PeriodStart(f.Dates[i], freq)) {
			continue
		}
		// rows start..i form one period
		last, any := time.Time{}, false
		for k, c := range f.Cols {
			v, why := math.NaN(), Missing
			for j := i; j >= start; j-- {
				if !math.IsNaN(c.Values[j]) {
					v, why = c.Values[j], OK
					if f.Dates[j].After(last) {
						last = f.Dates[j]
					}
					any = true
					break
				}
			}
			cols[k], whys[k] = append(cols[k], v), append(whys[k], why)
		}
		if !any {
			for k := range cols {
				cols[k], whys[k] = cols[k][:len(cols[k])-1], whys[k][:len(whys[k])-1]
			}
		} else {
			dates = append(dates, last)
		}
		start = i + 1
	}
	out := Frame{Dates: dates, Cols: make([]Series, len(f.Cols))}
	for k, c := range f.Cols {
		c.Dates, c.Values, c.Why, c.Freq = dates, cols[k], dropOK(whys[k]), freq
		out.Cols[k] = c
	}
	return out
}

// dropOK returns nil when every reason is OK.
func dropOK(why []Reason) []Reason {
	for _, r := range why {
		if r != OK {
			return why
		}
	}
	return nil
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
	// AggLast is the last value of the period (the values of ResampleLast,
	// but dated at PeriodStart).
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

// Aggregate reduces s to one value per calendar period of frequency freq
// (weekly, monthly, quarterly, annual), dated at PeriodStart, the FRED
// convention for monthly averages (so the result joins with H.15 monthly
// and Shiller files). agg sees the period's non-missing values only; a
// period whose values are all missing gives NaN (reason Missing), an agg
// result that is NaN or infinite (a compounded return beyond the float64
// range) gives NaN (reason Undefined), and a period without rows is
// omitted (a later change across it spans a gap). It panics when agg is
// nil or freq has no periods (Daily, Intraday, unknown).
func (s Series) Aggregate(freq Freq, agg Agg) Series {
	s.check("Aggregate")
	must.NotNil("series: Aggregate", "agg", agg)
	checkPeriodic("Aggregate", freq)
	var dates []time.Time
	var vals []float64
	var why []Reason
	var buf []float64
	flush := func() {
		if len(buf) == 0 {
			vals, why = append(vals, math.NaN()), append(why, Missing)
		} else {
			v, r := aggregate(agg, buf)
			vals, why = append(vals, v), append(why, r)
		}
		buf = buf[:0]
	}
	for i, d := range s.Dates {
		p := PeriodStart(d, freq)
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
	s.Dates, s.Values, s.Why, s.Freq = dates, vals, dropOK(why), freq
	return s
}

// aggregate returns agg(v), or NaN with reason Undefined when agg gives NaN
// or an infinity (a compounded return beyond the float64 range), as
// Changes does.
func aggregate(agg Agg, v []float64) (float64, Reason) {
	if x := agg(v); !math.IsNaN(x) && !math.IsInf(x, 0) {
		return x, OK
	}
	return math.NaN(), Undefined
}

// checkPeriodic panics, naming fn, unless freq has calendar periods
// (weekly, monthly, quarterly, annual): the frequencies PeriodStart
// accepts. It is checked before any row is read, so that a frame with one
// row, or none, panics as well.
func checkPeriodic(fn string, freq Freq) {
	switch freq {
	case Weekly, Monthly, Quarterly, Annual:
		return
	}
	panic(fmt.Sprintf("series: %s: frequency %q has no calendar periods", fn, freq))
}
