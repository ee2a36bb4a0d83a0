package sbcorr

// Reason says why a value of a returned series is NaN. Series estimators
// (rolling, EWMA, realized) never return an error: they put NaN at the dates
// where the statistic is undefined and a companion function (RollingWhy,
// EWMAWhy) returns the Reason for every date. A window holding a NaN is
// NaNInWindow even when it also holds an infinite value.
type Reason uint8

// The reasons a series value can be undefined.
const (
	OK            Reason = iota // the value is defined
	TooFew                      // fewer valid observations than the minimum
	NaNInWindow                 // a NaN input lies inside the window
	ZeroVarianceX               // the first series is constant in the window
	ZeroVarianceY               // the second series is constant in the window
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
	case InfInWindow:
		return "infinite value inside the window"
	}
	return "unknown reason"
}
