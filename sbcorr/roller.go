package sbcorr

import "math"

// roller streams the centered sums of a sliding window of (x, y) pairs.
// It keeps sums of deviations from shifts kx, ky (a recent window mean):
// a = sum dx, aa = sum dx^2, ab = sum dx dy, ... so that
// Sxx = aa - a^2/n. errA accumulates the magnitudes of the running sums,
// which bounds their rounding error by eps*errA; when that bound exceeds
// relTol of a centered sum, the window is recomputed exactly (two passes)
// and the shifts are reset to the window means. With y == nil only x is
// tracked (Syy = Sxy = 0 is never used).
type roller struct {
	x, y           []float64
	window         int
	kx, ky         float64
	a, b           float64
	aa, bb, ab     float64
	n, nan         int
	errAA, errBB   float64
	shiftIsDefined bool
}

const (
	eps    = 0x1p-52
	relTol = 1e-12
)

func newRoller(x, y []float64, window int) *roller {
	return &roller{x: x, y: y, window: window}
}

func (r *roller) pair(t int) (float64, float64) {
	if r.y == nil {
		return r.x[t], 0
	}
	return r.x[t], r.y[t]
}

func (r *roller) update(t int, sign float64) {
	x, y := r.pair(t)
	if math.IsNaN(x) || math.IsNaN(y) {
		if sign > 0 {
			r.nan++
		} else {
			r.nan--
		}
		return
	}
	if !r.shiftIsDefined {
		r.kx, r.ky, r.shiftIsDefined = x, y, true
	}
	dx, dy := x-r.kx, y-r.ky
	if sign > 0 {
		r.n++
		r.a += dx
		r.b += dy
		r.aa += dx * dx
		r.bb += dy * dy
		r.ab += dx * dy
	} else {
		r.n--
		r.a -= dx
		r.b -= dy
		r.aa -= dx * dx
		r.bb -= dy * dy
		r.ab -= dx * dy
	}
}

// next adds observation t, drops observation t-window and returns the
// number of valid observations and the centered sums Sxx, Syy, Sxy of the
// window ending at t.
func (r *roller) next(t int) (n int, sxx, syy, sxy float64) {
	r.update(t, 1)
	if t >= r.window {
		r.update(t-r.window, -1)
	}
	if r.n == 0 {
		*r = roller{x: r.x, y: r.y, window: r.window, nan: r.nan}
		return 0, 0, 0, 0
	}
	r.errAA += math.Abs(r.aa) + math.Abs(r.a)*math.Abs(r.a)
	r.errBB += math.Abs(r.bb) + math.Abs(r.b)*math.Abs(r.b)
	sxx, syy, sxy = r.centered()
	if 4*eps*r.errAA > relTol*sxx || 4*eps*r.errBB > relTol*syy {
		r.recompute(t)
		sxx, syy, sxy = r.centered()
	}
	return r.n, sxx, syy, sxy
}

func (r *roller) centered() (sxx, syy, sxy float64) {
	fn := float64(r.n)
	return r.aa - r.a*r.a/fn, r.bb - r.b*r.b/fn, r.ab - r.a*r.b/fn
}

// recompute sets the shifts to the means of the valid observations of the
// window ending at t and recomputes the sums from scratch.
func (r *roller) recompute(t int) {
	lo := max(0, t-r.window+1)
	r.kx, r.ky = windowShift(r.x, lo, t, r.y), windowShift(r.y, lo, t, r.x)
	r.a, r.b, r.aa, r.bb, r.ab = 0, 0, 0, 0, 0
	for s := lo; s <= t; s++ {
		x, y := r.pair(s)
		if math.IsNaN(x) || math.IsNaN(y) {
			continue
		}
		dx, dy := x-r.kx, y-r.ky
		r.a += dx
		r.b += dy
		r.aa += dx * dx
		r.bb += dy * dy
		r.ab += dx * dy
	}
	r.errAA, r.errBB = r.aa, r.bb
}

// reason classifies the window statistics returned by next.
func (r *roller) reason(n, minPeriods int, sxx, syy float64) Reason {
	switch {
	case r.nan > 0:
		return NaNInWindow
	case n < minPeriods || n < 2:
		return TooFew
	case sxx <= 0:
		return ZeroVarianceX
	case r.y != nil && syy <= 0:
		return ZeroVarianceY
	}
	return OK
}

// windowShift returns the mean of v[lo..t] over the dates where neither v
// nor other is NaN, or exactly the common value when those are all equal
// (so that a constant window has exactly zero centered sums). A nil v gives 0.
func windowShift(v []float64, lo, t int, other []float64) float64 {
	if v == nil {
		return 0
	}
	var sum float64
	n, first, constant := 0, math.NaN(), true
	for s := lo; s <= t; s++ {
		if math.IsNaN(v[s]) || (other != nil && math.IsNaN(other[s])) {
			continue
		}
		if n == 0 {
			first = v[s]
		}
		constant = constant && v[s] == first
		sum += v[s]
		n++
	}
	if constant {
		return first
	}
	return sum / float64(n)
}
