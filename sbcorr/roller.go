package sbcorr

import (
	"math"

	"github.com/stockbond/sbcorr/series"
)

// roller streams the centered sums of a sliding window of (x, y) pairs.
// It keeps sums of deviations from shifts kx, ky (a recent window mean):
// a = sum dx, aa = sum dx^2, ab = sum dx dy, ... so that
// Sxx = aa - a^2/n. errAA accumulates the magnitudes of the rounded
// quantities, which bounds the rounding error of Sxx by about eps*errAA;
// when that bound exceeds
// relTol of a centered sum, the window is recomputed exactly (two passes)
// and the shifts are reset to the window means. With y == nil only x is
// tracked (Syy = Sxy = 0 is never used).
//
// Magnitudes: the deviations are those of x 2^-ex and y 2^-ey (see
// scaleExp; ex = ey = 0 for data within [2^-200, 2^200], so ordinary data
// are not scaled). An entering deviation beyond bigDev, or a non-constant
// window whose scaled sum of squares falls below tinyVar, triggers a
// recomputation with the scales fitted to the window, so finite values of
// any size neither overflow nor underflow the sums. Infinite inputs are
// counted (inf) and, like NaN, kept out of the sums.
type roller struct {
	x, y           []float64
	window         int
	kx, ky         float64 // shifts, in scaled units
	ex, ey         int     // scale exponents: scaled x = x 2^-ex
	fx, fy         float64 // 2^-ex, 2^-ey
	a, b           float64
	aa, bb, ab     float64
	n, nan, inf    int
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
	return &roller{x: x, y: y, window: window, fx: 1, fy: 1}
}

// next adds observation t, drops observation t-window and returns the
// number of valid (finite) observations and the centered sums Sxx, Syy, Sxy
// of the window ending at t, in the scaled units (multiply Sxx by 2^(2 ex),
// Sxy by 2^(ex+ey) for the units of the data).
func (r *roller) next(t int) (n int, sxx, syy, sxy float64) {
	x, y := r.at(t)
	rescale := false
	switch {
	case nonFinite(x, y):
		r.countBad(x, y, 1)
	default:
		if !r.shiftIsDefined {
			r.ex, r.ey = scaleExp(math.Abs(x)), scaleExp(math.Abs(y))
			r.fx, r.fy = pow2(r.ex), pow2(r.ey)
			r.kx, r.ky, r.shiftIsDefined = x*r.fx, y*r.fy, true
		}
		dx, dy := x*r.fx-r.kx, y*r.fy-r.ky
		r.n++
		if !(math.Abs(dx)+math.Abs(dy) <= bigDev) {
			rescale = true // recomputed below with new scales
			break
		}
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
		switch {
		case nonFinite(ox, oy):
			r.countBad(ox, oy, -1)
		default:
			r.n--
			if rescale {
				break
			}
			dx, dy := ox*r.fx-r.kx, oy*r.fy-r.ky
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
		*r = roller{x: r.x, y: r.y, window: r.window, nan: r.nan, inf: r.inf, fx: 1, fy: 1}
		return 0, 0, 0, 0
	}
	if rescale {
		r.recompute(t)
		sxx, syy, sxy = r.centered()
		return r.n, sxx, syy, sxy
	}
	r.errAA += 2*r.aa + r.a*r.a
	r.errBB += 2*r.bb + r.b*r.b
	sxx, syy, sxy = r.centered()
	if errFactor*r.errAA > sxx || errFactor*r.errBB > syy ||
		sxx < tinyVar && r.errAA > 0 || syy < tinyVar && r.errBB > 0 {
		r.recompute(t)
		sxx, syy, sxy = r.centered()
	}
	return r.n, sxx, syy, sxy
}

func (r *roller) centered() (sxx, syy, sxy float64) {
	inv := 1 / float64(r.n)
	return r.aa - r.a*r.a*inv, r.bb - r.b*r.b*inv, r.ab - r.a*r.b*inv
}

// recompute sets the scales to the magnitudes of the valid observations of
// the window ending at t (see scaleExp), the shifts to their means (exactly
// the common value of a constant series, so that a constant window has
// exactly zero centered sums) and recomputes the sums from scratch.
func (r *roller) recompute(t int) {
	lo := max(0, t-r.window+1)
	var mx, my float64
	for s := lo; s <= t; s++ {
		if x, y, ok := r.valid(s); ok {
			mx, my = max(mx, math.Abs(x)), max(my, math.Abs(y))
		}
	}
	r.ex, r.ey = scaleExp(mx), scaleExp(my)
	r.fx, r.fy = pow2(r.ex), pow2(r.ey)
	var sx, sy, fx, fy float64
	n, constX, constY := 0, true, true
	for s := lo; s <= t; s++ {
		x, y, ok := r.valid(s)
		if !ok {
			continue
		}
		x, y = x*r.fx, y*r.fy
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
		x, y, ok := r.valid(s)
		if !ok {
			continue
		}
		dx, dy := x*r.fx-r.kx, y*r.fy-r.ky
		r.a += dx
		r.b += dy
		r.aa += dx * dx
		r.bb += dy * dy
		r.ab += dx * dy
	}
	r.errAA, r.errBB = r.aa, r.bb
}

// valid returns (x_s, y_s) and whether both are finite.
func (r *roller) valid(s int) (x, y float64, ok bool) {
	x, y = r.at(s)
	return x, y, !nonFinite(x, y)
}

// countBad adds d to the count of NaN pairs, or of infinite pairs when
// neither value is NaN.
func (r *roller) countBad(x, y float64, d int) {
	if x != x || y != y {
		r.nan += d
	} else {
		r.inf += d
	}
}

// at returns (x_s, y_s), with y_s = 0 when only x is tracked.
func (r *roller) at(s int) (float64, float64) {
	if r.y == nil {
		return r.x[s], 0
	}
	return r.x[s], r.y[s]
}

// reason classifies the window statistics returned by next.
func (r *roller) reason(n, minPeriods int, sxx, syy float64) series.Reason {
	switch {
	case r.nan > 0:
		return series.NaNInWindow
	case r.inf > 0:
		return series.InfInWindow
	case n < minPeriods || n < 2:
		return series.TooFew
	case sxx <= 0:
		return series.ZeroVarianceX
	case r.y != nil && syy <= 0:
		return series.ZeroVarianceY
	}
	return series.OK
}
