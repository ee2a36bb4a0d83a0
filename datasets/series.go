package datasets

import (
	"math"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// The dated series type and its vocabulary live in package series; these
// names keep the parsers and loaders of this package short while the
// callers move to series.
type (
	// Series is series.Series.
	Series = series.Series
	// Frame is series.Frame.
	Frame = series.Frame
	// Unit is series.Unit.
	Unit = series.Unit
	// Freq is series.Freq.
	Freq = series.Freq
	// Provenance is series.Provenance.
	Provenance = series.Provenance
	// Period is series.Period.
	Period = series.Period
)

// Units (see series.Unit).
const (
	UnitDecimal = series.UnitDecimal
	UnitPercent = series.UnitPercent
	UnitIndex   = series.UnitIndex
	UnitPrice   = series.UnitPrice
	UnitVolume  = series.UnitVolume
	UnitUSDBn   = series.UnitUSDBn
	UnitFlag    = series.UnitFlag
	UnitOther   = series.UnitOther
)

// Frequencies (see series.Freq).
const (
	Intraday  = series.Intraday
	Daily     = series.Daily
	Weekly    = series.Weekly
	Monthly   = series.Monthly
	Quarterly = series.Quarterly
	Annual    = series.Annual
)

// The paper's sub-samples (see series.Period1980to1999).
var (
	Period1980to1999 = series.Period1980to1999
	Period2000to2019 = series.Period2000to2019
)

// Date is series.Date.
func Date(y int, m time.Month, d int) time.Time { return series.Date(y, m, d) }

// InnerJoin is series.InnerJoin.
func InnerJoin(ss ...Series) Frame { return series.InnerJoin(ss...) }

// OuterJoin is series.OuterJoin.
func OuterJoin(ss ...Series) Frame { return series.OuterJoin(ss...) }

// PeriodStart is series.PeriodStart.
func PeriodStart(t time.Time, f Freq) time.Time { return series.PeriodStart(t, f) }

// Aggregates (see series.Agg).
var (
	AggMean     = series.AggMean
	AggSum      = series.AggSum
	AggFirst    = series.AggFirst
	AggLast     = series.AggLast
	AggCompound = series.AggCompound
)

// frameOf wraps series that already share one calendar.
func frameOf(dates []time.Time, cols []Series) Frame { return series.NewFrame(dates, cols...) }

// nan64 returns NaN, the missing value.
func nan64() float64 { return math.NaN() }
