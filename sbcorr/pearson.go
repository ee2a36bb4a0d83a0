package sbcorr

import (
	"fmt"
	"math"
)

// Corr returns the Pearson correlation of x and y,
//
//	rho = sum (x_i - xbar)(y_i - ybar) / sqrt(sum (x_i - xbar)^2 sum (y_i - ybar)^2),
//
// computed in two passes. It returns an error naming the row for a NaN
// input, for fewer than 3 observations, and for a constant series. It
// panics if len(x) != len(y).
func Corr(x, y []float64) (float64, error) {
	if err := checkSample("Corr", x, y); err != nil {
		return math.NaN(), err
	}
	return corrFromSums(centeredSums(x, y)), nil
}

// mean returns the arithmetic mean of v.
func mean(v []float64) float64 { return sum(v) / float64(len(v)) }

// checkSample returns an error unless x and y are at least 3 NaN-free
// pairs of non-constant series (it panics on unequal lengths).
func checkSample(fn string, x, y []float64) error {
	if err := checkPairs(fn, x, y, 3); err != nil {
		return err
	}
	return checkVariance(fn, x, y)
}

// checkPairs panics on unequal lengths and returns an error for NaN
// inputs or fewer than minN pairs.
func checkPairs(fn string, x, y []float64, minN int) error {
	if len(x) != len(y) {
		panic(fmt.Sprintf("sbcorr: %s: len(x) = %d != len(y) = %d", fn, len(x), len(y)))
	}
	if len(x) < minN {
		return fmt.Errorf("sbcorr: %s: %d observations, need at least %d", fn, len(x), minN)
	}
	for i := range x {
		if math.IsNaN(x[i]) || math.IsNaN(y[i]) {
			return fmt.Errorf("sbcorr: %s: NaN at row %d (x=%v, y=%v)", fn, i, x[i], y[i])
		}
	}
	return nil
}

// checkVariance returns an error when x or y is constant.
func checkVariance(fn string, x, y []float64) error {
	if isConstant(x) {
		return fmt.Errorf("sbcorr: %s: x is constant (zero variance)", fn)
	}
	if isConstant(y) {
		return fmt.Errorf("sbcorr: %s: y is constant (zero variance)", fn)
	}
	return nil
}

func isConstant(v []float64) bool {
	for _, f := range v {
		if f != v[0] {
			return false
		}
	}
	return true
}
