package curve_test

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/stockbond/sbcorr/sbcorr/curve"
)

// Simulate 40 years of monthly Nelson-Siegel curves whose level, slope and
// curvature follow AR(1) processes, estimate a three-factor ACM model and
// split the 10-year yield into expected short rates and term premium. The
// yields are exactly three-factor, so the affine model prices them to a
// fraction of a basis point.
func ExampleFitACM() {
	rng := rand.New(rand.NewPCG(1, 2))
	level, slope, curv := 0.05, -0.02, 0.0
	curves := make([]curve.Zero, 480)
	for t := range curves {
		level = 0.05 + 0.99*(level-0.05) + 0.002*rng.NormFloat64()
		slope = -0.02 + 0.95*(slope+0.02) + 0.003*rng.NormFloat64()
		curv = 0.9*curv + 0.004*rng.NormFloat64()
		curves[t] = curve.NelsonSiegel{B0: level, B1: slope, B2: curv, Tau: 2}
	}
	y := curve.MonthlyGrid(curves, 120)
	m, err := curve.FitACM(y, curve.ACMOptions{K: 3})
	if err != nil {
		fmt.Println(err)
		return
	}
	fit, rn, tp := m.Yield(120), m.RiskNeutralYield(120), m.TermPremium(120)
	worst := 0.0
	for t := range fit {
		worst = math.Max(worst, math.Abs(fit[t]-y[t][119]))
	}
	last := len(fit) - 1
	fmt.Printf("largest 10y pricing error: %.2f bp\n", 1e4*worst)
	fmt.Printf("last month: 10y %.2f%% = expected short rates %.2f%% + term premium %.2f%%\n", 100*fit[last], 100*rn[last], 100*tp[last])
	// Output:
	// largest 10y pricing error: 0.03 bp
	// last month: 10y 5.29% = expected short rates 3.39% + term premium 1.90%
}
