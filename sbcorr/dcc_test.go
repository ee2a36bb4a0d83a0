package sbcorr

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestDCCCoverage simulates 50 DCC-GARCH paths of 2,000 days and checks
// that the 95% confidence intervals of FitDCC cover the true A and B in at
// least 85% of the paths and that the estimates moved from their starting
// values (no reference DCC implementation is installed).
func TestDCCCoverage(t *testing.T) {
	gx := GARCH{Omega: 0.02, Alpha: 0.08, Beta: 0.90}
	gy := GARCH{Omega: 0.01, Alpha: 0.05, Beta: 0.93}
	truth := DCC{A: 0.05, B: 0.90}
	const paths, n = 50, 2000
	var coverA, coverB, atStart int
	var meanA, meanB, meanG float64
	for p := range paths {
		x, y, _ := SimulateDCC(n, gx, gy, truth, -0.3, rand.NewPCG(uint64(p), 0xdcc))
		fit, err := FitDCC(x, y)
		if err != nil {
			t.Fatalf("path %d: %v", p, err)
		}
		if math.Abs(fit.A-truth.A) <= 1.96*fit.SE[0] {
			coverA++
		}
		if math.Abs(fit.B-truth.B) <= 1.96*fit.SE[1] {
			coverB++
		}
		if math.Abs(fit.A-0.03) < 1e-6 || math.Abs(fit.B-0.90) < 1e-6 {
			atStart++
		}
		meanA += fit.A / paths
		meanB += fit.B / paths
		meanG += fit.X.Alpha / paths
	}
	t.Logf("coverage of 95%% CIs over %d paths: A %d, B %d; mean A %.4f B %.4f (true %.2f %.2f); mean alpha_x %.4f (true %.2f)",
		paths, coverA, coverB, meanA, meanB, truth.A, truth.B, meanG, gx.Alpha)
	if coverA < 85*paths/100 || coverB < 85*paths/100 {
		t.Errorf("coverage A %d/%d, B %d/%d < 85%%", coverA, paths, coverB, paths)
	}
	if atStart > 0 {
		t.Errorf("%d fits stayed at the starting values", atStart)
	}
}

// TestDCCFilteredPath checks on one long path that the filtered correlation
// tracks the true one and the GARCH margins are recovered.
func TestDCCFilteredPath(t *testing.T) {
	gx := GARCH{Omega: 0.02, Alpha: 0.08, Beta: 0.90}
	x, y, rho := SimulateDCC(5000, gx, gx, DCC{A: 0.04, B: 0.94}, 0.2, rand.NewPCG(99, 0xdcc))
	fit, err := FitDCC(x, y)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Corr(fit.Rho[100:], rho[100:])
	if err != nil {
		t.Fatal(err)
	}
	if c < 0.8 {
		t.Errorf("corr(filtered, true) = %.3f < 0.8", c)
	}
	if math.Abs(fit.X.Alpha-0.08) > 4*fit.X.SE[1] || math.Abs(fit.X.Beta-0.90) > 4*fit.X.SE[2] {
		t.Errorf("GARCH x: %+v SE %v", fit.X.GARCH, fit.X.SE)
	}
	t.Logf("corr(filtered, true) %.3f; A %.4f (%.4f) B %.4f (%.4f); alpha %.4f beta %.4f", c, fit.A, fit.SE[0], fit.B, fit.SE[1], fit.X.Alpha, fit.X.Beta)
}
