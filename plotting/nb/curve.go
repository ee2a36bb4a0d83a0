package nb

import "math"

// OrNaN returns v, or NaN when err is not nil: a function that may fail
// (an implied correlation without a valid root, a calibration without a
// solution) becomes a curve with gaps where it is undefined, for
// plotting.Func,
//
//	F: func(p float64) float64 { return nb.OrNaN(impliedCorr(p)) }
//
// Use it only for what is drawn: a number that is checked or printed keeps
// its error (Must), so that a failure says why.
func OrNaN(v float64, err error) float64 {
	if err != nil {
		return math.NaN()
	}
	return v
}
