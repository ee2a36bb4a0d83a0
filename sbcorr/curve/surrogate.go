package curve

import "math"

// The par-yield search objective. Pricing par bonds from a candidate curve
// needs an exponential per payment date and a Gauss-Newton iteration per
// candidate tau; the tau search instead linearises the par yields around
// the bootstrapped zero curve z0, once per curve:
//
//	p(z) ~ p(z0) + A (z - z0),  A_ik = dp_i / dz(t_k) at z0,
//
// so that for taus fixed the model par yields are linear in the betas,
// p ~ p(z0) - A z0 + A B(tau) beta, with B(tau) the loadings at the payment
// times t_k, and the profiled sum of squares is a linear least-squares
// problem with design A B(tau). The linearisation error is second order in
// z - z0 (the fitted curve stays within a few basis points of the
// bootstrapped one, so the error is far below the 0.01 bp the search
// resolves); the fit at the chosen taus is then computed exactly (exact).

// sensitivity sets f.sens to A (n x len(ts)) and f.target to
// y - p(z0) + A z0, for the zero curve z0 = f.z0 at the payment times.
func (f *fitter) sensitivity() {
	n, T := len(f.m), len(f.ts)
	for k, t := range f.ts {
		f.disc[k] = math.Exp(-f.z0[k] * t)
	}
	f.sens = make([][]float64, n)
	f.target = make([]float64, n)
	for i, m := range f.m {
		a := f.at[i]
		row := make([]float64, T)
		dm := f.disc[a]
		var p0 float64
		if f.cpn[i] == nil { // bill: p = (1/D - 1)/m, dp/dz(m) = 1/D
			p0 = (1/dm - 1) / m
			row[a] = 1 / dm
		} else { // c = 2 (1 - D(m)) / S, S = sum D(t_k) - (1-w)
			s := -(1 - f.w[i])
			for _, k := range f.cpn[i] {
				s += f.disc[k]
			}
			p0 = 2 * (1 - dm) / s
			// dc/dD(m) = -2/S and dc/dD(t_k) = -2 (1 - D(m))/S^2, times
			// dD(t)/dz(t) = -t D(t).
			row[a] += 2 / s * m * dm
			for _, k := range f.cpn[i] {
				row[k] += 2 * (1 - dm) / (s * s) * f.ts[k] * f.disc[k]
			}
		}
		az := 0.0
		for k, v := range row {
			az += v * f.z0[k]
		}
		f.sens[i] = row
		f.target[i] = f.y[i] - p0 + az
	}
}

// tauLoad holds what the search needs of one tau: the loadings L1, L2 at
// the fitted maturities and, for par yields, A L1 and A L2 at the payment
// times (A the sensitivity of the par yields to the zero rates).
type tauLoad struct {
	m1, m2, a1, a2 []float64
}

// load fills ld with the loadings of tau (allocating on first use).
func (f *fitter) load(tau float64, ld *tauLoad) {
	n := len(f.m)
	if ld.m1 == nil {
		ld.m1, ld.m2, ld.a1, ld.a2 = make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	}
	for i, t := range f.m {
		ld.m1[i], ld.m2[i] = loadings(t / tau)
	}
	if f.kind != ParYields {
		return
	}
	for k, t := range f.ts {
		f.basis[k][1], f.basis[k][2] = loadings(t / tau)
	}
	for i, row := range f.sens {
		var s1, s2 float64
		for k, v := range row {
			s1 += v * f.basis[k][1]
			s2 += v * f.basis[k][2]
		}
		ld.a1[i], ld.a2[i] = s1, s2
	}
}

// surrogate returns the search objective at the taus loaded in ld (one per
// tau): +Inf when the zero-rate betas exceed maxBeta (the documented
// feasibility of a tau) or the design is singular, else the residual sum
// of squares of the zero rates (ZeroRates) or of the linearised par yields
// (ParYields).
func (f *fitter) surrogate(ld []*tauLoad) float64 {
	for i := range f.m {
		f.cols[0][i], f.cols[1][i], f.cols[2][i] = 1, ld[0].m1[i], ld[0].m2[i]
		if f.ntau == 2 {
			f.cols[3][i] = ld[1].m2[i]
		}
	}
	copy(f.rhs, f.zy)
	ss := f.bounded(lsq(f.cols, f.rhs, f.beta))
	if f.kind == ZeroRates || math.IsInf(ss, 1) {
		return ss
	}
	for i := range f.m {
		f.cols[0][i], f.cols[1][i], f.cols[2][i] = f.sensSum[i], ld[0].a1[i], ld[0].a2[i]
		if f.ntau == 2 {
			f.cols[3][i] = ld[1].a2[i]
		}
	}
	copy(f.rhs, f.target)
	return lsq(f.cols, f.rhs, f.delta)
}

// partialQR is the modified Gram-Schmidt factorisation (as lsq) of the
// first three columns of a four-column design, those that depend on Tau1
// only: the grid points of a row (Tau1 fixed) share it and only
// orthogonalise their fourth column (solve), a third of the work of lsq.
type partialQR struct {
	q        [3][]float64
	r        [4][4]float64
	qty      [4]float64
	y        []float64
	yy, ss3  float64
	singular bool
}

// factor factorises the columns c (three, copied) for the target y.
func (p *partialQR) factor(c [3][]float64, y []float64) {
	p.y, p.yy, p.singular = y, dot(y, y), false
	for j := range 3 {
		if p.q[j] == nil {
			p.q[j] = make([]float64, len(y))
		}
		q := p.q[j]
		copy(q, c[j])
		n0 := norm(q)
		for i := 0; i < j; i++ {
			d := dot(p.q[i], q)
			p.r[i][j] = d
			for k := range q {
				q[k] -= d * p.q[i][k]
			}
		}
		nj := norm(q)
		if nj <= 1e-10*n0 || nj == 0 {
			p.singular = true
			return
		}
		p.r[j][j] = nj
		for k := range q {
			q[k] /= nj
		}
	}
	p.ss3 = p.yy
	for j := range 3 {
		p.qty[j] = dot(p.q[j], p.y)
		p.ss3 -= p.qty[j] * p.qty[j]
	}
}

// solve adds the fourth column c (overwritten) and returns the residual sum
// of squares of the least-squares fit and its coefficients in b, as lsq
// does for the four columns (+Inf when the design is singular).
func (p *partialQR) solve(c, b []float64) float64 {
	if p.singular {
		return math.Inf(1)
	}
	n0 := norm(c)
	for i := range 3 {
		d := dot(p.q[i], c)
		p.r[i][3] = d
		for k := range c {
			c[k] -= d * p.q[i][k]
		}
	}
	nj := norm(c)
	if nj <= 1e-10*n0 || nj == 0 {
		return math.Inf(1)
	}
	p.r[3][3] = nj
	for k := range c {
		c[k] /= nj
	}
	p.qty[3] = dot(c, p.y)
	ss := p.ss3 - p.qty[3]*p.qty[3]
	for j := 3; j >= 0; j-- {
		s := p.qty[j]
		for i := j + 1; i < 4; i++ {
			s -= p.r[j][i] * b[i]
		}
		b[j] = s / p.r[j][j]
	}
	if ss < 1e-12*p.yy { // cancellation: the residual directly
		ss = 0
		for k, e := range p.y {
			for j := range 3 {
				e -= p.qty[j] * p.q[j][k]
			}
			e -= p.qty[3] * c[k]
			ss += e * e
		}
	}
	return math.Max(ss, 0)
}

// surrogateRow sets vals[i + j g] to the search objective at (Tau1, Tau2) =
// (grid[i], grid[j]) for every j with ok(j), sharing the factorisation of
// the Tau1 columns: the value of surrogate on the four-column design.
func (f *fitter) surrogateRow(loads []tauLoad, i int, ok func(j int) bool, vals []float64) {
	g := len(loads)
	var zero, par partialQR
	a := &loads[i]
	zero.factor([3][]float64{f.ones, a.m1, a.m2}, f.zy)
	if f.kind == ParYields {
		par.factor([3][]float64{f.sensSum, a.a1, a.a2}, f.target)
	}
	c := f.rhs // scratch column
	for j := range g {
		if !ok(j) {
			continue
		}
		copy(c, loads[j].m2)
		ss := f.bounded(zero.solve(c, f.beta))
		if f.kind == ParYields && !math.IsInf(ss, 1) {
			copy(c, loads[j].a2)
			ss = par.solve(c, f.delta)
		}
		vals[i+j*g] = ss
	}
}
