package premia

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// BenchmarkSeries times the monthly US computations of section 3.2.1 on
// 756 dates (63 years): premia and the implied correlation for 100 bps.
func BenchmarkSeries(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 756
	xs := slices.Repeat([]float64{0.75}, n)
	vs, vb, c := make([]float64, n), make([]float64, n), make([]float64, n)
	for t := range n {
		vs[t], vb[t], c[t] = 0.1+0.1*r.Float64(), 0.04+0.06*r.Float64(), -0.6+1.2*r.Float64()
	}
	b.Run("StockBondSeries", func(b *testing.B) {
		for b.Loop() {
			StockBondSeries(xs, vs, vb, c, 0.3)
		}
	})
	b.Run("ImpliedCorrSeries", func(b *testing.B) {
		for b.Loop() {
			ImpliedCorrSeries(xs, vs, vb, c, 0.3, 0.01)
		}
	})
}
