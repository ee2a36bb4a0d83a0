package basket

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// activeSet solves the strictly convex quadratic program
//
//	min 1/2 y' Q y  subject to  a' y = 1,  y >= 0      (a > 0)
//
// by the primal active-set method (Nocedal and Wright, 2006, algorithm
// 16.3). The working set holds the coordinates fixed at 0; on the free
// coordinates F the equality-constrained minimiser is
// y_F = Q_FF^-1 a_F / (a_F' Q_FF^-1 a_F). A step towards it stops at the
// first coordinate that reaches 0 (which joins the working set); at the
// minimiser, a fixed coordinate with a negative multiplier
// mu_i = (Q y)_i - lambda a_i, lambda = y' Q y, leaves the working set. The
// method ends when every multiplier is >= 0 (the KKT conditions), after
// finitely many steps. It returns an error when Q_FF is singular.
func activeSet(q mat.Symmetric, a []float64) ([]float64, error) {
	n := q.SymmetricDim()
	y := make([]float64, n)
	for i := range y {
		y[i] = 1 / (float64(n) * a[i])
	}
	fixed := make([]bool, n)
	scale := 0.0
	for i := range n {
		scale = math.Max(scale, q.At(i, i))
	}
	for range 50 * (n + 1) {
		target, err := eqpMin(q, a, fixed)
		if err != nil {
			return nil, err
		}
		step, moved := 0.0, false
		for i := range y {
			step = math.Max(step, math.Abs(target[i]-y[i]))
		}
		if step > 1e-12*maxAbs(y) {
			moved = true
			alpha, block := 1.0, -1
			for i := range y {
				if p := target[i] - y[i]; !fixed[i] && p < 0 {
					if r := -y[i] / p; r < alpha {
						alpha, block = r, i
					}
				}
			}
			for i := range y {
				y[i] += alpha * (target[i] - y[i])
			}
			if block >= 0 {
				fixed[block], y[block] = true, 0
			}
		}
		if moved {
			continue
		}
		qy := mulVec(q, y)
		lambda := dot(y, qy)
		worst, release := -1e-13*scale*maxAbs(y), -1
		for i := range y {
			if mu := qy[i] - lambda*a[i]; fixed[i] && mu < worst {
				worst, release = mu, i
			}
		}
		if release < 0 {
			return y, nil
		}
		fixed[release] = false
	}
	return nil, fmt.Errorf("active-set method did not converge")
}

// eqpMin returns the minimiser of 1/2 y' Q y subject to a' y = 1 with the
// fixed coordinates at 0.
func eqpMin(q mat.Symmetric, a []float64, fixed []bool) ([]float64, error) {
	var free []int
	for i, f := range fixed {
		if !f {
			free = append(free, i)
		}
	}
	k := len(free)
	qf := mat.NewSymDense(k, nil)
	af := mat.NewVecDense(k, nil)
	for r, i := range free {
		af.SetVec(r, a[i])
		for c := r; c < k; c++ {
			qf.SetSym(r, c, q.At(i, free[c]))
		}
	}
	var chol mat.Cholesky
	if !chol.Factorize(qf) {
		return nil, fmt.Errorf("covariance matrix is singular on assets %v", plusOne(free))
	}
	var z mat.VecDense
	if err := chol.SolveVecTo(&z, af); err != nil {
		return nil, fmt.Errorf("covariance matrix is singular on assets %v: %v", plusOne(free), err)
	}
	s := mat.Dot(af, &z)
	y := make([]float64, len(fixed))
	for r, i := range free {
		y[i] = z.AtVec(r) / s
	}
	return y, nil
}

func mulVec(q mat.Symmetric, y []float64) []float64 {
	out := make([]float64, len(y))
	mat.NewVecDense(len(y), out).MulVec(q, mat.NewVecDense(len(y), clone(y)))
	return out
}

func maxAbs(x []float64) float64 {
	m := 0.0
	for _, v := range x {
		m = math.Max(m, math.Abs(v))
	}
	return m
}

func plusOne(idx []int) []int {
	out := make([]int, len(idx))
	for i, v := range idx {
		out[i] = v + 1
	}
	return out
}
