package payoff

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/stockbond/sbcorr/internal/must"
)

// SimulateProbPositive estimates Pr{R_B >= 0 | R_S = rs} by Monte Carlo: it
// draws n pairs (R_S, R_B) from the Gaussian model g with draws from src,
// keeps those with |R_S - rs| <= band, and returns the fraction P of kept
// draws with R_B >= 0, its binomial standard error SE = sqrt(P(1-P)/Kept)
// and the number Kept. It is the simulation check of the closed form ProbPositive
// (Figure 6); the band introduces a bias of order band^2. It returns an
// error when g is invalid, rs is NaN or infinite (a NaN rs used to keep
// every draw and return the unconditional probability) or no draw falls in
// the band; it panics if n <= 0, band <= 0 or src is nil.
func SimulateProbPositive(g NormalModel, rs, band float64, n int, src rand.Source) (SimulatedProb, error) {
	must.NotNil("payoff: SimulateProbPositive", "src", src)
	if n <= 0 || !(band > 0) {
		panic(fmt.Sprintf("payoff: SimulateProbPositive: need n > 0 and band > 0, got %d and %v", n, band))
	}
	if err := g.Validate(); err != nil {
		return SimulatedProb{}, err
	}
	if math.IsNaN(rs) || math.IsInf(rs, 0) {
		return SimulatedProb{}, fmt.Errorf("payoff: SimulateProbPositive: stock return rs = %v is not finite", rs)
	}
	rng := rand.New(src)
	c := math.Sqrt(1 - g.Rho*g.Rho)
	pos, kept := 0, 0
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
		return SimulatedProb{}, fmt.Errorf("payoff: SimulateProbPositive: no draw within %v of R_S = %v", band, rs)
	}
	p := float64(pos) / float64(kept)
	return SimulatedProb{P: p, SE: math.Sqrt(p * (1 - p) / float64(kept)), Kept: kept}, nil
}

// SimulatedProb is a Monte Carlo probability with its standard error.
type SimulatedProb struct {
	P, SE float64 // the fraction of kept draws and its binomial standard error
	Kept  int     // the number of draws inside the band
}
