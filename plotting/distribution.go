package plotting

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

// DensityLine returns the histogram density of the sample v on [lo, hi]
// in bins of width w, as a curve through the bin midpoints: the point of
// bin b is (lo + (b + 1/2) w, count_b / (n w)), n the length of v. Drawn as
// lines (Scatter.Curves), several samples compare on one chart, e.g. the
// Monte Carlo densities of a correlation under several priors (Figure 14 of
// Portelli & Roncalli 2024). Unlike a kernel estimate it puts no mass
// beyond a bounded support such as [-1, 1]. The number of bins is
// round((hi - lo) / w); a value equal to hi falls in the last bin; values
// outside [lo, hi] and NaN count in n but in no bin, so the curve
// integrates to the share of v inside [lo, hi]. It panics unless lo < hi
// and 0 < w <= hi - lo.
func DensityLine(name string, v []float64, lo, hi, w float64) XY {
	if !(lo < hi) || !(w > 0 && w <= hi-lo) {
		panic(fmt.Sprintf("plotting: DensityLine: bins of width %g on [%g, %g]", w, lo, hi))
	}
	nb := int(math.Round((hi - lo) / w))
	xy := XY{Name: name, X: make([]float64, nb), Y: make([]float64, nb)}
	for _, x := range v {
		if x >= lo && x <= hi {
			xy.Y[min(int((x-lo)/w), nb-1)]++
		}
	}
	for b := range nb {
		xy.X[b] = lo + (float64(b)+0.5)*w
		xy.Y[b] /= float64(len(v)) * w
	}
	return xy
}

// ECDF returns the empirical distribution function of the non-NaN values
// of v at each point x of at, F(x) = #{v_i < x} / n with n the number of
// non-NaN values (strictly below, as the probability P(rho_SB < x) of
// Figure 15 of Portelli & Roncalli 2024): a curve for Scatter.Curves. It
// is NaN everywhere when v has no non-NaN value; at is not modified.
func ECDF(name string, v, at []float64) XY {
	s := slices.DeleteFunc(slices.Clone(v), math.IsNaN)
	slices.Sort(s)
	xy := XY{Name: name, X: slices.Clone(at), Y: make([]float64, len(at))}
	for i, x := range at {
		xy.Y[i] = float64(sort.SearchFloat64s(s, x)) / float64(len(s))
	}
	return xy
}
