package curve

import (
	"fmt"
	"sort"
)

// Linear returns the piecewise-linear interpolation of the points (xs, ys)
// at x, with flat extrapolation outside [xs[0], xs[len-1]]. xs must be
// strictly increasing. It panics when the slices are empty or differ in
// length.
func Linear(xs, ys []float64, x float64) float64 {
	if len(xs) == 0 || len(xs) != len(ys) {
		panic(fmt.Sprintf("sbcorr/curve: Linear: len(xs) = %d, len(ys) = %d", len(xs), len(ys)))
	}
	if x <= xs[0] {
		return ys[0]
	}
	n := len(xs)
	if x >= xs[n-1] {
		return ys[n-1]
	}
	i := sort.SearchFloat64s(xs, x) // xs[i-1] < x <= xs[i]
	a := (x - xs[i-1]) / (xs[i] - xs[i-1])
	return ys[i-1] + a*(ys[i]-ys[i-1])
}

// Nodes is a zero curve given at maturities T (years, strictly increasing)
// by continuously compounded zero rates Z (decimals), interpolated linearly
// in log discount factor z(t) t, i.e. with flat forward rates between nodes.
// Before T[0] the rate is Z[0]; after the last node it stays flat.
type Nodes struct {
	T, Z []float64
}

// Rate returns the interpolated zero rate at t > 0.
func (c Nodes) Rate(t float64) float64 {
	n := len(c.T)
	if t <= c.T[0] {
		return c.Z[0]
	}
	if t >= c.T[n-1] {
		return c.Z[n-1]
	}
	i := sort.SearchFloat64s(c.T, t)
	a := (t - c.T[i-1]) / (c.T[i] - c.T[i-1])
	lt := c.Z[i-1]*c.T[i-1] + a*(c.Z[i]*c.T[i]-c.Z[i-1]*c.T[i-1])
	return lt / t
}
