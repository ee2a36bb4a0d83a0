package sbcorr

import (
	"fmt"
	"math"
)

// HalfLife returns the half-life h = ln(1/2) / ln(lambda) of exponential
// weights lambda^s: the lag at which a weight is half the most recent one.
// For lambda = 0.96 it is 16.98 (about 17 days), not the 25 days that
// Portelli & Roncalli (2024, section 3.1.2, Figure 20) attribute to
// lambda = 0.96: 25 = 1/(1-lambda) is the mean age (see MeanAge). pandas'
// ewm(halflife=h) uses the same definition (alpha = 1 - 0.5^(1/h)).
// It panics unless 0 < lambda < 1.
func HalfLife(lambda float64) float64 {
	checkLambda("HalfLife", lambda)
	return math.Log(0.5) / math.Log(lambda)
}

// LambdaFromHalfLife returns the decay factor 0.5^(1/h) whose weights halve
// after h periods. It panics unless h > 0 is finite and the factor lies in
// (0, 1) (a half-life below about 0.001 rounds it to 0, one above about
// 6e15 to 1: no decay factor of the estimators).
func LambdaFromHalfLife(h float64) float64 {
	lambda := math.Pow(0.5, 1/h)
	if !(h > 0 && lambda > 0 && lambda < 1) {
		panic(fmt.Sprintf("sbcorr: LambdaFromHalfLife: half-life %v gives lambda %v outside (0, 1)", h, lambda))
	}
	return lambda
}

// MeanAge returns the mean lag sum_s s w_s = 1/(1-lambda) of the weights
// w_s = (1-lambda) lambda^(s-1), s = 1, 2, ... of footnote 18 of Portelli &
// Roncalli (2024) (infinite window; the most recent return R(t-1) has age
// 1). For lambda = 0.96 it is 25: the paper's "half-life of 25 days" is this
// mean age; the half-life is 17 days (HalfLife). Counting the current
// observation as age 0 (pandas' center of mass com = 1/alpha - 1) gives
// lambda/(1-lambda) = 24. It panics unless 0 < lambda < 1.
func MeanAge(lambda float64) float64 {
	checkLambda("MeanAge", lambda)
	return 1 / (1 - lambda)
}

// LambdaFromMeanAge returns 1 - 1/a, the decay factor whose weights
// (1-lambda) lambda^(s-1), s >= 1, have mean age a. It panics unless a > 1
// and the factor lies in (0, 1) (a mean age above about 9e15, +Inf
// included, rounds it to 1).
func LambdaFromMeanAge(a float64) float64 {
	lambda := 1 - 1/a
	if !(a > 1 && lambda < 1) {
		panic(fmt.Sprintf("sbcorr: LambdaFromMeanAge: mean age %v gives lambda %v outside (0, 1)", a, lambda))
	}
	return lambda
}

func checkLambda(fn string, lambda float64) {
	if !(lambda > 0 && lambda < 1) {
		panic(fmt.Sprintf("sbcorr: %s: lambda %v must be in (0, 1)", fn, lambda))
	}
}
