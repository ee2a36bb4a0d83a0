package payoff_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/stockbond/sbcorr/sbcorr/copula"
	"github.com/stockbond/sbcorr/sbcorr/payoff"
)

// The Gaussian payoff of section 2.2.1 at the paper's default parameters.
func ExampleNormalModel() {
	g := payoff.NormalModel{MuS: 0.08, MuB: 0.02, SigmaS: 0.15, SigmaB: 0.03, Rho: -0.30}
	fmt.Printf("alpha_B = %.4f, beta_B = %.4f\n", g.Alpha(), g.Beta())
	fmt.Printf("E[R_B | R_S = -20%%] = %.2f%%\n", 100*g.Payoff(-0.20))
	fmt.Printf("Pr{R_B >= 0 | R_S = -20%%} = %.2f%%\n", 100*g.ProbPositive(-0.20))
	fmt.Printf("rho* = %.2f%%\n", 100*g.CriticalRho(-0.20))
	// Output:
	// alpha_B = 0.0248, beta_B = -0.0600
	// E[R_B | R_S = -20%] = 3.68%
	// Pr{R_B >= 0 | R_S = -20%} = 90.08%
	// rho* = 35.71%
}

// A copula-implied payoff: the Gaussian copula with normal margins gives the
// linear payoff of eq. (4); a Clayton copula rotated by 270 degrees and
// calibrated to the same Kendall's tau raises the payoff in a stock crash
// (section 2.2.2, Figure 61).
func ExampleCopulaModel() {
	s := payoff.Margin{Mu: 0.08, Sigma: 0.15}
	b := payoff.Margin{Mu: 0.02, Sigma: 0.03}
	xs := []float64{-0.40, 0, 0.40}
	lin, _ := payoff.CopulaModel{C: copula.Gaussian{Rho: -0.25}, S: s, B: b}.Payoff(xs)
	c, _ := copula.Calibrate(copula.FamilyClayton, -0.25, 0, 270)
	cl, _ := payoff.CopulaModel{C: c, S: s, B: b}.Payoff(xs)
	for i, x := range xs {
		fmt.Printf("R_S = %+3.0f%%: Gaussian %.2f%%, Clayton %.2f%%\n", 100*x, 100*lin[i], 100*cl[i])
	}
	// Output:
	// R_S = -40%: Gaussian 4.40%, Clayton 7.67%
	// R_S =  +0%: Gaussian 2.40%, Clayton 2.16%
	// R_S = +40%: Gaussian 0.40%, Clayton 1.18%
}

// The local linear payoff with the paper's bandwidth 2 sigma T^-0.2 on
// simulated returns whose true payoff is -0.3 x.
func ExampleLocalPoly() {
	rng := rand.New(rand.NewPCG(1, 1))
	x, y := make([]float64, 2000), make([]float64, 2000)
	for i := range x {
		x[i] = 0.01 * rng.NormFloat64()
		y[i] = -0.3*x[i] + 0.005*rng.NormFloat64()
	}
	h, _ := payoff.DefaultBandwidth(x)
	m, _ := payoff.LocalPoly{Degree: 1, H: h}.Fit(x, y, []float64{-0.01, 0, 0.01})
	fmt.Printf("h = %.4f, m = %.4f %.4f %.4f\n", h, m[0], m[1], m[2])
	// Output:
	// h = 0.0043, m = 0.0030 -0.0001 -0.0032
}
