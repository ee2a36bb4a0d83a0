package premia

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/must"
)

// Market is an investment universe of n assets (volatilities and correlation
// matrix) with its market portfolio x and the Sharpe ratio SR(x | r) of that
// portfolio. Its methods give the risk premia implied by the market
// portfolio. Build it with NewMarket; a Market is immutable.
type Market struct {
	x, vols []float64
	corr    *mat.SymDense
	sr      float64
	cov     *mat.SymDense
	sx      []float64 // Sigma x
	vol     float64   // sigma(x)
}

// NewMarket returns the universe with market portfolio x (weights summing
// to 1, shorts allowed), asset volatilities vols, correlation matrix corr and
// Sharpe ratio sr of the market portfolio, all as decimals. It returns an
// error naming the failed condition when the weights do not sum to 1, a
// volatility is negative, corr is not a correlation matrix (|rho| > 1, not
// positive semi-definite), sr <= 0, or the portfolio has zero volatility or a
// variance beyond the float64 range (volatilities above about 1e154).
// It panics when corr is nil or the lengths of x, vols and corr differ.
// The inputs are copied.
func NewMarket(x, vols []float64, corr mat.Symmetric, sr float64) (*Market, error) {
	must.NotNil("premia: NewMarket", "corr", corr)
	n := corr.SymmetricDim()
	if len(x) != n || len(vols) != n {
		panic(fmt.Sprintf("premia: NewMarket: %d weights and %d volatilities for a %dx%d correlation matrix", len(x), len(vols), n, n))
	}
	if err := CheckWeights(x); err != nil {
		return nil, fmt.Errorf("premia: NewMarket: %w", err)
	}
	if err := CheckVols(vols); err != nil {
		return nil, fmt.Errorf("premia: NewMarket: %w", err)
	}
	if err := CheckCorr(corr); err != nil {
		return nil, fmt.Errorf("premia: NewMarket: %w", err)
	}
	if !(sr > 0) || math.IsInf(sr, 0) {
		return nil, fmt.Errorf("premia: NewMarket: Sharpe ratio must be > 0, got %v", sr)
	}
	m := &Market{x: append([]float64(nil), x...), vols: append([]float64(nil), vols...), sr: sr}
	m.corr = mat.NewSymDense(n, nil)
	m.corr.CopySym(corr)
	m.cov = Cov(m.vols, m.corr)
	m.sx, m.vol = covTimes(m.x, m.cov)
	if math.IsNaN(m.vol) || math.IsInf(m.vol, 0) {
		return nil, fmt.Errorf("premia: NewMarket: the market variance overflows the float64 range (volatilities up to %g)", slices.Max(vols))
	}
	if !(m.vol > 0) {
		return nil, fmt.Errorf("premia: NewMarket: the market portfolio has zero volatility")
	}
	return m, nil
}

// N returns the number of assets.
func (m *Market) N() int {
	m.check("N")
	return len(m.x)
}

// SR returns the Sharpe ratio of the market portfolio.
func (m *Market) SR() float64 {
	m.check("SR")
	return m.sr
}

// Cov returns a copy of the covariance matrix Sigma_ij = rho_ij sigma_i sigma_j.
func (m *Market) Cov() *mat.SymDense {
	m.check("Cov")
	c := mat.NewSymDense(m.N(), nil)
	c.CopySym(m.cov)
	return c
}

// Volatility returns the volatility of the market portfolio,
// sigma(x) = sqrt(x' Sigma x).
func (m *Market) Volatility() float64 {
	m.check("Volatility")
	return m.vol
}

// MarginalVols returns the marginal volatilities
// d sigma(x) / d x_i = (Sigma x)_i / sigma(x). See Portelli & Roncalli (2024),
// section 2.1.2.
func (m *Market) MarginalVols() []float64 {
	m.check("MarginalVols")
	mv := make([]float64, m.N())
	for i, s := range m.sx {
		mv[i] = s / m.vol
	}
	return mv
}

// RiskContributions returns the Euler risk contributions
// RC_i = x_i (Sigma x)_i / sigma(x); they sum to sigma(x).
func (m *Market) RiskContributions() []float64 {
	m.check("RiskContributions")
	return RiskContributions(m.x, m.cov)
}

// Premia returns the implied risk premia (excess expected returns)
// pi_i = SR(x | r) (Sigma x)_i / sigma(x). See Portelli & Roncalli (2024),
// eq. (1), section 2.1.1.
func (m *Market) Premia() []float64 {
	m.check("Premia")
	p := m.MarginalVols()
	for i := range p {
		p[i] *= m.sr
	}
	return p
}

// PremiaSplit returns the implied risk premia split into their variance part
// SR x_i sigma_i^2 / sigma(x), always >= 0, and their covariance part
// SR sigma_i sum_{j != i} x_j rho_ij sigma_j / sigma(x), whose sign follows
// the correlations; variance[i] + covariance[i] = Premia()[i]. See Portelli &
// Roncalli (2024), section 2.1.4 and eq. (9)-(10).
func (m *Market) PremiaSplit() (variance, covariance []float64) {
	m.check("PremiaSplit")
	n := m.N()
	variance, covariance = make([]float64, n), make([]float64, n)
	k := m.sr / m.vol
	for i := range n {
		v := m.x[i] * m.cov.At(i, i)
		variance[i] = k * v
		covariance[i] = k * (m.sx[i] - v)
	}
	return variance, covariance
}

// check panics, naming the method, when m is nil (a Market is built with
// NewMarket, whose error the caller must check).
func (m *Market) check(method string) {
	if m == nil {
		panic(fmt.Sprintf("premia: Market.%s: nil Market", method))
	}
}
