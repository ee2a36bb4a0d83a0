package sbcorr

import (
	"math"
	"testing"
)

func TestSignRegimes(t *testing.T) {
	nan := math.NaN()
	rho := []float64{nan, nan, 0.2, 0.5, -0.1, 0.3, 0.6, 0.4, -0.2, -0.5, nan, -0.7, -0.3, 0.1, 0.2, 0.3}
	got := SignRegimes(rho, 3)
	want := []SignRegime{
		{Start: 2, End: 7, Sign: 1, Mean: (0.2 + 0.5 - 0.1 + 0.3 + 0.6 + 0.4) / 6, Peak: 0.6, PeakAt: 6},
		{Start: 8, End: 12, Sign: -1, Mean: (-0.2 - 0.5 - 0.7 - 0.3) / 4, Peak: -0.7, PeakAt: 11},
		{Start: 13, End: 15, Sign: 1, Mean: 0.2, Peak: 0.3, PeakAt: 15},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Start != w.Start || g.End != w.End || g.Sign != w.Sign || g.PeakAt != w.PeakAt ||
			math.Abs(g.Mean-w.Mean) > 1e-15 || g.Peak != w.Peak {
			t.Errorf("regime %d: %+v want %+v", i, g, w)
		}
	}
	if r := SignRegimes(rho, 1); len(r) != 5 {
		t.Errorf("minRun 1: %d regimes, want 5", len(r))
	}
}
