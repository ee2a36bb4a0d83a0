package payoff_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/sbcorr/payoff"
)

// The Gaussian payoff of section 2.2.1 at the paper's default parameters.
func ExampleGaussian() {
	g := payoff.Gaussian{MuS: 0.08, MuB: 0.02, SigmaS: 0.15, SigmaB: 0.03, Rho: -0.30}
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
