package curve

import (
	"math"
	"testing"
)

func TestBootstrapReproducesPar(t *testing.T) {
	par := []float64{0.0005, 0.0006, 0.0006, 0.0019, 0.0039, 0.0073, 0.0097, 0.0126, 0.0144, 0.0152, 0.0194, 0.019}
	c, err := Bootstrap(tenors, par)
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range tenors {
		near(t, "par", ParYield(c, m), par[i], 1e-13)
	}
	// Hand check at one year: D(0.5) = 1/(1+c/2), D(1) = (1 - c1/2 D(0.5))/(1+c1/2).
	d05 := 1 / (1 + 0.0019/2)
	d1 := (1 - 0.0039/2*d05) / (1 + 0.0039/2)
	near(t, "z(1)", c.Rate(1), -math.Log(d1), 1e-15)
	// Flat par curve: every zero rate equals the continuous equivalent
	// of the semi-annual rate beyond six months.
	flat := make([]float64, len(tenors))
	for i := range flat {
		flat[i] = 0.04
	}
	f, _ := Bootstrap(tenors, flat)
	near(t, "flat z(10)", f.Rate(10), 2*math.Log(1.02), 1e-14)
	near(t, "forward flat", Forward(f, 3, 7), 2*math.Log(1.02), 1e-13)
	near(t, "discount", Discount(f, 10), math.Pow(1.02, -20), 1e-14)
}

func TestBootstrapErrors(t *testing.T) {
	if _, err := Bootstrap([]float64{1, 1}, []float64{0.01, 0.01}); err == nil {
		t.Error("repeated maturity: no error")
	}
	if _, err := Bootstrap([]float64{0, 1}, []float64{0.01, 0.01}); err == nil {
		t.Error("zero maturity: no error")
	}
	if _, err := Bootstrap([]float64{1}, []float64{-1}); err == nil {
		t.Error("yield -100%: no error")
	}
	if _, err := Bootstrap([]float64{1}, []float64{math.NaN()}); err == nil {
		t.Error("no valid point: no error")
	}
}

func TestLinearAndNodes(t *testing.T) {
	xs, ys := []float64{1, 2, 4}, []float64{0.01, 0.03, 0.02}
	near(t, "inside", Linear(xs, ys, 3), 0.025, 1e-15)
	near(t, "left", Linear(xs, ys, 0.5), 0.01, 0)
	near(t, "right", Linear(xs, ys, 9), 0.02, 0)
	n := Nodes{T: []float64{1, 2}, Z: []float64{0.01, 0.03}}
	// log discount interpolates linearly: z(1.5) 1.5 = (0.01 + 0.06)/2.
	near(t, "nodes", n.Rate(1.5), 0.035/1.5, 1e-15)
}
