package payoff

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/integrate/quad"

	"github.com/stockbond/sbcorr/sbcorr/copula"
)

// CopulaModel is a joint distribution of stock and bond returns given by a
// copula C and two margins, whose bond payoff is
//
//	m(x) = E[R_B | R_S = x] = int y c(F_S(x), F_B(y)) f_B(y) dy
//
// (Portelli & Roncalli (2024), section 2.2.2, Figures 10 and 60-62).
type CopulaModel struct {
	C    copula.Copula
	S, B Margin
}

// Quadrature of CopulaModel.Payoff: the bond return is written
// y = F_B^-1(Phi(z)) and the integral over the normal score z is done on
// [-zMax, zMax] with panels of width 1 and payoffNodes Gauss-Legendre nodes
// each; Phi(-37.5) is the smallest normal tail above the float64 underflow.
const (
	zMax        = 37
	payoffNodes = 10
	tailZ       = 36 // the outermost panels, whose contribution must be negligible
)

// Payoff returns m(x) at each stock return of xs by deterministic
// quadrature (no Monte Carlo). With the bond return y = F_B^-1(Phi(z)),
//
//	m(x) = int F_B^-1(Phi(z)) c(F_S(x), Phi(z)) phi(z) dz / int c(F_S(x), Phi(z)) phi(z) dz
//
// over z in [-37, 37] with composite Gauss-Legendre quadrature; the
// denominator, equal to 1 in exact arithmetic, removes the quadrature error
// of the conditional density's mass. Copula densities are evaluated with
// LogDensityTails, so they stay accurate at probabilities near 1.
//
// It returns an error when the model is invalid or when the integral does
// not converge: if the outermost panels (|z| > 36) contribute more than 1e-9
// relative to the result (for example independence with a Cauchy bond
// margin, whose mean does not exist). The Gaussian copula with normal
// margins reproduces the linear payoff of eq. (4) to 1e-10.
func (m CopulaModel) Payoff(xs []float64) ([]float64, error) {
	if err := m.S.Validate(); err != nil {
		return nil, fmt.Errorf("payoff: CopulaModel.Payoff: stock margin: %w", err)
	}
	if err := m.B.Validate(); err != nil {
		return nil, fmt.Errorf("payoff: CopulaModel.Payoff: bond margin: %w", err)
	}
	if m.C == nil {
		return nil, fmt.Errorf("payoff: CopulaModel.Payoff: nil copula")
	}
	if err := m.C.Validate(); err != nil {
		return nil, fmt.Errorf("payoff: CopulaModel.Payoff: copula: %w", err)
	}
	nodes := m.bondNodes()
	out := make([]float64, len(xs))
	for i, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("payoff: CopulaModel.Payoff: xs[%d] = %v is not finite", i, x)
		}
		u, ub := m.S.Probs(x)
		var num, den, tail float64
		for _, n := range nodes {
			w := n.w * math.Exp(m.C.LogDensityTails(u, ub, n.v, n.vb))
			num += w * n.y
			den += w
			if n.tail {
				tail += math.Abs(w * n.y)
			}
		}
		if !(den > 0) || math.IsNaN(num) {
			return nil, fmt.Errorf("payoff: CopulaModel.Payoff: conditional density vanishes at x = %v", x)
		}
		out[i] = num / den
		if tail > 1e-9*math.Max(math.Abs(num), m.B.Sigma*den) {
			return nil, fmt.Errorf("payoff: CopulaModel.Payoff: the integral does not converge at x = %v (mass beyond |z| = %d is %.3g of the result); the conditional bond mean may not exist", x, tailZ, tail/math.Abs(num))
		}
	}
	return out, nil
}

type bondNode struct {
	v, vb, y, w float64
	tail        bool
}

// bondNodes returns the quadrature nodes in the bond's normal score, with
// the probabilities, bond returns and weights w phi(z); they do not depend
// on x and are computed once per curve.
func (m CopulaModel) bondNodes() []bondNode {
	xg := make([]float64, payoffNodes)
	wg := make([]float64, payoffNodes)
	var out []bondNode
	for a := -zMax; a < zMax; a++ {
		quad.Legendre{}.FixedLocations(xg, wg, float64(a), float64(a+1))
		for j, z := range xg {
			v, vb := phiTails(z)
			out = append(out, bondNode{
				v: v, vb: vb,
				y:    m.B.QuantileTails(v, vb),
				w:    wg[j] * math.Exp(-z*z/2) / math.Sqrt(2*math.Pi),
				tail: math.Abs(z) > tailZ,
			})
		}
	}
	return out
}

// phiTails returns Phi(z) and 1 - Phi(z), both to full relative precision.
func phiTails(z float64) (p, pb float64) {
	return 0.5 * math.Erfc(-z/math.Sqrt2), 0.5 * math.Erfc(z/math.Sqrt2)
}
