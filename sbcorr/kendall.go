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
// nil, is reused scratch space of at least 3 len(x) ints.
func kendallTauB(x, y []float64, buf []int) float64 {
	n := len(x)
	if len(buf) < 3*n {
		buf = make([]int, 3*n)
	}
	idx, tmp := buf[:n], buf[n:2*n]
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := cmpFloat(x[a], x[b]); c != 0 {
			return c
		}
		return cmpFloat(y[a], y[b])
	})
	// Ties in x (n1) and joint ties in (x, y) (n3), on the (x, y)-sorted order.
	var n1, n3 int64
	tx, txy := int64(1), int64(1)
	for i := 1; i < n; i++ {
		a, b := idx[i-1], idx[i]
		if x[a] == x[b] {
			tx++
			if y[a] == y[b] {
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
	// Merge sort by y, counting the exchanges (discordant pairs).
	swaps := mergeCount(idx, tmp, y)
	var n2 int64
	ty := int64(1)
	for i := 1; i < n; i++ {
		if y[idx[i-1]] == y[idx[i]] {
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

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// mergeCount sorts idx by y[idx] (stable, bottom-up merge sort) and returns
// the number of exchanges: pairs i < j with y[idx[i]] > y[idx[j]].
func mergeCount(idx, tmp []int, y []float64) int64 {
	n := len(idx)
	var swaps int64
	// Insertion sort on short runs, then merges.
	const run = 16
	for lo := 0; lo < n; lo += run {
		hi := min(lo+run, n)
		for i := lo + 1; i < hi; i++ {
			v := idx[i]
			j := i
			for j > lo && y[idx[j-1]] > y[v] {
				idx[j] = idx[j-1]
				j--
			}
			swaps += int64(i - j)
			idx[j] = v
		}
	}
	src, dst := idx, tmp
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := min(lo+width, n), min(lo+2*width, n)
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if y[src[j]] < y[src[i]] {
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
	if &src[0] != &idx[0] {
		copy(idx, src)
	}
	return swaps
}
