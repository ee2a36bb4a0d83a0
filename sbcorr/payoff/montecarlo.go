package payoff

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/stockbond/sbcorr/internal/must"
)

// SimulateProbPositive estimates Pr{R_B >= 0 | R_S = rs} by Monte Carlo: it
// draws n pairs (R_S, R_B) from the Gaussian model g with rng, keeps those
// with |R_S - rs| <= band, and returns the fraction p of kept draws with
// R_B >= 0, its binomial standard error se = sqrt(p(1-p)/kept) and the
// number kept. It is the simulation check of the closed form ProbPositive
// (Figure 6); the band introduces a bias of order band^2. It returns an
// error when g is invalid or no draw falls in the band; it panics if
// n <= 0, band <= 0 or rng is nil.
func SimulateProbPositive(g Gaussian, rs, band float64, n int, rng *rand.Rand) (p, se float64, kept int, err error) {
	must.NotNil("payoff: SimulateProbPositive", "rng", rng)
	if n <= 0 || !(band > 0) {
		panic(fmt.Sprintf("payoff: SimulateProbPositive: need n > 0 and band > 0, got %d and %v", n, band))
	}
	if err := g.Validate(); err != nil {
		return 0, 0, 0, err
	}
	c := math.Sqrt(1 - g.Rho*g.Rho)
	pos := 0
	for i := 0; i < n; i++ {
		a, b := rng.NormFloat64(), rng.NormFloat64()
		s := g.MuS + g.SigmaS*a
		if math.Abs(s-rs) > band {
			continue
		}
		kept++
		if g.MuB+g.SigmaB*(g.Rho*a+c*b) >= 0 {
			pos++
		}
	}
	if kept == 0 {
		return 0, 0, 0, fmt.Errorf("payoff: SimulateProbPositive: no draw within %v of R_S = %v", band, rs)
	}
	p = float64(pos) / float64(kept)
	return p, math.Sqrt(p * (1 - p) / float64(kept)), kept, nil
}
