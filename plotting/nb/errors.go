package nb

import "math"

// NoError panics with err when it is not nil: Must for a call whose other
// results are used as they come, such as a function with more results
// than Must takes,
//
//	p, se, kept, err := payoff.SimulateProbPositive(g, -0.20, 0.005, 1_000_000, rng)
//	nb.NoError(err)
func NoError(err error) {
	if err != nil {
		panic(err)
	}
}

// OrNaN returns v, or NaN when err is not nil: the value of a function
// drawn where it is defined (plotting.Functions breaks a curve at NaN), e.g.
// a bound that exists only where a correlation matrix is positive
// semi-definite.
func OrNaN(v float64, err error) float64 {
	if err != nil {
		return math.NaN()
	}
	return v
}
