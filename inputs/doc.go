// Package inputs returns, in one call, the aligned, decimal, dated inputs
// of each exhibit of the sources: the layer between the data files
// (package datasets) and the estimators, so that a notebook cell starts
// from the paper's variables instead of from files.
//
//	us, err := inputs.US(series.Monthly, 10) // S&P 500 and 10-year bond returns, month ends
//	us.Stock, us.Bond, us.Yield              // dated series on one calendar, decimals
//
// Every function reads the data folder located by datasets (SBCORR_DATA,
// then the download cache) and returns an error wrapping
// datasets.ErrNoData when a file is missing; nb.Data turns that into a
// "data not found, section skipped" line in a notebook. US falls back to
// the offline synthetic sample (datasets.SampleStockBondDaily) when the
// real S&P 500 and 10-year files are missing, unless SBCORR_REQUIRE_DATA=1:
// Pair.Synthetic is then true and Pair.Notice says so.
//
// Returns are computed on the full history before any period is cut
// (Pair.In), so a return dated on the first day of a period keeps its start
// in the previous one; returns that would span a missing period are NaN
// with reason series.SpansGap (see series.Series.Changes).
package inputs
