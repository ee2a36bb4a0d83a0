package sbcorr

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestCorrDiffBootstrapLongBlocks checks: a block longer
// than half the shorter period is an error (circular blocks of length n are
// rotations of the period, so the bootstrap variance collapses and p tends
// to 0), while half the shorter period is accepted.
func TestCorrDiffBootstrapLongBlocks(t *testing.T) {
	x, y := returns300()
	cases := []struct {
		n1, n2, block int
	}{{20, 20, 20}, {20, 20, 11}, {100, 100, 500}, {20, 100, 11}}
	for _, c := range cases {
		_, err := CorrDiffBootstrap(x[:c.n1], y[:c.n1], x[c.n1:c.n1+c.n2], y[c.n1:c.n1+c.n2], c.block, 200, rand.NewPCG(1, 0x5b))
		errtest.Says(t, "CorrDiffBootstrap long block", err, "sbcorr: CorrDiffBootstrap:", "block", "half the shorter period")
	}
	d, err := CorrDiffBootstrap(x[:20], y[:20], x[20:120], y[20:120], 10, 200, rand.NewPCG(1, 0x5b))
	if err != nil || !(d.PValue > 0 && d.PValue <= 1) {
		t.Errorf("block 10 on 20 and 100 observations: %+v, %v", d, err)
	}
}

// TestPValueTail checks that two-sided normal p-values keep their value
// beyond |z| = 8.3, where 2 (1 - Phi(|z|)) underflows to 0: against the asymptotic series 2 phi(z)/z (1 - 1/z^2 + 3/z^4 - 15/z^6
// + 105/z^8), whose relative error is below 1e-6 for z >= 9, and through
// CorrDiffFisher, CorrDiffBootstrap and OLSHAC.
func TestPValueTail(t *testing.T) {
	for _, z := range []float64{9, 12, 20, 30, -30, 37} {
		a := math.Abs(z)
		u := 1 / (a * a)
		want := 2 * math.Exp(-a*a/2) / (a * math.Sqrt(2*math.Pi)) * (1 - u + 3*u*u - 15*u*u*u + 105*u*u*u*u)
		if got := twoSidedP(z); !(math.Abs(got/want-1) < 1e-6) {
			t.Errorf("twoSidedP(%v) = %v, want %v", z, got, want)
		}
	}
	// Two periods with opposite correlations of about 0.6: |Z| near 14.
	rng := rand.New(rand.NewPCG(17, 4))
	n := 400
	x, y := make([]float64, 2*n), make([]float64, 2*n)
	for i := range x {
		a, b := rng.NormFloat64(), rng.NormFloat64()
		s := 0.6
		if i >= n {
			s = -0.6
		}
		x[i], y[i] = a, s*a+0.8*b
	}
	d, err := CorrDiffFisher(x[:n], y[:n], x[n:], y[n:])
	if err != nil || !(math.Abs(d.Z) > 9 && math.Abs(d.Z) < 37) {
		t.Fatalf("CorrDiffFisher: %+v, %v: need 9 < |Z| < 37", d, err)
	}
	if !(d.PValue > 0) || d.PValue != twoSidedP(d.Z) {
		t.Errorf("CorrDiffFisher: Z = %v, p = %v, want %v", d.Z, d.PValue, twoSidedP(d.Z))
	}
	b, err := CorrDiffBootstrap(x[:n], y[:n], x[n:], y[n:], 5, 300, rand.NewPCG(1, 0x5b))
	if err != nil || !(math.Abs(b.Z) > 9) || !(b.PValue > 0) || b.PValue != twoSidedP(b.Z) {
		t.Errorf("CorrDiffBootstrap: %+v, %v", b, err)
	}
	fit, err := OLSHAC(y[:n], [][]float64{x[:n]}, HAC{Lag: 2})
	if err != nil {
		t.Fatal(err)
	}
	if tt := fit.TStat[1]; !(math.Abs(tt) > 9) || !(fit.PValue[1] > 0) || fit.PValue[1] != twoSidedP(tt) {
		t.Errorf("OLSHAC slope: t = %v, p = %v", tt, fit.PValue[1])
	}
}
