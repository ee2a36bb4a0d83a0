package sbcorr

import (
	"math"
	"slices"
)

// Kendall returns Kendall's tau-b of x and y,
//
//	tau_b = (C - D) / sqrt((n0 - n1)(n0 - n2)),
//
// with C and D the numbers of concordant and discordant pairs, n0 = n(n-1)/2
// and n1, n2 the numbers of pairs tied in x and in y. It uses Knight's (1966)
// O(n log n) algorithm (sort by x then y, count the exchanges of a merge sort
// by y), as scipy.stats.kendalltau does; gonum's stat.Kendall is O(n^2).
// The paper uses Kendall correlations to compare correlation paths
// (Portelli & Roncalli (2024), section 3.1.2, Figure 18 and Table 14).
// It returns an error for a NaN input, fewer than 3 observations or a
// constant series, and panics if len(x) != len(y).
func Kendall(x, y []float64) (float64, error) {
	if err := checkSample("Kendall", x, y); err != nil {
		return math.NaN(), err
	}
	return kendallTauB(x, y, nil), nil
}

// kendallTauB computes tau-b of NaN-free, non-constant data; buf, if not
// nil, is reused scratch space (see kendallBuf).
func kendallTauB(x, y []float64, buf *kendallBuf) float64 {
	n := len(x)
	if buf == nil {
		buf = &kendallBuf{}
	}
	buf.grow(n)
	pairs, ys, tmp := buf.pairs[:n], buf.ys[:n], buf.tmp[:n]
	for i := range pairs {
		pairs[i] = xyPair{x[i], y[i]}
	}
	slices.SortFunc(pairs, func(a, b xyPair) int {
		if c := cmpFloat(a.x, b.x); c != 0 {
			return c
		}
		return cmpFloat(a.y, b.y)
	})
	// Ties in x (n1) and joint ties in (x, y) (n3), on the (x, y)-sorted order.
	var n1, n3 int64
	tx, txy := int64(1), int64(1)
	for i := 1; i < n; i++ {
		a, b := pairs[i-1], pairs[i]
		if a.x == b.x {
			tx++
			if a.y == b.y {
				txy++
			} else {
				n3 += txy * (txy - 1) / 2
				txy = 1
			}
		} else {
			n1 += tx * (tx - 1) / 2
			n3 += txy * (txy - 1) / 2
			tx, txy = 1, 1
		}
	}
	n1 += tx * (tx - 1) / 2
	n3 += txy * (txy - 1) / 2
	for i, p := range pairs {
		ys[i] = p.y
	}
	// Merge sort by y, counting the exchanges (discordant pairs).
	swaps := mergeCount(ys, tmp)
	var n2 int64
	ty := int64(1)
	for i := 1; i < n; i++ {
		if ys[i-1] == ys[i] {
			ty++
		} else {
			n2 += ty * (ty - 1) / 2
			ty = 1
		}
	}
	n2 += ty * (ty - 1) / 2
	n0 := int64(n) * int64(n-1) / 2
	num := float64(n0 - n1 - n2 + n3 - 2*swaps)
	return num / math.Sqrt(float64(n0-n1)*float64(n0-n2))
}

type xyPair struct{ x, y float64 }

// kendallBuf is scratch space reused across the windows of RollingKendall.
type kendallBuf struct {
	pairs   []xyPair
	ys, tmp []float64
}

func (b *kendallBuf) grow(n int) {
	if len(b.pairs) < n {
		b.pairs, b.ys, b.tmp = make([]xyPair, n), make([]float64, n), make([]float64, n)
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// mergeCount sorts v (stable, bottom-up merge sort, tmp as scratch of the
// same length) and returns the number of exchanges: pairs i < j with
// v[i] > v[j].
func mergeCount(v, tmp []float64) int64 {
	n := len(v)
	if n < 2 {
		return 0
	}
	var swaps int64
	// Insertion sort on short runs, then merges.
	const run = 16
	for lo := 0; lo < n; lo += run {
		hi := min(lo+run, n)
		for i := lo + 1; i < hi; i++ {
			e := v[i]
			j := i
			for j > lo && v[j-1] > e {
				v[j] = v[j-1]
				j--
			}
			swaps += int64(i - j)
			v[j] = e
		}
	}
	src, dst := v, tmp
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := min(lo+width, n), min(lo+2*width, n)
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if src[j] < src[i] {
					dst[k] = src[j]
					swaps += int64(mid - i)
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	if &src[0] != &v[0] {
		copy(v, src)
	}
	return swaps
}
