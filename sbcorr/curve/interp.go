package curve

import (
	"fmt"
	"math"
	"sort"
)

// Linear returns the piecewise-linear interpolation of the points (xs, ys)
// at x, with flat extrapolation outside [xs[0], xs[len-1]]; NaN when x is
// NaN. It panics when the slices are empty or differ in length, or when
// xs is not strictly increasing (a NaN, a duplicate or an unsorted value).
func Linear(xs, ys []float64, x float64) float64 {
	if len(xs) == 0 || len(xs) != len(ys) {
		panic(fmt.Sprintf("curve: Linear: len(xs) = %d, len(ys) = %d", len(xs), len(ys)))
	}
	checkIncreasing("Linear", "xs", xs)
	if math.IsNaN(x) {
		return math.NaN()
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

// Rate returns the interpolated zero rate at t >= 0 (NaN when t is NaN or
// the rates it interpolates are). It panics when the curve has no node, T
// and Z differ in length, T is not strictly increasing, or t < 0.
func (c Nodes) Rate(t float64) float64 {
	n := len(c.T)
	if n == 0 || len(c.Z) != n {
		panic(fmt.Sprintf("curve: Nodes.Rate: %d maturities and %d rates: need the same number, at least one", n, len(c.Z)))
	}
	checkIncreasing("Nodes.Rate", "T", c.T)
	if t < 0 {
		panic(fmt.Sprintf("curve: Nodes.Rate: maturity %v is negative", t))
	}
	if math.IsNaN(t) {
		return math.NaN()
	}
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

// checkIncreasing panics, naming fn and the slice, unless v is strictly
// increasing (no NaN).
func checkIncreasing(fn, name string, v []float64) {
	for i := range v {
		if math.IsNaN(v[i]) || i > 0 && !(v[i] > v[i-1]) {
			panic(fmt.Sprintf("curve: %s: %s[%d] = %v: %s must be strictly increasing", fn, name, i, v[i], name))
		}
	}
}
