// Package progress defines the callback that long-running sbcorr estimators
// (Monte Carlo, bootstrap, rolling fits) accept to report how far they are,
// so that they can drive a progress bar without importing any display code.
// A notebook gets one from plotting/nb.Progress; nil means "do not report".
package progress

// Func is called with the number of completed steps and the total number of
// steps (0 <= done <= total). Callers may call it as often as they like;
// implementations must be cheap or throttle themselves. A nil Func is
// valid and does nothing when called through Report.
type Func func(done, total int)

// Report calls f(done, total) when f is not nil, so estimators can write
// progress.Report(f, i, n) without a nil check.
func Report(f Func, done, total int) {
	if f != nil {
		f(done, total)
	}
}
