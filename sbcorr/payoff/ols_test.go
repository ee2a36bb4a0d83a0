package payoff

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestFitLinearLeverage(t *testing.T) {
	x := []float64{-0.03, -0.01, 0, 0.002, 0.01, 0.015, 0.05, -0.004}
	y := []float64{0.01, 0.002, 0.001, -0.001, -0.002, 0.0, -0.02, 0.003}
	f, err := FitLinear(x, y)
	if err != nil {
		t.Fatal(err)
	}
	// Hat matrix H = X (X'X)^-1 X' computed explicitly.
	n := len(x)
	X := mat.NewDense(n, 2, nil)
	for i := range x {
		X.Set(i, 0, 1)
		X.Set(i, 1, x[i])
	}
	var xtx, inv, h, tmp mat.Dense
	xtx.Mul(X.T(), X)
	if err := inv.Inverse(&xtx); err != nil {
		t.Fatal(err)
	}
	tmp.Mul(X, &inv)
	h.Mul(&tmp, X.T())
	var tr float64
	for i := range x {
		if d := math.Abs(f.Leverage[i] - h.At(i, i)); d > 1e-12 {
			t.Errorf("H_%d%d = %v, explicit %v", i, i, f.Leverage[i], h.At(i, i))
		}
		tr += f.Leverage[i]
	}
	if math.Abs(tr-2) > 1e-12 {
		t.Errorf("trace H = %v, want 2", tr)
	}
	// Coefficients from the normal equations.
	var beta mat.Dense
	beta.Mul(&inv, X.T())
	var b0, b1 float64
	for i := range y {
		b0 += beta.At(0, i) * y[i]
		b1 += beta.At(1, i) * y[i]
	}
	if math.Abs(f.Beta0-b0) > 1e-14 || math.Abs(f.Beta1-b1) > 1e-12 {
		t.Errorf("beta = %v %v, want %v %v", f.Beta0, f.Beta1, b0, b1)
	}
	inf := f.Influential(0.25) // 2 of 8: x = 0.05 and -0.03
	if len(inf.Index) != 2 || inf.Index[0] != 6 || inf.Index[1] != 0 {
		t.Errorf("influential = %v, want [6 0]", inf.Index)
	}
	if want := (h.At(6, 6) + h.At(0, 0)) / 2; math.Abs(inf.LeverageShare-want) > 1e-14 {
		t.Errorf("leverage share = %v, want %v", inf.LeverageShare, want)
	}
	mx := 0.0
	for _, v := range x {
		mx += v / float64(n)
	}
	var all float64
	for _, v := range x {
		all += (v - mx) * (v - mx)
	}
	want := ((0.05-mx)*(0.05-mx) + (-0.03-mx)*(-0.03-mx)) / all
	if math.Abs(inf.ESSShare-want) > 1e-14 {
		t.Errorf("ESS share = %v, want %v", inf.ESSShare, want)
	}
	if id := (2.0/8 + inf.ESSShare) / 2; math.Abs(inf.LeverageShare-id) > 1e-14 {
		t.Errorf("leverage share %v, identity (k/n + ESS share)/2 = %v", inf.LeverageShare, id)
	}
	if all := f.Influential(1); math.Abs(all.ESSShare-1) > 1e-14 || math.Abs(all.LeverageShare-1) > 1e-14 {
		t.Errorf("shares of all = %+v", all)
	}
	if _, err := FitLinear([]float64{1, 1, 1}, []float64{1, 2, 3}); err == nil {
		t.Error("constant x: no error")
	}
	if _, err := FitLinear([]float64{1, 2}, []float64{1, 2}); err == nil {
		t.Error("two points: no error")
	}
}
