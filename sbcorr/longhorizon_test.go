package sbcorr

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestLongHorizonCorrByStart checks every block start against the
// compounded returns written out by hand.
func TestLongHorizonCorrByStart(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	const n, h = 130, 12
	x, y := make([]float64, n), make([]float64, n)
	for i := range x {
		a := rng.NormFloat64()
		x[i], y[i] = 0.04*a, 0.01*(0.3*a+rng.NormFloat64())
	}
	rho, blocks, err := LongHorizonCorrByStart(x, y, h)
	if err != nil {
		t.Fatal(err)
	}
	for k := range h {
		var cx, cy []float64
		for s := k; s+h <= n; s += h {
			gx, gy := 1.0, 1.0
			for i := s; i < s+h; i++ {
				gx *= 1 + x[i]
				gy *= 1 + y[i]
			}
			cx, cy = append(cx, gx-1), append(cy, gy-1)
		}
		want, _ := Corr(cx, cy)
		if blocks[k] != len(cx) || math.Abs(rho[k]-want) > 1e-15 {
			t.Errorf("start %d: %v (%d blocks), want %v (%d)", k, rho[k], blocks[k], want, len(cx))
		}
	}
	if r0, _, _ := LongHorizonCorr(x, y, h, FromStart); r0 != rho[0] {
		t.Errorf("start 0 %v != LongHorizonCorr FromStart %v", rho[0], r0)
	}
	if _, _, err := LongHorizonCorrByStart(x[:40], y[:40], 12); err == nil {
		t.Error("3 blocks at start 0 but 2 at start 5: no error")
	}
}
