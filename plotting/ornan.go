package plotting

import "math"

// OrNaN adapts a function that can fail, such as a model's correlation as
// one parameter varies, to the F of a Func: it returns f(x), or NaN where
// f returns an error, so the curve has a gap where the model is undefined
// (a zero variance, an invalid parameter) instead of stopping the chart.
func OrNaN(f func(x float64) (float64, error)) func(x float64) float64 {
	return func(x float64) float64 {
		v, err := f(x)
		if err != nil {
			return math.NaN()
		}
		return v
	}
}
