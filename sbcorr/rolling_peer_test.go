package sbcorr

import (
	"math"
	"testing"
)

// TestRollingPandas compares the rolling moments and the realized
// correlation with pandas (testdata/gen_rolling.py).
func TestRollingPandas(t *testing.T) {
	var fx struct {
		Source string    `json:"source"`
		X      []float64 `json:"x"`
		Y      []float64 `json:"y"`
		Cases  []struct {
			Window     int        `json:"window"`
			MinPeriods int        `json:"min_periods"`
			Corr       []*float64 `json:"corr"`
			Cov        []*float64 `json:"cov"`
			Std        []*float64 `json:"std"`
			Beta       []*float64 `json:"beta"`
		} `json:"cases"`
		Period   []int     `json:"period"`
		Realized []float64 `json:"realized"`
	}
	readJSON(t, "testdata/rolling.json", &fx)
	x, y := fx.X, fx.Y
	never := func(int) bool { return false }
	for _, c := range fx.Cases {
		w, mp := c.Window, c.MinPeriods
		d := compareSeries(t, "corr", RollingCorr(x, y, w, mp), derefNaN(c.Corr), 1e-12, never)
		d = max(d, compareSeries(t, "cov", RollingCov(x, y, w, mp), derefNaN(c.Cov), 1e-15, never))
		d = max(d, compareSeries(t, "std", RollingVol(x, w, mp), derefNaN(c.Std), 1e-14, never))
		d = max(d, compareSeries(t, "beta", RollingBeta(y, x, w, mp), derefNaN(c.Beta), 1e-12, never))
		t.Logf("w=%d min_periods=%d: max abs diff from %s %.3g", w, mp, fx.Source, d)
	}
	pc := RealizedCorr(x, y, fx.Period, 3)
	worst := 0.0
	for i, want := range fx.Realized {
		worst = max(worst, math.Abs(pc.Rho[i]-want))
	}
	if len(pc.Rho) != len(fx.Realized) || worst > 1e-13 {
		t.Errorf("realized: %d periods, max abs diff %.3g", len(pc.Rho), worst)
	}
}
