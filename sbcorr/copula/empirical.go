package copula

import (
	"fmt"
	"math"
	"sort"

	"github.com/stockbond/sbcorr/sbcorr"
	"gonum.org/v1/gonum/stat/distuv"
)

// PseudoObs returns the pseudo-observations u_i = rank(x_i) / (n + 1), the
// empirical probability integral transform used to build the empirical
// copula and the dependogram (Portelli & Roncalli (2024), section 3.5.1).
// Tied values get the average of their ranks. It returns an error if x is
// empty or holds a NaN or an infinite value (naming its index): ranks are
// defined for any finite values, whatever their magnitude.
func PseudoObs(x []float64) ([]float64, error) {
	n := len(x)
	if n == 0 {
		return nil, fmt.Errorf("copula: PseudoObs: empty sample")
	}
	idx := make([]int, n)
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("copula: PseudoObs: x[%d] is %v", i, v)
		}
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return x[idx[a]] < x[idx[b]] })
	u := make([]float64, n)
	for i := 0; i < n; {
		j := i
		for j+1 < n && x[idx[j+1]] == x[idx[i]] {
			j++
		}
		r := float64(i+j)/2 + 1 // average of ranks i+1 .. j+1
		for k := i; k <= j; k++ {
			u[idx[k]] = r / float64(n+1)
		}
		i = j + 1
	}
	return u, nil
}

// Dependogram returns the pseudo-observations (u_i, v_i) of the pairs
// (x_i, y_i): the points of the dependogram, i.e. the scatter plot of the
// empirical copula (Portelli & Roncalli (2024), section 3.5.1, Figures
// 46-48). It panics if the lengths differ and returns PseudoObs' errors.
func Dependogram(x, y []float64) (u, v []float64, err error) {
	if len(x) != len(y) {
		panic(fmt.Sprintf("copula: Dependogram: len(x) = %d, len(y) = %d", len(x), len(y)))
	}
	if u, err = PseudoObs(x); err != nil {
		return nil, nil, fmt.Errorf("copula: Dependogram: x: %w", err)
	}
	if v, err = PseudoObs(y); err != nil {
		return nil, nil, fmt.Errorf("copula: Dependogram: y: %w", err)
	}
	return u, v, nil
}

// NormalScoresCorr returns the normal-scores (van der Waerden) correlation,
// the Pearson correlation of Phi^-1(u_i) and Phi^-1(v_i) computed from the
// pseudo-observations: the correlation parameter of a Gaussian copula fitted
// to the empirical copula, our estimate of the paper's "copula correlation"
// (+34.2% in 1980-1999, -33.7% in 2000-2019; section 3.5.1). It returns an
// error for fewer than 3 pairs, NaN values or a constant series.
func NormalScoresCorr(x, y []float64) (float64, error) {
	if len(x) != len(y) {
		panic(fmt.Sprintf("copula: NormalScoresCorr: len(x) = %d, len(y) = %d", len(x), len(y)))
	}
	if len(x) < 3 {
		return 0, fmt.Errorf("copula: NormalScoresCorr: %d pairs, need at least 3", len(x))
	}
	u, err := NormalScores(x)
	if err != nil {
		return 0, fmt.Errorf("copula: NormalScoresCorr: x: %w", err)
	}
	v, err := NormalScores(y)
	if err != nil {
		return 0, fmt.Errorf("copula: NormalScoresCorr: y: %w", err)
	}
	return pearson("NormalScoresCorr", u, v)
}

// NormalScores returns Phi^-1(u_i) of the pseudo-observations u_i of x (van
// der Waerden scores): x mapped to standard normal margins, keeping its
// empirical copula. Errors are those of PseudoObs.
func NormalScores(x []float64) ([]float64, error) {
	u, err := PseudoObs(x)
	if err != nil {
		return nil, err
	}
	for i := range u {
		u[i] = distuv.UnitNormal.Quantile(u[i])
	}
	return u, nil
}

// pearson returns the Pearson correlation (sbcorr.Corr: exact for finite
// values of any magnitude), or an error naming fn when a series is
// constant or has fewer than 3 values.
func pearson(fn string, x, y []float64) (float64, error) {
	if len(x) < 3 {
		return 0, fmt.Errorf("copula: %s: %d pairs, need at least 3", fn, len(x))
	}
	if isConstant(x) || isConstant(y) {
		return 0, fmt.Errorf("copula: %s: constant series (zero variance)", fn)
	}
	r, err := sbcorr.Corr(x, y) // exact for finite values of any magnitude
	if err != nil {
		return 0, fmt.Errorf("copula: %s: %w", fn, err)
	}
	return r, nil
}

// isConstant reports whether every value of v equals the first.
func isConstant(v []float64) bool {
	for _, x := range v {
		if x != v[0] {
			return false
		}
	}
	return true
}

// Empirical is the empirical copula of pseudo-observations (U_i, V_i):
// C_n(u, v) = (1/n) #{i : U_i <= u, V_i <= v}.
type Empirical struct {
	U, V []float64
}

// CDF returns C_n(u, v); it is O(n). It panics when U and V differ in
// length or are empty, or u or v is outside [0, 1].
func (e Empirical) CDF(u, v float64) float64 {
	if len(e.U) != len(e.V) || len(e.U) == 0 {
		panic(fmt.Sprintf("copula: Empirical.CDF: len(U) = %d, len(V) = %d: need equal, non-zero lengths", len(e.U), len(e.V)))
	}
	mustUnit("Empirical.CDF", "u", u)
	mustUnit("Empirical.CDF", "v", v)
	c := 0
	for i := range e.U {
		if e.U[i] <= u && e.V[i] <= v {
			c++
		}
	}
	return float64(c) / float64(len(e.U))
}
