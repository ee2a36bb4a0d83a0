package payoff

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat"
)

// LocalQuantile is the local polynomial quantile regression of y on x with a
// Gaussian kernel of bandwidth H (Portelli & Roncalli (2024), Remark 3;
// Roncalli (2020)): at each x0 it solves
//
//	min sum_t K((x0 - x_t)/H) rho_Tau(y_t - b_0 - sum_{j=1..Degree} b_j (x_t - x0)^j)
//
// with the check function rho_Tau(r) = r (Tau - 1{r < 0}), and returns b_0,
// the conditional Tau-quantile of y at x0.
type LocalQuantile struct {
	Degree int
	H, Tau float64
}

// Fit returns the local Tau-quantile at each point of grid, computed by
// iteratively reweighted least squares (weights K rho'/max(|r|, eps) with
// eps = 1e-7 sd(y), at most 200 iterations, stopping when the check loss
// decreases by less than 1e-8 relative; the slopes start from the previous
// grid point's; observations beyond 8.6 H, whose weight is below 1e-16, are
// skipped); the objective is within about eps of its minimum. The fit runs
// on y times a power of two (exact), so y of any finite magnitude gives
// the same quantiles in its units; a constant y gives that constant
// wherever the local design is defined (NaN elsewhere, as LocalPoly.Fit).
// It returns the errors of LocalPoly.Fit, plus Tau outside (0, 1).
func (q LocalQuantile) Fit(x, y, grid []float64) ([]float64, error) {
	l := LocalPoly{Degree: q.Degree, H: q.H}
	if err := l.validate("LocalQuantile.Fit", x, y); err != nil {
		return nil, err
	}
	if !(q.Tau > 0 && q.Tau < 1) {
		return nil, fmt.Errorf("payoff: LocalQuantile.Fit: tau = %v outside (0, 1)", q.Tau)
	}
	start, _ := l.Fit(x, y, grid)
	out := make([]float64, len(grid))
	if isConst(y) {
		// Every local quantile of a constant is the constant, where the
		// local design is defined (the IRLS weights would divide by 0).
		for g := range out {
			out[g] = math.NaN()
			if !math.IsNaN(start[g]) {
				out[g] = y[0]
			}
		}
		return out, nil
	}
	// On y times 2^-e, e the binary exponent of its largest magnitude
	// (exact), so that eps does not underflow for tiny y.
	e := maxExp(y)
	y = scaledBy(y, -e)
	for g := range start {
		start[g] = math.Ldexp(start[g], -e)
	}
	eps := 1e-7 * stat.StdDev(y, nil)
	m := newMoments(q.Degree)
	beta := make([]float64, q.Degree+1)
	var ds, ws, ys []float64
	for g, x0 := range grid {
		// Kernel weights once per point; observations beyond 8.6 H weigh < 1e-16.
		ds, ws, ys = ds[:0], ws[:0], ys[:0]
		for i, xi := range x {
			if d := (xi - x0) / q.H; math.Abs(d) <= cvCut {
				ds, ws, ys = append(ds, d), append(ws, gauss(d)), append(ys, y[i])
			}
		}
		// The slopes start from the previous grid point's solution.
		if g == 0 || math.IsNaN(beta[0]) {
			clear(beta)
		}
		beta[0] = start[g]
		prev := math.Inf(1)
		for it := 0; it < 200 && !math.IsNaN(beta[0]); it++ {
			m.reset()
			var obj float64
			for i, d := range ds {
				r := ys[i] - poly(beta, d)
				rho := q.Tau
				if r < 0 {
					rho = 1 - q.Tau
				}
				obj += ws[i] * rho * math.Abs(r)
				m.add(ws[i]*rho/math.Max(math.Abs(r), eps), d, ys[i])
			}
			// IRLS is a majorise-minimise algorithm: the check loss decreases at
			// every step; stop when it no longer does by more than 1e-8.
			if prev-obj <= 1e-8*obj {
				break
			}
			prev = obj
			nb, ok := m.solve()
			if !ok {
				beta[0] = math.NaN()
				break
			}
			copy(beta, nb)
		}
		out[g] = math.Ldexp(beta[0], e)
	}
	return out, nil
}
