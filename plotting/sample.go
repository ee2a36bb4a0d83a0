package plotting

import "fmt"

// Sample returns f at n evenly spaced points from lo to hi (both
// included) as a named curve, to draw a fitted function beside the points
// it was fitted to (Scatter.Curves): e.g. a Nelson-Siegel-Svensson par
// curve over the Treasury's quoted par yields. It panics unless n >= 2 and
// lo < hi.
func Sample(name string, f func(x float64) float64, lo, hi float64, n int) XY {
	if n < 2 || !(lo < hi) {
		panic(fmt.Sprintf("plotting: Sample: %d points on [%g, %g]", n, lo, hi))
	}
	xy := XY{Name: name, X: make([]float64, n), Y: make([]float64, n)}
	for i := range n {
		xy.X[i] = lo + (hi-lo)*float64(i)/float64(n-1)
		xy.Y[i] = f(xy.X[i])
	}
	return xy
}
