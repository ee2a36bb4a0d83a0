package series

import (
	"fmt"
	"math"
	"path/filepath"
	"time"
)

// Unit names the unit of a series' values. Yields, returns, volatilities
// and correlations are decimals in code (0.0425 for 4.25%); files are read
// in their own unit (UnitPercent for FRED yields) and converted with
// PercentToDecimal.
type Unit string

// Units of the series the toolkit reads and computes.
const (
	UnitDecimal Unit = "decimal"       // 0.0425 means 4.25%
	UnitPercent Unit = "percent"       // 4.25 means 4.25%
	UnitIndex   Unit = "index points"  // price index level, e.g. S&P 500
	UnitPrice   Unit = "price"         // a traded price in its currency
	UnitVolume  Unit = "shares"        // traded volume
	UnitUSDBn   Unit = "USD bn"        // billions of US dollars (GDP)
	UnitFlag    Unit = "0/1"           // indicator series (USREC)
	UnitYears   Unit = "years"         // a duration or maturity
	UnitOther   Unit = "see catalogue" // documented per series
)

// Freq is the sampling frequency of a series. It decides which consecutive
// observations are adjacent (see Series.Adjacent): a return between two
// observations that are not is NaN with reason SpansGap.
type Freq string

// Frequencies. The zero Freq ("") means unknown: no gap is detected.
const (
	Intraday  Freq = "intraday"
	Daily     Freq = "daily"
	Weekly    Freq = "weekly"
	Monthly   Freq = "monthly"
	Quarterly Freq = "quarterly"
	Annual    Freq = "annual"
)

// Provenance records where a series comes from so that notebooks and
// reports can print the exact data version they used.
type Provenance struct {
	File   string    // path of the file read (absolute when loaded from disk; the name given to a Parse function)
	SHA256 string    // hex sha256 of the file's bytes; "" for data parsed from a reader and for the synthetic sample
	First  time.Time // first date in the file (UTC midnight; bar start in New York time for intraday files)
	Last   time.Time // last date in the file
	Rows   int       // data rows in the file (header, blank and text lines excluded; one table for Ken French)
	Source string    // public URL of the publisher's download (set by datasets.Load), or a description
}

// String prints the provenance on one line, e.g.
// "GSPC_daily.csv sha256:1460863580f2 24369 rows 1927-12-30..2025-01-03",
// with the file's base name and a 12-character sha256 prefix.
func (p Provenance) String() string {
	sha := p.SHA256
	if len(sha) > 12 {
		sha = sha[:12]
	}
	return fmt.Sprintf("%s sha256:%s %d rows %s..%s", filepath.Base(p.File), sha, p.Rows,
		p.First.Format(time.DateOnly), p.Last.Format(time.DateOnly))
}

// Series is a dated sequence of float64 values: the one time-series type
// of the toolkit. Loaders return it, dated estimators (package
// sbcorr/dated) take and return it, and charts draw it.
//
// Dates are calendar dates at UTC midnight (intraday series keep their
// instant, e.g. Stooq bars in America/New_York), strictly increasing.
// Values has the same length as Dates; a missing or undefined value is NaN
// (never 0). Why, when not nil, has the same length and says why each NaN
// is NaN (OK where the value is defined); a nil Why means no reason is
// known. Prov lists the files the series was built from: one entry for a
// single file, several for a splice or a computation on several inputs.
//
// Operations return new series and never modify their receiver; Dates
// slices may be shared between series derived from one another, so treat
// them as read-only.
type Series struct {
	Name   string
	Unit   Unit
	Freq   Freq
	Dates  []time.Time
	Values []float64
	Why    []Reason
	Prov   []Provenance
}

// New returns a series named name with the given dates and values (not
// copied), no unit and no frequency (set them with InUnit and AtFreq, or
// fill the struct directly). It panics when the lengths differ or the
// dates do not increase (a programmer error).
func New(name string, dates []time.Time, values []float64) Series {
	s := Series{Name: name, Dates: dates, Values: values}
	s.check("New")
	return s
}

// Len returns the number of observations (missing ones included).
func (s Series) Len() int { return len(s.Values) }

// First returns the first date, or the zero time for an empty series.
func (s Series) First() time.Time {
	if len(s.Dates) == 0 {
		return time.Time{}
	}
	return s.Dates[0]
}

// Last returns the last date, or the zero time for an empty series.
func (s Series) Last() time.Time {
	if len(s.Dates) == 0 {
		return time.Time{}
	}
	return s.Dates[len(s.Dates)-1]
}

// Floats returns a copy of the values as a plain []float64 for estimators
// (gonum/stat and sbcorr work on plain slices). Missing values stay NaN.
func (s Series) Floats() []float64 {
	return append([]float64(nil), s.Values...)
}

// Named returns the series with another name.
func (s Series) Named(name string) Series {
	s.Name = name
	return s
}

// InUnit returns the series labelled with another unit (values unchanged;
// use Scale or PercentToDecimal to convert).
func (s Series) InUnit(u Unit) Series {
	s.Unit = u
	return s
}

// AtFreq returns the series labelled with frequency f (dates unchanged).
func (s Series) AtFreq(f Freq) Series {
	s.Freq = f
	return s
}

// Reason returns why the value at index i is NaN: Why[i] when known, OK
// for a defined value, Missing for a NaN without a recorded reason. It
// panics when i is out of range.
func (s Series) Reason(i int) Reason {
	if i < 0 || i >= len(s.Values) {
		panic(fmt.Sprintf("series: Reason: index %d out of range [0, %d)", i, len(s.Values)))
	}
	switch {
	case s.Why != nil && s.Why[i] != OK:
		return s.Why[i]
	case math.IsNaN(s.Values[i]):
		return Missing
	}
	return OK
}

// check panics when Dates, Values and Why lengths differ or dates do not
// increase; it guards the operations against hand-built series.
func (s Series) check(fn string) {
	if len(s.Dates) != len(s.Values) {
		panic(fmt.Sprintf("series: %s: series %q has %d dates and %d values", fn, s.Name, len(s.Dates), len(s.Values)))
	}
	if s.Why != nil && len(s.Why) != len(s.Values) {
		panic(fmt.Sprintf("series: %s: series %q has %d values and %d reasons", fn, s.Name, len(s.Values), len(s.Why)))
	}
	for i := 1; i < len(s.Dates); i++ {
		if !s.Dates[i].After(s.Dates[i-1]) {
			panic(fmt.Sprintf("series: %s: series %q dates not increasing at %s", fn, s.Name, s.Dates[i].Format(time.DateOnly)))
		}
	}
}

// Date returns the calendar date y-m-d at UTC midnight, the convention of
// every daily, monthly and annual date in the toolkit.
func Date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
