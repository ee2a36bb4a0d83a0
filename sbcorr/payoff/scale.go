package payoff

import "math"

// Magnitudes: the estimators run on data multiplied by powers of two
// (exact), so that finite values of any magnitude, from subnormal to near
// 1e308, give the values of ordinary data in the units of the input.

// isConst reports whether every value of v equals the first.
func isConst(v []float64) bool {
	for _, x := range v {
		if x != v[0] {
			return false
		}
	}
	return true
}

// scaledBy returns v times 2^e.
func scaledBy(v []float64, e int) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = math.Ldexp(x, e)
	}
	return out
}

// poly evaluates sum_k b_k d^k.
func poly(b []float64, d float64) float64 {
	var s float64
	for k := len(b) - 1; k >= 0; k-- {
		s = s*d + b[k]
	}
	return s
}

// solve returns all the weighted least-squares coefficients (in the scaled
// variable d) from the moments, or ok = false when singular.
func (m moments) solve() (b []float64, ok bool) {
	n := len(m.t)
	b = make([]float64, n)
	for j := 0; j < n; j++ {
		// Row j of S^-1 is obtained by solving with e_j; S is tiny (n <= 11).
		row, ok := m.row(j)
		if !ok {
			return nil, false
		}
		for k := range row {
			b[j] += row[k] * m.t[k]
		}
	}
	return b, true
}

// maxExp returns the binary exponent e of the largest |v_i| (its value
// times 2^-e lies in [0.5, 1)); 0 when v is all zeros.
func maxExp(v []float64) int {
	big := 0.0
	for _, x := range v {
		big = math.Max(big, math.Abs(x))
	}
	_, e := math.Frexp(big)
	return e
}
