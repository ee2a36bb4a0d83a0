package dated

import (
	"fmt"

	"github.com/stockbond/sbcorr/sbcorr/payoff"
	"github.com/stockbond/sbcorr/series"
)

// LocalPayoff is the nonlinear bond payoff m(x) = E[R_B | R_S = x] of
// Portelli & Roncalli (2024), section 3.5.2 (Figures 54-55, 112-115),
// estimated by local linear regression with a Gaussian kernel
// (payoff.LocalPoly, degree 1) and the paper's bandwidth kappa = 2 sigma
// T^-0.20 (payoff.DefaultBandwidth), on the joint observations of a stock
// and a bond return series. Returns are decimals of the series' period.
type LocalPayoff struct {
	X, Y []float64        // stock and bond returns on their joint dates (series.Align)
	Poly payoff.LocalPoly // the estimator: Degree 1, H the paper's bandwidth
}

// NewLocalPayoff returns the local linear payoff of bond on stock over the
// dates where both have a value. It returns payoff.DefaultBandwidth's error
// (fewer than 2 joint observations, a constant stock return).
func NewLocalPayoff(stock, bond series.Series) (LocalPayoff, error) {
	x, y := series.Align(stock, bond)
	h, err := payoff.DefaultBandwidth(x.Values)
	if err != nil {
		return LocalPayoff{}, fmt.Errorf("dated: NewLocalPayoff: %q and %q: %w", stock.Name, bond.Name, err)
	}
	return LocalPayoff{X: x.Values, Y: y.Values, Poly: payoff.LocalPoly{Degree: 1, H: h}}, nil
}

// Quantile returns the type-7 p-quantile of the stock returns
// (series.Quantile), to read the payoff between quantiles ("normal days"
// are those between the 5% and 95% quantiles).
func (p LocalPayoff) Quantile(q float64) float64 { return series.Quantile(p.X, q) }

// Slope returns the average slope of the fitted payoff between the stock
// returns a and b, (m(b) - m(a)) / (b - a), in bond return per unit of
// stock return: how the paper's readings of a payoff ("the slope is
// negative for very bad days") are put in numbers. It returns the fit's
// error, and NaN where the fit is undefined at a or b; it panics when
// a == b.
func (p LocalPayoff) Slope(a, b float64) (float64, error) {
	if a == b {
		panic(fmt.Sprintf("dated: LocalPayoff.Slope: a = b = %v", a))
	}
	m, err := p.Poly.Fit(p.X, p.Y, []float64{a, b})
	if err != nil {
		return 0, fmt.Errorf("dated: LocalPayoff.Slope: %w", err)
	}
	return (m[1] - m[0]) / (b - a), nil
}

// CurveOptions says which payoff curves LocalPayoff.Curves computes.
type CurveOptions struct {
	Lo, Hi float64   // quantile levels of the stock returns bounding the grid, e.g. 0.01 and 0.99
	N      int       // points of the grid (at least 2)
	Level  float64   // level of the pointwise band; 0 means 0.95
	CV     bool      // add the fit with the bandwidth chosen by cross-validation
	Taus   []float64 // conditional quantile levels to add (payoff.LocalQuantile), e.g. 0.10 and 0.90
	QN     int       // points of the (coarser) grid of the quantile curves; 0 means N
}

// Curves are payoff curves on a grid of stock returns (see
// LocalPayoff.Curves); a plain struct, so nb.Cached can keep them on disk.
type Curves struct {
	X           []float64   // the grid: N equally spaced stock returns between the Lo and Hi quantiles
	Fit, Lo, Hi []float64   // local linear payoff with the paper's bandwidth and its pointwise band
	H, HCV      float64     // the paper's bandwidth and the cross-validated one (0 unless asked)
	CV          []float64   // local linear payoff with bandwidth HCV (nil unless asked)
	QX          []float64   // the grid of the quantile curves (QN points over the same range)
	Q           [][]float64 // Q[k] is the local linear Taus[k]-quantile of the bond return on QX
}

// Curves returns the payoff on a grid with its pointwise band
// (payoff.LocalPoly.Band: heteroskedasticity-robust, smoothing bias
// ignored) and, when asked, the fit with the bandwidth minimising the
// binned leave-one-out cross-validation score in [H/5, 5H]
// (payoff.SelectBandwidth over LocalPoly.CVBinned with 20 bins per
// bandwidth) and the local linear conditional quantiles of Remark 3
// (payoff.LocalQuantile, iterative: give them a coarser grid). It returns
// the estimators' errors and panics when N < 2 or Lo >= Hi.
func (p LocalPayoff) Curves(o CurveOptions) (Curves, error) {
	if o.N < 2 || !(o.Lo < o.Hi) {
		panic(fmt.Sprintf("dated: LocalPayoff.Curves: grid of %d points from quantile %v to %v", o.N, o.Lo, o.Hi))
	}
	if o.Level == 0 {
		o.Level = 0.95
	}
	if o.QN == 0 {
		o.QN = o.N
	}
	c := Curves{X: payoff.Grid(p.Quantile(o.Lo), p.Quantile(o.Hi), o.N), H: p.Poly.H}
	band, err := p.Poly.Band(p.X, p.Y, c.X, o.Level)
	if err != nil {
		return c, fmt.Errorf("dated: LocalPayoff.Curves: %w", err)
	}
	c.Fit, c.Lo, c.Hi = band.Fit, band.Lo, band.Hi
	if o.CV {
		score := func(h float64) (float64, error) {
			s, _, err := payoff.LocalPoly{Degree: p.Poly.Degree, H: h}.CVBinned(p.X, p.Y, 20)
			return s, err
		}
		if c.HCV, err = payoff.SelectBandwidth(score, p.Poly.H/5, 5*p.Poly.H); err != nil {
			return c, fmt.Errorf("dated: LocalPayoff.Curves: %w", err)
		}
		if c.CV, err = (payoff.LocalPoly{Degree: p.Poly.Degree, H: c.HCV}).Fit(p.X, p.Y, c.X); err != nil {
			return c, fmt.Errorf("dated: LocalPayoff.Curves: %w", err)
		}
	}
	c.QX = payoff.Grid(c.X[0], c.X[len(c.X)-1], o.QN)
	for _, tau := range o.Taus {
		q, err := payoff.LocalQuantile{Degree: p.Poly.Degree, H: p.Poly.H, Tau: tau}.Fit(p.X, p.Y, c.QX)
		if err != nil {
			return c, fmt.Errorf("dated: LocalPayoff.Curves: %w", err)
		}
		c.Q = append(c.Q, q)
	}
	return c, nil
}
