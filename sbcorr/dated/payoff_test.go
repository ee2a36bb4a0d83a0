package dated

import (
	"math"
	"slices"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/sbcorr/payoff"
	"github.com/stockbond/sbcorr/series"
)

// The dated payoff drops the dates where either return is missing and
// then calls the payoff estimators on the joint observations.
func TestLocalPayoffMatchesTheEstimators(t *testing.T) {
	x, y := pair(600)
	x.Values[7] = math.NaN()
	p, err := NewLocalPayoff(x, y)
	if err != nil {
		t.Fatal(err)
	}
	xs, ys := series.Align(x, y)
	h, _ := payoff.DefaultBandwidth(xs.Values)
	if len(p.X) != 599 || p.Poly.H != h || p.Poly.Degree != 1 || !slices.Equal(p.Y, ys.Values) {
		t.Fatalf("%d observations, bandwidth %v (want %v)", len(p.X), p.Poly.H, h)
	}
	a, b := p.Quantile(0.05), p.Quantile(0.95)
	if a != series.Quantile(xs.Values, 0.05) {
		t.Fatalf("quantile %v", a)
	}
	m, _ := p.Poly.Fit(p.X, p.Y, []float64{a, b})
	if s, err := p.Slope(a, b); err != nil || s != (m[1]-m[0])/(b-a) {
		t.Fatalf("slope %v (%v), want %v", s, err, (m[1]-m[0])/(b-a))
	}
	c, err := p.Curves(CurveOptions{Lo: 0.05, Hi: 0.95, N: 11, CV: true, Taus: []float64{0.1, 0.9}, QN: 5})
	if err != nil {
		t.Fatal(err)
	}
	band, _ := p.Poly.Band(p.X, p.Y, payoff.Grid(a, b, 11), 0.95)
	fit, lo, hi := band.Fit, band.Lo, band.Hi
	if !slices.Equal(c.X, payoff.Grid(a, b, 11)) || !slices.Equal(c.Fit, fit) || !slices.Equal(c.Lo, lo) || !slices.Equal(c.Hi, hi) {
		t.Fatalf("grid %v..%v, fit %v", c.X[0], c.X[10], c.Fit)
	}
	q, _ := payoff.LocalQuantile{Degree: 1, H: h, Tau: 0.9}.Fit(p.X, p.Y, payoff.Grid(a, b, 5))
	if len(c.Q) != 2 || !slices.Equal(c.Q[1], q) || len(c.QX) != 5 {
		t.Fatalf("quantiles %v, want %v", c.Q, q)
	}
	cv, _ := payoff.LocalPoly{Degree: 1, H: c.HCV}.Fit(p.X, p.Y, c.X)
	if !(c.HCV >= h/5 && c.HCV <= 5*h) || !slices.Equal(c.CV, cv) {
		t.Fatalf("CV bandwidth %v (default %v), fit %v", c.HCV, h, c.CV)
	}
}

func TestLocalPayoffBadInput(t *testing.T) {
	x, y := pair(50)
	_, err := NewLocalPayoff(x.Map(func(float64) float64 { return 1 }), y)
	errtest.Says(t, "constant stock", err, "dated: NewLocalPayoff:", `"x"`)
	p, err := NewLocalPayoff(x, y)
	if err != nil {
		t.Fatal(err)
	}
	errtest.Panics(t, "slope", func() { p.Slope(0.01, 0.01) }, "dated: LocalPayoff.Slope:")
	errtest.Panics(t, "grid", func() { p.Curves(CurveOptions{Lo: 0.5, Hi: 0.5, N: 5}) }, "dated: LocalPayoff.Curves:")
}
