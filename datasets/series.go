package datasets

import (
	"fmt"
	"math"
	"path/filepath"
	"time"
)

// Unit names the unit of a series' values. Yields and returns are decimals
// in code (0.0425 for 4.25%); the parsers return the unit of the file
// (UnitPercent for FRED yields) and the builders convert, stating so.
type Unit string

// Units used by the parsers and builders.
const (
	UnitDecimal Unit = "decimal"       // 0.0425 means 4.25%
	UnitPercent Unit = "percent"       // 4.25 means 4.25%
	UnitIndex   Unit = "index points"  // price index level, e.g. S&P 500
	UnitPrice   Unit = "price"         // a traded price in its currency
	UnitVolume  Unit = "shares"        // traded volume
	UnitUSDBn   Unit = "USD bn"        // billions of US dollars (GDP)
	UnitFlag    Unit = "0/1"           // indicator series (USREC)
	UnitOther   Unit = "see catalogue" // documented per series
)

// Freq is the sampling frequency of a series.
type Freq string

// Frequencies.
const (
	Intraday  Freq = "intraday"
	Daily     Freq = "daily"
	Weekly    Freq = "weekly"
	Monthly   Freq = "monthly"
	Quarterly Freq = "quarterly"
	Annual    Freq = "annual"
)

// Provenance records where a series comes from so that notebooks can print
// the exact data version they used.
type Provenance struct {
	File   string    // path of the file read (absolute when loaded from disk; the name given to a Parse function)
	SHA256 string    // hex sha256 of the file's bytes; "" for Parse* from a reader and for the synthetic sample
	First  time.Time // first date in the file (UTC midnight; bar start in New York time for intraday files)
	Last   time.Time // last date in the file
	Rows   int       // data rows in the file (header, blank and text lines excluded; one table for Ken French)
	Source string    // public URL of the publisher's download (set by Load), or a description
}

// Series is a dated sequence of float64 values.
//
// Dates are calendar dates at UTC midnight (intraday series keep their
// instant: Stooq bars are in America/New_York), strictly increasing. Values has the same length as
// Dates; a missing value is NaN (never 0). Prov lists the files the series
// was built from: one entry for a single file, several for a splice.
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
	Prov   []Provenance
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
// (gonum/stat and sbcorr work on plain slices). Missing values stay NaN:
// call DropNaN (or Frame.DropNaN for aligned series) first when the
// estimator does not accept them.
func (s Series) Floats() []float64 {
	return append([]float64(nil), s.Values...)
}

// Scale returns the series with every value multiplied by k and the given
// unit, e.g. s.Scale(0.01, UnitDecimal) turns percent into decimals.
func (s Series) Scale(k float64, unit Unit) Series {
	out := s.withValues(make([]float64, len(s.Values)))
	for i, v := range s.Values {
		out.Values[i] = v * k
	}
	out.Unit = unit
	return out
}

// PercentToDecimal returns the series divided by 100 with UnitDecimal
// (4.25 -> 0.0425). The result is within one unit in the last place of
// the decimal written in the file (0.93/100 = 0.009300000000000001).
func (s Series) PercentToDecimal() Series {
	out := s.withValues(make([]float64, len(s.Values)))
	for i, v := range s.Values {
		out.Values[i] = v / 100
	}
	out.Unit = UnitDecimal
	return out
}

// withValues returns a copy of s's metadata and dates with new values.
func (s Series) withValues(v []float64) Series {
	s.Values = v
	return s
}

// check panics when Dates and Values lengths differ or dates do not
// increase; it guards the operations against hand-built series.
func (s Series) check(fn string) {
	if len(s.Dates) != len(s.Values) {
		panic(fmt.Sprintf("sbcorr: datasets.%s: series %q has %d dates and %d values", fn, s.Name, len(s.Dates), len(s.Values)))
	}
	for i := 1; i < len(s.Dates); i++ {
		if !s.Dates[i].After(s.Dates[i-1]) {
			panic(fmt.Sprintf("sbcorr: datasets.%s: series %q dates not increasing at %s", fn, s.Name, s.Dates[i].Format(time.DateOnly)))
		}
	}
}

// isMissing reports whether v is a missing value (NaN).
func isMissing(v float64) bool { return math.IsNaN(v) }

// Date returns the calendar date y-m-d at UTC midnight, the convention used
// for every daily, monthly and annual date in this package.
func Date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// nan64 returns NaN, the missing value.
func nan64() float64 { return math.NaN() }

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
