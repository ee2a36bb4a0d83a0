package nb

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
