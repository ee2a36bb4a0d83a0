package premia

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stockbond/sbcorr/internal/benchdata"
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
	b.Run("MixHistory", func(b *testing.B) {
		for b.Loop() {
			MixHistory(xs, vs, vb, c, 0.3)
		}
	})
	b.Run("ImpliedCorrSeries", func(b *testing.B) {
		for b.Loop() {
			ImpliedCorrSeries(xs, vs, vb, c, 0.3, 0.01)
		}
	})
}

// BenchmarkRollingPremia times the whole section 3.2.1 pipeline on
// benchdata.Pair(n) read as monthly stock and bond returns: 36-month
// rolling volatilities and correlation, then eq. (9)-(10). Its peer
// (bench/peers/premia_series.py) does the same with pandas and numpy.
func BenchmarkRollingPremia(b *testing.B) {
	for _, n := range []int{100_000} {
		rs, rb := benchdata.Pair(n)
		xs := slices.Repeat([]float64{0.75}, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				vs, vb, c := RollingInputs(rs, rb, 36, 12)
				MixHistory(xs, vs, vb, c, 0.3)
			}
		})
	}
}
