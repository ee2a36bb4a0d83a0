package curve

import "math"

// lsq solves min ||X b - y||^2 for a tall n x p matrix given by columns
// (p <= 4) with modified Gram-Schmidt QR, writing b and returning the
// residual sum of squares. It returns +Inf when a column is numerically
// dependent on the previous ones (relative norm below 1e-10), which the
// fitters treat as an infeasible point. cols is overwritten.
func lsq(cols [][]float64, y []float64, b []float64) float64 {
	p := len(cols)
	var r [4][4]float64
	for j := 0; j < p; j++ {
		q := cols[j]
		n0 := norm(q)
		for i := 0; i < j; i++ {
			d := dot(cols[i], q)
			r[i][j] = d
			for k := range q {
				q[k] -= d * cols[i][k]
			}
		}
		nj := norm(q)
		if nj <= 1e-10*n0 || nj == 0 {
			return math.Inf(1)
		}
		r[j][j] = nj
		for k := range q {
			q[k] /= nj
		}
	}
	var qty [4]float64
	ss := dot(y, y)
	for j := 0; j < p; j++ {
		qty[j] = dot(cols[j], y)
		ss -= qty[j] * qty[j]
	}
	for j := p - 1; j >= 0; j-- {
		s := qty[j]
		for i := j + 1; i < p; i++ {
			s -= r[j][i] * b[i]
		}
		b[j] = s / r[j][j]
	}
	// Recompute the residual directly when cancellation makes ss unreliable.
	if ss < 1e-12*dot(y, y) {
		ss = 0
		for k := range y {
			e := y[k]
			for j := 0; j < p; j++ {
				e -= qty[j] * cols[j][k]
			}
			ss += e * e
		}
	}
	return math.Max(ss, 0)
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func norm(a []float64) float64 { return math.Sqrt(dot(a, a)) }
