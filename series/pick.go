package series

import "fmt"

// ValuesAt returns the values at the given indices, in that order, as a
// plain slice: the observations an estimator singled out by index (the
// most influential days of a linear fit, payoff.LinearFit.Influential),
// ready for a chart. It panics on an index out of range.
func (s Series) ValuesAt(idx []int) []float64 {
	out := make([]float64, len(idx))
	for k, i := range idx {
		if i < 0 || i >= len(s.Values) {
			panic(fmt.Sprintf("series: ValuesAt: index %d out of range [0, %d) in %q", i, len(s.Values), s.Name))
		}
		out[k] = s.Values[i]
	}
	return out
}
