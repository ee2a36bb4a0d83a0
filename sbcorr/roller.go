package sbcorr

// roller streams the centered sums of a sliding window of (x, y) pairs.
// It keeps sums of deviations from shifts kx, ky (a recent window mean):
// a = sum dx, aa = sum dx^2, ab = sum dx dy, ... so that
// Sxx = aa - a^2/n. errAA accumulates the magnitudes of the rounded
// quantities, which bounds the rounding error of Sxx by about eps*errAA;
// when that bound exceeds
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

// errFactor is eps / relTol: a window is recomputed when the rounding
// error bound eps errA of a sum exceeds relTol = 1e-12 of the centered sum.
// Each step adds to errA the magnitudes rounded: the two updated sums
// (2 aa), the squared terms entering and leaving, and a^2 for the
// correction a^2/n.
const errFactor = 0x1p-52 / 1e-12

func newRoller(x, y []float64, window int) *roller {
	return &roller{x: x, y: y, window: window}
}

// next adds observation t, drops observation t-window and returns the
// number of valid observations and the centered sums Sxx, Syy, Sxy of the
// window ending at t.
func (r *roller) next(t int) (n int, sxx, syy, sxy float64) {
	x, y := r.at(t)
	if x != x || y != y { // NaN
		r.nan++
	} else {
		if !r.shiftIsDefined {
			r.kx, r.ky, r.shiftIsDefined = x, y, true
		}
		dx, dy := x-r.kx, y-r.ky
		r.n++
		r.a += dx
		r.b += dy
		r.aa += dx * dx
		r.bb += dy * dy
		r.ab += dx * dy
		r.errAA += dx * dx
		r.errBB += dy * dy
	}
	if old := t - r.window; old >= 0 {
		ox, oy := r.at(old)
		if ox != ox || oy != oy {
			r.nan--
		} else {
			dx, dy := ox-r.kx, oy-r.ky
			r.n--
			r.a -= dx
			r.b -= dy
			r.aa -= dx * dx
			r.bb -= dy * dy
			r.ab -= dx * dy
			r.errAA += dx * dx
			r.errBB += dy * dy
		}
	}
	if r.n == 0 {
		*r = roller{x: r.x, y: r.y, window: r.window, nan: r.nan}
		return 0, 0, 0, 0
	}
	r.errAA += 2*r.aa + r.a*r.a
	r.errBB += 2*r.bb + r.b*r.b
	sxx, syy, sxy = r.centered()
	if errFactor*r.errAA > sxx || errFactor*r.errBB > syy {
		r.recompute(t)
		sxx, syy, sxy = r.centered()
	}
	return r.n, sxx, syy, sxy
}

func (r *roller) centered() (sxx, syy, sxy float64) {
	inv := 1 / float64(r.n)
	return r.aa - r.a*r.a*inv, r.bb - r.b*r.b*inv, r.ab - r.a*r.b*inv
}

// recompute sets the shifts to the means of the valid observations of the
// window ending at t (exactly the common value of a constant series, so that
// a constant window has exactly zero centered sums) and recomputes the sums
// from scratch.
func (r *roller) recompute(t int) {
	lo := max(0, t-r.window+1)
	var sx, sy, fx, fy float64
	n, constX, constY := 0, true, true
	for s := lo; s <= t; s++ {
		x, y := r.at(s)
		if x != x || y != y {
			continue
		}
		if n == 0 {
			fx, fy = x, y
		}
		constX = constX && x == fx
		constY = constY && y == fy
		sx += x
		sy += y
		n++
	}
	r.kx, r.ky = sx/float64(n), sy/float64(n)
	if constX {
		r.kx = fx
	}
	if constY {
		r.ky = fy
	}
	r.a, r.b, r.aa, r.bb, r.ab = 0, 0, 0, 0, 0
	for s := lo; s <= t; s++ {
		x, y := r.at(s)
		if x != x || y != y {
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

// at returns (x_s, y_s), with y_s = 0 when only x is tracked.
func (r *roller) at(s int) (float64, float64) {
	if r.y == nil {
		return r.x[s], 0
	}
	return r.x[s], r.y[s]
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
