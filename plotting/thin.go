package plotting

import (
	"math"
	"slices"
)

// MaxPoints is the number of points above which time-series builders thin a
// line before drawing it (see Thin). 2000 points are about four per
// horizontal point of a 16 cm chart, so thinning is invisible while a
// 15,000-point daily series shrinks from about 210 kB to about 50 kB of SVG
// (BenchmarkTimeSeriesSVG15000).
const MaxPoints = 2000

// Thin reduces a line to at most about 4*buckets points without changing
// its look: the x range is cut into buckets of equal width and, within each
// run of finite points, each bucket keeps its first, lowest, highest and
// last point (in x order). The vertical extent of every bucket is therefore
// preserved (a spike is never dropped) and NaN gaps are kept as single NaN
// points between runs. x must be increasing within runs. Thin returns the
// inputs unchanged when they have at most 4*buckets points. It panics if the
// lengths differ or buckets < 1.
func Thin(x, y []float64, buckets int) (tx, ty []float64) {
	if len(x) != len(y) {
		panic("plotting: Thin: len(x) != len(y)")
	}
	if buckets < 1 {
		panic("plotting: Thin: buckets < 1")
	}
	if len(x) <= 4*buckets {
		return x, y
	}
	eachBucket(x, y, buckets, func(gap bool, i, j int) {
		if gap {
			tx, ty = append(tx, math.NaN()), append(ty, math.NaN())
		}
		lo, hi := i, i
		for k := i; k < j; k++ {
			if y[k] < y[lo] {
				lo = k
			}
			if y[k] > y[hi] {
				hi = k
			}
		}
		for _, k := range keepOrdered(i, lo, hi, j-1) {
			tx, ty = append(tx, x[k]), append(ty, y[k])
		}
	})
	return tx, ty
}

// envelope thins a band whose lo and hi are missing (NaN) at the same
// points to at most 2*buckets points: within each run of finite points,
// each bucket of the x range (as in Thin) keeps its first and last x with
// the lowest lo and the highest hi of the bucket, so that the thinned band
// covers the original one (a noisy band keeps its outline instead of
// zigzagging between the few points a bucket keeps). Runs are separated by
// one NaN point.
func envelope(x, lo, hi []float64, buckets int) (tx, tlo, thi []float64) {
	eachBucket(x, lo, buckets, func(gap bool, i, j int) {
		if gap {
			tx, tlo, thi = append(tx, math.NaN()), append(tlo, math.NaN()), append(thi, math.NaN())
		}
		l, h := slices.Min(lo[i:j]), slices.Max(hi[i:j])
		for _, k := range []int{i, j - 1}[:min(2, j-i)] {
			tx, tlo, thi = append(tx, x[k]), append(tlo, l), append(thi, h)
		}
	})
	return tx, tlo, thi
}

// eachBucket cuts the x range of the finite points (x[i], y[i]) into
// buckets of equal width and calls f with the index range [i, j) of each
// bucket within each run of finite points, in order; gap is true for the
// first bucket of every run after the first. x must be increasing within
// runs.
func eachBucket(x, y []float64, buckets int, f func(gap bool, i, j int)) {
	xmin, xmax, _, _ := finiteRange(x, y)
	width := (xmax - xmin) / float64(buckets)
	bucket := func(v float64) int {
		if width == 0 {
			return 0
		}
		return min(int((v-xmin)/width), buckets-1)
	}
	for k, r := range runs(x, y) {
		for i := r[0]; i < r[1]; {
			b := bucket(x[i])
			j := i
			for j < r[1] && bucket(x[j]) == b {
				j++
			}
			f(k > 0 && i == r[0], i, j)
			i = j
		}
	}
}

// keepOrdered returns the distinct indices among first, a, b, last in
// increasing order (first <= a, b <= last).
func keepOrdered(first, a, b, last int) []int {
	if a > b {
		a, b = b, a
	}
	out := []int{first}
	for _, k := range []int{a, b, last} {
		if k != out[len(out)-1] {
			out = append(out, k)
		}
	}
	return out
}
