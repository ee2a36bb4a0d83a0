package series

import "math"

// MeanAbsDiff returns the mean absolute difference (1/n) sum_t |x_t - y_t|
// over the n dates where both series have a value (Align): how far one
// estimate of a quantity is from another, in the unit of x (e.g. a bond
// return formula against a published return column, or month-end yields
// against monthly averages). It is NaN when no date has both values.
func MeanAbsDiff(x, y Series) float64 {
	a, b := Align(x, y)
	return Combine(a, b, func(u, v float64) float64 { return math.Abs(u - v) }).Mean()
}
