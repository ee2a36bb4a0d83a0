package curve

import (
	"math"
	"sort"
)

// nelderMead minimises f from x0 with initial simplex steps step (one per
// coordinate), with the standard coefficients (reflection 1, expansion 2,
// contraction 1/2, shrink 1/2), for at most maxEval evaluations or until
// the spread of f over the simplex falls below ftol times the best value. f may return +Inf for
// infeasible points. It returns the best point and value.
//
// Why not gonum's optimize.NelderMead: the tau search stops on the spread
// of f over the simplex relative to the best value, and gonum's stopping
// rules (Settings, a Converger) see only the best location, not the
// simplex; the accuracy that TestSvenssonParOptimum checks (every month-end
// within 0.01 bp of the best 40 x 40 grid fit) was established with this
// rule, and the loop is allocation-free for the 8,007-curve history.
func nelderMead(f func([]float64) float64, x0, step []float64, maxEval int, ftol float64) ([]float64, float64) {
	d := len(x0)
	pts := make([][]float64, d+1)
	vals := make([]float64, d+1)
	for i := range pts {
		pts[i] = append([]float64(nil), x0...)
		if i > 0 {
			pts[i][i-1] += step[i-1]
		}
		vals[i] = f(pts[i])
	}
	evals := d + 1
	idx := make([]int, d+1)
	cen := make([]float64, d)
	try := func(a float64, worst []float64) ([]float64, float64) {
		x := make([]float64, d)
		for k := range x {
			x[k] = cen[k] + a*(worst[k]-cen[k])
		}
		evals++
		return x, f(x)
	}
	for evals < maxEval {
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return vals[idx[a]] < vals[idx[b]] })
		best, worst, second := idx[0], idx[d], idx[d-1]
		if math.Abs(vals[worst]-vals[best]) <= ftol*math.Abs(vals[best]) && !math.IsInf(vals[worst], 1) {
			break
		}
		for k := range cen {
			cen[k] = 0
			for _, i := range idx[:d] {
				cen[k] += pts[i][k] / float64(d)
			}
		}
		xr, fr := try(-1, pts[worst])
		switch {
		case fr < vals[best]:
			if xe, fe := try(-2, pts[worst]); fe < fr {
				pts[worst], vals[worst] = xe, fe
			} else {
				pts[worst], vals[worst] = xr, fr
			}
		case fr < vals[second]:
			pts[worst], vals[worst] = xr, fr
		default:
			xc, fc := try(0.5, pts[worst])
			if fr < vals[worst] {
				xc, fc = try(-0.5, pts[worst])
			}
			if fc < math.Min(fr, vals[worst]) {
				pts[worst], vals[worst] = xc, fc
				continue
			}
			for _, i := range idx[1:] {
				for k := range pts[i] {
					pts[i][k] = pts[best][k] + 0.5*(pts[i][k]-pts[best][k])
				}
				vals[i] = f(pts[i])
				evals++
			}
		}
	}
	b := 0
	for i := range vals {
		if vals[i] < vals[b] {
			b = i
		}
	}
	return pts[b], vals[b]
}
