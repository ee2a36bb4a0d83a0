package series

// Reason says why a value of a series is NaN. Functions returning a series
// (returns, rolling and EWMA estimators, realized correlations) never
// return an error for data problems: they put NaN at the dates where the
// value is undefined and record the Reason in Series.Why; the plain-slice
// estimators of package sbcorr return the same Reasons from their
// companion functions (RollingWhy, EWMAWhy, ...). A window holding a NaN is
// NaNInWindow even when it also holds an infinite value.
type Reason uint8

// The reasons a series value can be undefined.
const (
	OK            Reason = iota // the value is defined
	TooFew                      // fewer valid observations than the minimum
	NaNInWindow                 // a NaN input lies inside the window
	ZeroVarianceX               // the first series is constant in the window
	ZeroVarianceY               // the second series is constant in the window
	Missing                     // the input has no value at this date (NaN in the data, or absent from an outer join)
	SpansGap                    // a change would span a missing period (a month without data, a session break)
	Undefined                   // the formula is undefined there (a return from a zero price, a log of a non-positive value)
	InfInWindow                 // a +Inf or -Inf input lies inside the window (and no NaN)
)

// String returns a short English description of the reason.
func (r Reason) String() string {
	switch r {
	case OK:
		return "ok"
	case TooFew:
		return "too few observations"
	case NaNInWindow:
		return "NaN inside the window"
	case ZeroVarianceX:
		return "zero variance of x"
	case ZeroVarianceY:
		return "zero variance of y"
	case Missing:
		return "missing input"
	case SpansGap:
		return "spans a missing period"
	case Undefined:
		return "undefined for the input"
	case InfInWindow:
		return "infinite value inside the window"
	}
	return "unknown reason"
}
