// Package series is the toolkit's one dated time-series type: a Series
// (dates, values, name, unit, frequency, the reason of each NaN, and the
// files it came from) and a Frame (several series on one calendar). It is
// a leaf package: datasets returns series, the dated estimators of
// sbcorr/dated take and return them, and plotting draws them, while the
// estimators themselves keep their plain-slice core.
//
// # Usage map
//
//	s := series.New("x", dates, values)       // or fill the struct; Unit, Freq optional
//	s.Years(1990, 2024)                       // selection by calendar years; s.In(p), s.Between(from, to)
//	s.At(series.Date(2024, 12, 31))           // value as of a date
//	x, y := series.Align(a, b)                // joint dates where both have a value
//	f := series.InnerJoin(a, b, c).DropNaN()  // several series; OuterJoin keeps every date
//	m := s.ResampleLast(series.Monthly)       // month ends (f.ResampleLast: joint month ends)
//	r := m.SimpleReturns()                    // LogReturns, Diff, Change(h), Changes(unit, f)
//	rho := x.WithValues(sbcorr.RollingCorr(x.Values, y.Values, 48, 48)) // estimator output back on its dates
//	sum := s.Summary()                        // N, mean, std, quantiles, min/max and their dates
//
// # Gaps
//
// A series knows its frequency, so it knows when two consecutive
// observations are not one step apart (Adjacent): a month without data, the
// 2002-2006 hole of the 30-year Treasury yield, a session break in
// intraday bars. A return or change across such a gap is NaN with reason
// SpansGap instead of silently spanning it; Gaps lists them. NaN values
// carry their reason in Why (Reason: Missing, SpansGap, Undefined, TooFew,
// ...), and selections, joins and resampling keep it.
//
// # Errors
//
// Mismatched lengths, non-increasing dates and impossible arguments are
// programmer errors and panic with "series: Func: ..."; undefined values
// are NaN with a reason, never an error.
package series
