package curve

import (
	"math"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestInfiniteAndAbsurdMaturities checks: a +Inf or absurd
// maturity is an error of Bootstrap and the fitters (Bootstrap used to
// return one node with a nil error), an infinite yield is an error of
// Bootstrap, and ParYield refuses an absurd maturity at once instead of
// summing a billion coupons.
func TestInfiniteAndAbsurdMaturities(t *testing.T) {
	m, y := sampleCurve()
	for _, bad := range []float64{math.Inf(1), 1e12, 1001} {
		mm := with(7, bad, m)
		_, err := Bootstrap(mm, y)
		errtest.Says(t, "Bootstrap", err, "curve: Bootstrap:", "point 7")
		_, _, err = FitNelsonSiegel(mm, y, FitOptions{})
		errtest.Says(t, "FitNelsonSiegel", err, "curve: fit:", "point 7")
		_, _, err = FitSvensson(mm, y, FitOptions{Target: ParYields})
		errtest.Says(t, "FitSvensson par", err, "curve: fit:", "point 7")
	}
	_, err := Bootstrap(m, with(3, math.Inf(1), y))
	errtest.Says(t, "Bootstrap +Inf yield", err, "curve: Bootstrap:", "infinite", "point 3")
	ns := NelsonSiegel{B0: 0.04, B1: -0.02, B2: 0.01, Tau: 2}
	start := time.Now()
	errtest.Panics(t, "ParYield 1e9", func() { ParYield(ns, 1e9) }, "curve: ParYield: maturity 1e+09")
	errtest.Panics(t, "ParYield +Inf", func() { ParYield(ns, math.Inf(1)) }, "curve: ParYield:")
	errtest.Panics(t, "ParYield NaN", func() { ParYield(ns, math.NaN()) }, "curve: ParYield:")
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing absurd maturities took %v", d)
	}
	if p := ParYield(ns, MaxMaturity); math.IsNaN(p) || p < 0.01 {
		t.Errorf("ParYield at MaxMaturity = %v", p)
	}
}

// TestNaNAndEmptyCurves checks: a NaN maturity gives
// NaN rates and discount factors (it used to index out of range), an empty
// curve and nil curves panic naming the function, as does MonthlyGrid(-1).
func TestNaNAndEmptyCurves(t *testing.T) {
	nan := math.NaN()
	if v := Linear([]float64{1, 2, 3}, []float64{4, 5, 6}, nan); !math.IsNaN(v) {
		t.Errorf("Linear at NaN = %v", v)
	}
	nodes := Nodes{T: []float64{0.5, 1, 2}, Z: []float64{0.01, 0.012, 0.015}}
	if v := nodes.Rate(nan); !math.IsNaN(v) {
		t.Errorf("Nodes.Rate(NaN) = %v", v)
	}
	if v := Discount(nodes, nan); !math.IsNaN(v) {
		t.Errorf("Discount(nodes, NaN) = %v", v)
	}
	errtest.Panics(t, "empty Nodes", func() { Nodes{}.Rate(1) }, "curve: Nodes.Rate:")
	errtest.Panics(t, "Nodes lengths", func() { Nodes{T: []float64{1, 2}, Z: []float64{0.01}}.Rate(1) }, "curve: Nodes.Rate:")
	errtest.Panics(t, "Linear empty", func() { Linear(nil, nil, 1) }, "curve: Linear:")
	var typed *Nodes
	for _, c := range []Zero{nil, typed} {
		errtest.Panics(t, "Discount nil", func() { Discount(c, 1) }, "curve: Discount: c is nil")
		errtest.Panics(t, "Forward nil", func() { Forward(c, 0, 1) }, "curve: Forward: c is nil")
		errtest.Panics(t, "ParYield nil", func() { ParYield(c, 2) }, "curve: ParYield: c is nil")
		errtest.Panics(t, "MonthlyGrid nil", func() { MonthlyGrid([]Zero{nodes, c}, 3) }, "curve: MonthlyGrid: curves[1] is nil")
	}
	errtest.Panics(t, "MonthlyGrid -1", func() { MonthlyGrid([]Zero{nodes}, -1) }, "curve: MonthlyGrid: M = -1")
}
