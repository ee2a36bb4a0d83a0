package curve

import (
	"fmt"
	"math"
)

// fitter holds one curve's data and the workspaces of the profiled
// least-squares problem: for fixed taus the betas are linear in zero rates.
type fitter struct {
	kind    Target
	maxBeta float64 // betas beyond +-maxBeta make a tau infeasible
	ntau    int
	m, y    []float64 // valid points
	zy      []float64 // zero rates at m: y itself, or bootstrapped from par yields
	cols    [][]float64
	rhs     []float64
	beta    []float64
	delta   []float64
	// par yields only: the union of payment times, the index of each
	// maturity and of its coupon dates in it, the first-period fraction,
	// basis loadings and discount factors at the times.
	ts    []float64
	at    []int
	cpn   [][]int
	w     []float64
	basis [][4]float64
	disc  []float64
	// par yields only, for the tau search (surrogate.go): the bootstrapped
	// zero rates at the payment times, the sensitivity A of the par yields
	// to them, its row sums and the linearised target.
	z0, sensSum, target []float64
	sens                [][]float64
	ones                []float64 // the constant column of the tau search
}

func newFitter(m, y []float64, ntau int, kind Target) (*fitter, error) {
	f := &fitter{kind: kind, ntau: ntau}
	for i := range m {
		if math.IsNaN(y[i]) {
			continue
		}
		if math.IsInf(y[i], 0) {
			return nil, fmt.Errorf("curve: fit: yield at maturity %v is infinite", m[i])
		}
		if !(m[i] > 0) {
			return nil, fmt.Errorf("curve: fit: maturity %v (point %d) must be positive", m[i], i)
		}
		if !(m[i] <= MaxMaturity) {
			return nil, fmt.Errorf("curve: fit: maturity %v (point %d) beyond MaxMaturity = %v years", m[i], i, MaxMaturity)
		}
		if n := len(f.m); n > 0 && m[i] <= f.m[n-1] {
			return nil, fmt.Errorf("curve: fit: maturities must increase (point %d: %v after %v)", i, m[i], f.m[n-1])
		}
		f.m, f.y = append(f.m, m[i]), append(f.y, y[i])
	}
	np := 2 + ntau
	if len(f.m) < np+ntau {
		return nil, fmt.Errorf("curve: fit: %d valid yields for %d parameters", len(f.m), np+ntau)
	}
	n := len(f.m)
	f.cols = make([][]float64, np)
	for j := range f.cols {
		f.cols[j] = make([]float64, n)
	}
	f.rhs = make([]float64, n)
	f.ones = make([]float64, n)
	for i := range f.ones {
		f.ones[i] = 1
	}
	f.beta = make([]float64, np)
	f.delta = make([]float64, np)
	f.zy = f.y
	if kind == ParYields {
		nodes, err := Bootstrap(f.m, f.y)
		if err != nil {
			return nil, err
		}
		f.zy = make([]float64, n)
		for i, t := range f.m {
			f.zy[i] = nodes.Rate(t)
		}
		f.schedule()
		f.z0 = make([]float64, len(f.ts))
		for k, t := range f.ts {
			f.z0[k] = nodes.Rate(t)
		}
		f.sensitivity()
		f.sensSum = make([]float64, n)
		for i, row := range f.sens {
			for _, v := range row {
				f.sensSum[i] += v
			}
		}
	}
	return f, nil
}

// schedule builds the payment times of the par bonds.
func (f *fitter) schedule() {
	index := map[int64]int{}
	add := func(t float64) int {
		key := int64(math.Round(t * 1e9))
		if i, ok := index[key]; ok {
			return i
		}
		index[key] = len(f.ts)
		f.ts = append(f.ts, t)
		return len(f.ts) - 1
	}
	for _, m := range f.m {
		f.at = append(f.at, add(m))
		var c []int
		w := 1.0
		if m > 0.5 {
			var n int
			n, w = couponSchedule(m)
			for k := 0; k < n; k++ {
				c = append(c, add((w+float64(k))/2))
			}
		}
		f.cpn, f.w = append(f.cpn, c), append(f.w, w)
	}
	f.basis = make([][4]float64, len(f.ts))
	f.disc = make([]float64, len(f.ts))
}

// design fills the columns with the loadings of the maturities m at tau.
func (f *fitter) design(tau []float64) {
	for i, t := range f.m {
		f.setRow(i, t, tau)
	}
}

func (f *fitter) setRow(i int, t float64, tau []float64) {
	l1, l2 := loadings(t / tau[0])
	f.cols[0][i], f.cols[1][i], f.cols[2][i] = 1, l1, l2
	if f.ntau == 2 {
		_, l3 := loadings(t / tau[1])
		f.cols[3][i] = l3
	}
}

// linear returns the residual sum of squares of the linear fit of the zero
// rates zy at tau, leaving the betas in f.beta.
func (f *fitter) linear(tau []float64) float64 {
	f.design(tau)
	copy(f.rhs, f.zy)
	return f.bounded(lsq(f.cols, f.rhs, f.beta))
}

// bounded returns ss, or +Inf when a beta exceeds maxBeta in absolute
// value.
func (f *fitter) bounded(ss float64) float64 {
	for _, b := range f.beta {
		if math.Abs(b) > f.maxBeta {
			return math.Inf(1)
		}
	}
	return ss
}

// exact returns the residual sum of squares of the yields of the fitter's
// kind at tau with the betas that minimise it, left in f.beta (+Inf when
// the design is singular, the zero-rate betas at tau exceed maxBeta, or
// Gauss-Newton fails). For par yields the Gauss-Newton correction may move
// the betas slightly beyond maxBeta: the bound constrains the tau search.
func (f *fitter) exact(tau []float64) float64 {
	ss := f.linear(tau)
	if f.kind == ZeroRates || math.IsInf(ss, 1) {
		return ss
	}
	f.setBasis(tau)
	const maxIter = 8
	for it := 0; ; it++ {
		ss = f.parResiduals()
		if it == maxIter || math.IsNaN(ss) {
			break
		}
		if math.IsInf(lsq(f.cols, f.rhs, f.delta), 1) {
			return math.Inf(1)
		}
		small := true
		for j := range f.beta {
			f.beta[j] -= f.delta[j]
			small = small && math.Abs(f.delta[j]) < 1e-12
		}
		if small {
			ss = f.parResiduals()
			break
		}
	}
	if math.IsNaN(ss) {
		return math.Inf(1)
	}
	return ss
}

// parResiduals evaluates the model par yields at f.beta, writes the
// residuals (model - data) to f.rhs and the Jacobian to f.cols, and returns
// the residual sum of squares.
func (f *fitter) parResiduals() float64 {
	np := len(f.beta)
	for k, t := range f.ts {
		z := 0.0
		for j := 0; j < np; j++ {
			z += f.beta[j] * f.basis[k][j]
		}
		f.disc[k] = math.Exp(-z * t)
	}
	ss := 0.0
	for i, m := range f.m {
		a := f.at[i]
		dm := f.disc[a]
		var model float64
		if f.cpn[i] == nil { // bill: (1/D - 1)/m, d/dbeta_j = B_j(m)/D
			model = (1/dm - 1) / m
			for j := 0; j < np; j++ {
				f.cols[j][i] = f.basis[a][j] / dm
			}
		} else { // c = 2 (1-D(m)) / (S - (1-w)), S = sum D(t_k)
			s := -(1 - f.w[i])
			var dS [4]float64
			for _, k := range f.cpn[i] {
				d := f.disc[k]
				s += d
				td := f.ts[k] * d
				for j := 0; j < np; j++ {
					dS[j] -= td * f.basis[k][j]
				}
			}
			model = 2 * (1 - dm) / s
			for j := 0; j < np; j++ {
				dDm := -m * f.basis[a][j] * dm
				f.cols[j][i] = 2 * (-dDm*s - (1-dm)*dS[j]) / (s * s)
			}
		}
		r := model - f.y[i]
		f.rhs[i] = r
		ss += r * r
	}
	return ss
}

// setBasis fills the loadings at the payment times for tau.
func (f *fitter) setBasis(tau []float64) {
	for k, t := range f.ts {
		l1, l2 := loadings(t / tau[0])
		f.basis[k] = [4]float64{1, l1, l2, 0}
		if f.ntau == 2 {
			_, f.basis[k][3] = loadings(t / tau[1])
		}
	}
}

// oneStep returns the objective of exact as one Gauss-Newton step from the
// zero-rate betas predicts it (the residual sum of squares of the
// linearised step), the objective of the tau search's Nelder-Mead: on the
// Treasury curves the par yields are nearly linear in the betas, and it is
// within about 1e-7 of exact, relatively. For zero rates it is exact.
func (f *fitter) oneStep(tau []float64) float64 {
	ss := f.linear(tau)
	if f.kind == ZeroRates || math.IsInf(ss, 1) {
		return ss
	}
	f.setBasis(tau)
	if math.IsNaN(f.parResiduals()) {
		return math.Inf(1)
	}
	return lsq(f.cols, f.rhs, f.delta)
}

// params returns the curve with the current betas and tau.
func (f *fitter) params(tau []float64) Svensson {
	p := Svensson{B0: f.beta[0], B1: f.beta[1], B2: f.beta[2], Tau1: tau[0], Tau2: tau[0]}
	if f.ntau == 2 {
		p.B3, p.Tau2 = f.beta[3], tau[1]
	}
	return p
}

// diagnostics compares the fitted curve with the data in the fitter's kind.
func (f *fitter) diagnostics(p Svensson) Diagnostics {
	d := Diagnostics{N: len(f.m)}
	ss := 0.0
	for i, t := range f.m {
		model := p.Rate(t)
		if f.kind == ParYields {
			model = ParYield(p, t)
		}
		e := math.Abs(model - f.y[i])
		ss += e * e
		if e > d.MaxAbs {
			d.MaxAbs, d.MaxAt = e, t
		}
	}
	d.RMSE = math.Sqrt(ss / float64(len(f.m)))
	return d
}
