package sbcorr

import (
	"fmt"
	"math"
)

// Corr returns the Pearson correlation of x and y,
//
//	rho = sum (x_i - xbar)(y_i - ybar) / sqrt(sum (x_i - xbar)^2 sum (y_i - ybar)^2),
//
// computed in two passes on the data multiplied by powers of two (exact), so
// that finite inputs of any magnitude give the correct value (Corr(k x, y) =
// Corr(x, y) for k from 1e-300 to 1e300; the plain formula returns 0 or NaN
// once the products of deviations overflow or underflow, beyond about
// 1e154 or below 1e-154). It returns an error naming the row for a NaN or
// infinite input, for fewer than 3 observations, and for a constant
// series. It panics if len(x) != len(y).
func Corr(x, y []float64) (float64, error) {
	if err := checkSample("Corr", x, y); err != nil {
		return math.NaN(), err
	}
	return pearson(x, y), nil
}

// mean returns the arithmetic mean of v.
func mean(v []float64) float64 { return sum(v) / float64(len(v)) }

// checkSample returns an error unless x and y are at least 3 finite
// pairs of non-constant series (it panics on unequal lengths).
func checkSample(fn string, x, y []float64) error {
	if err := checkPairs(fn, x, y, 3); err != nil {
		return err
	}
	return checkVariance(fn, x, y)
}

// checkPairs panics on unequal lengths and returns an error for NaN or
// infinite inputs (naming the row) or fewer than minN pairs.
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
		if math.IsInf(x[i], 0) || math.IsInf(y[i], 0) {
			return fmt.Errorf("sbcorr: %s: infinite value at row %d (x=%v, y=%v)", fn, i, x[i], y[i])
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
