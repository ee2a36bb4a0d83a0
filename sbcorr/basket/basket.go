package basket

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/must"
	"github.com/stockbond/sbcorr/sbcorr/premia"
)

// Basket is an equity basket of n stocks (weights w summing to 1,
// volatilities, correlation matrix of the stocks) together with each
// stock's correlation with the bond. Build it with New; a Basket is
// immutable.
type Basket struct {
	w, vols, corrB []float64
	volS           float64
}

// New returns the basket with weights w (summing to 1; shorts allowed),
// stock volatilities vols, stock correlation matrix corr and stock-bond
// correlations corrB (rho_i,B). It returns an error naming the failed
// condition when the weights do not sum to 1, a volatility is negative, the
// joint (n+1)x(n+1) correlation matrix of the stocks and the bond is not a
// correlation matrix (|rho| > 1, not positive semi-definite), or the basket
// has zero volatility or a volatility beyond the float64 range. The
// variance is computed on the volatilities multiplied by a power of two
// (exact), so volatilities of any finite magnitude (1e-300 or 1e200) give
// the same correlations and weights. It panics when corr is nil or the
// lengths differ. The inputs are copied.
func New(w, vols []float64, corr mat.Symmetric, corrB []float64) (*Basket, error) {
	must.NotNil("basket: New", "corr", corr)
	n := corr.SymmetricDim()
	if len(w) != n || len(vols) != n || len(corrB) != n {
		panic(fmt.Sprintf("basket: New: %d weights, %d volatilities and %d bond correlations for a %dx%d correlation matrix", len(w), len(vols), len(corrB), n, n))
	}
	if err := premia.CheckWeights(w); err != nil {
		return nil, fmt.Errorf("basket: New: %w", err)
	}
	if err := premia.CheckVols(vols); err != nil {
		return nil, fmt.Errorf("basket: New: %w", err)
	}
	joint := mat.NewSymDense(n+1, nil)
	for i := range n {
		for j := i; j < n; j++ {
			joint.SetSym(i, j, corr.At(i, j))
		}
		joint.SetSym(i, n, corrB[i])
	}
	joint.SetSym(n, n, 1)
	if err := premia.CheckCorr(joint); err != nil {
		return nil, fmt.Errorf("basket: New: stocks and bond: %w (the bond is asset %d)", err, n+1)
	}
	b := &Basket{w: clone(w), vols: clone(vols), corrB: clone(corrB)}
	_, e := math.Frexp(slices.Max(vols))
	cov := premia.Cov(scaled(vols, e), corr)
	v := mat.Inner(mat.NewVecDense(n, b.w), cov, mat.NewVecDense(n, b.w))
	b.volS = math.Ldexp(math.Sqrt(math.Max(v, 0)), e)
	if math.IsNaN(b.volS) || math.IsInf(b.volS, 0) {
		return nil, fmt.Errorf("basket: New: the basket volatility is %v: volatilities up to %g exceed the float64 range", b.volS, slices.Max(vols))
	}
	if !(b.volS > 0) {
		return nil, fmt.Errorf("basket: New: the basket has zero volatility")
	}
	return b, nil
}

func clone(x []float64) []float64 { return append([]float64(nil), x...) }

// scaled returns v times 2^-e (exact).
func scaled(v []float64, e int) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = math.Ldexp(x, -e)
	}
	return out
}

// check panics, naming the method, when b is nil (a Basket is built with
// New or Estimate, whose error the caller must check).
func (b *Basket) check(method string) {
	if b == nil {
		panic(fmt.Sprintf("basket: Basket.%s: nil Basket", method))
	}
}

// Weights returns a copy of the weights w.
func (b *Basket) Weights() []float64 {
	b.check("Weights")
	return clone(b.w)
}

// Vol returns the basket volatility sigma_S = sqrt(w' Sigma w).
func (b *Basket) Vol() float64 {
	b.check("Vol")
	return b.volS
}

// Omega returns the correlation weights omega_i = w_i sigma_i / sigma_S.
// See Portelli & Roncalli (2024), section 2.3.2 and appendix A.5.1.
func (b *Basket) Omega() []float64 {
	b.check("Omega")
	o := make([]float64, len(b.w))
	for i := range o {
		o[i] = b.w[i] * b.vols[i] / b.volS
	}
	return o
}

// Corr returns the aggregate stock-bond correlation
// rho_S,B = sum_i omega_i rho_i,B. See Portelli & Roncalli (2024), section
// 2.3.2 and appendix A.5.1.
func (b *Basket) Corr() float64 {
	b.check("Corr")
	return dot(b.Omega(), b.corrB)
}

// AverageCorr returns the weighted average of the individual correlations
// sum_i w_i rho_i,B, which differs from Corr unless every rho_i,B is 1.
func (b *Basket) AverageCorr() float64 {
	b.check("AverageCorr")
	return dot(b.w, b.corrB)
}

// DiversificationRatio returns DR(w) = sum_i w_i sigma_i / sigma_S
// (Choueifaty and Coignard, 2008); it equals Leverage. See Portelli &
// Roncalli (2024), appendix A.5.3.
func (b *Basket) DiversificationRatio() float64 {
	b.check("DiversificationRatio")
	return dot(b.w, b.vols) / b.volS
}

// Leverage returns L(omega) = sum_i omega_i, the factor that amplifies a
// common individual correlation: rho_S,B = L(omega) rho when every
// rho_i,B = rho. See Portelli & Roncalli (2024), section 2.3.2.
func (b *Basket) Leverage() float64 {
	b.check("Leverage")
	return sum(b.Omega())
}

func dot(x, y []float64) float64 {
	s := 0.0
	for i := range x {
		s += x[i] * y[i]
	}
	return s
}

func sum(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v
	}
	return s
}
