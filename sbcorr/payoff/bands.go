package payoff

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/gonum/stat/distuv"
)

// Band returns the local polynomial fit on grid (sorted increasing) with a
// pointwise confidence band at the given level (e.g. 0.95):
//
//	m(x0) -+ z sqrt(sum_t l_t(x0)^2 e_t^2),  z = Phi^-1((1 + level)/2),
//
// where m(x0) = sum_t l_t(x0) y_t is the linear-smoother form of the fit
// and e_t = y_t - m(x_t) the residuals, with m(x_t) interpolated linearly
// between grid points (flat beyond the ends). This is the
// heteroskedasticity-robust variance of the estimator; it ignores the
// smoothing bias (Fan & Gijbels (1996), section 4.9). Errors are those of
// Fit, plus a level outside (0, 1); it panics if grid is not increasing.
func (l LocalPoly) Band(x, y, grid []float64, level float64) (FitBand, error) {
	fit, lo, hi, err := l.band(x, y, grid, level)
	return FitBand{X: grid, Fit: fit, Lo: lo, Hi: hi, Level: level}, err
}

// FitBand is a fitted curve on a grid with its pointwise confidence band.
type FitBand struct {
	X, Fit []float64 // grid and fitted values, in the units of x and y
	Lo, Hi []float64 // the band's lower and upper limits (NaN where Fit is)
	Level  float64   // the band's confidence level, e.g. 0.95
}

// band computes Band's three slices.
func (l LocalPoly) band(x, y, grid []float64, level float64) (fit, lo, hi []float64, err error) {
	if !(level > 0 && level < 1) {
		return nil, nil, nil, fmt.Errorf("payoff: LocalPoly.Band: level %v outside (0, 1)", level)
	}
	if !sort.Float64sAreSorted(grid) || len(grid) == 0 {
		panic("payoff: LocalPoly.Band: grid must be non-empty and increasing")
	}
	// On y times 2^-e (exact), so that the squared residuals neither
	// underflow nor overflow for y of any finite magnitude.
	e := maxExp(y)
	y = scaledBy(y, -e)
	if fit, err = l.Fit(x, y, grid); err != nil {
		return nil, nil, nil, err
	}
	defer func() {
		for g := range fit {
			fit[g], lo[g], hi[g] = math.Ldexp(fit[g], e), math.Ldexp(lo[g], e), math.Ldexp(hi[g], e)
		}
	}()
	e2 := make([]float64, len(x))
	for i, xi := range x {
		r := y[i] - interp(grid, fit, xi)
		e2[i] = r * r
	}
	z := distuv.UnitNormal.Quantile((1 + level) / 2)
	lo, hi = make([]float64, len(grid)), make([]float64, len(grid))
	m := newMoments(l.Degree)
	for g, x0 := range grid {
		m.fill(x, y, x0, l.H)
		a, ok := m.firstRow()
		if !ok {
			lo[g], hi[g] = math.NaN(), math.NaN()
			continue
		}
		var v float64
		for i, xi := range x {
			d := (xi - x0) / l.H
			li := 0.0
			for k := len(a) - 1; k >= 0; k-- {
				li = li*d + a[k]
			}
			li *= gauss(d)
			v += li * li * e2[i]
		}
		s := z * math.Sqrt(v)
		lo[g], hi[g] = fit[g]-s, fit[g]+s
	}
	return fit, lo, hi, nil
}

// interp interpolates (xs, ys) linearly at x, flat beyond the ends, skipping
// NaN values of ys by using the nearest finite neighbour.
func interp(xs, ys []float64, x float64) float64 {
	n := len(xs)
	j := sort.SearchFloat64s(xs, x)
	switch {
	case j == 0:
		return ys[0]
	case j >= n:
		return ys[n-1]
	}
	a, b := ys[j-1], ys[j]
	if math.IsNaN(a) {
		return b
	}
	if math.IsNaN(b) {
		return a
	}
	t := (x - xs[j-1]) / (xs[j] - xs[j-1])
	return a + t*(b-a)
}
