package copula

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestTailRules checks the two tail rules on distinct
// values: RankRule puts floor(alpha (n+1)) observations in each tail,
// QuantileRule floor(alpha (n-1)) + 1, Classify, RegimeTable and RegimeCorr
// are the RankRule, and the rules differ where the counts say so.
func TestTailRules(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 8))
	differ := 0
	for _, n := range []int{20, 99, 150, 251, 400} {
		x, y := make([]float64, n), make([]float64, n)
		for i := range x {
			x[i], y[i] = rng.NormFloat64(), rng.NormFloat64()
		}
		for _, alpha := range []float64{0.01, 0.05, 0.1, 0.2, 0.33} {
			count := func(r []Regime, want Regime) int {
				c := 0
				for _, v := range r {
					if v == want {
						c++
					}
				}
				return c
			}
			wantRank := int(math.Floor(alpha * float64(n+1)))
			wantQ := int(math.Floor(alpha*float64(n-1))) + 1
			rank, err := ClassifyWith(x, alpha, RankRule)
			if err != nil {
				t.Fatal(err)
			}
			quant, err := ClassifyWith(x, alpha, QuantileRule)
			if err != nil {
				t.Fatal(err)
			}
			def, _ := Classify(x, alpha)
			for i := range def {
				if def[i] != rank[i] {
					t.Fatalf("n=%d alpha=%v: Classify differs from RankRule at %d", n, alpha, i)
				}
			}
			if b, g := count(rank, Bad), count(rank, Good); b != wantRank || g != wantRank {
				t.Errorf("RankRule n=%d alpha=%v: %d bad, %d good, want %d", n, alpha, b, g, wantRank)
			}
			if b, g := count(quant, Bad), count(quant, Good); b != wantQ || g != wantQ {
				t.Errorf("QuantileRule n=%d alpha=%v: %d bad, %d good, want %d", n, alpha, b, g, wantQ)
			}
			if wantQ != wantRank {
				differ++
			}
			tab, _ := RegimeTable(x, y, alpha)
			tabR, _ := RegimeTableWith(x, y, alpha, RankRule)
			if tab != tabR {
				t.Errorf("n=%d alpha=%v: RegimeTable is not the RankRule", n, alpha)
			}
			r1, e1 := RegimeCorr(x, y, alpha, Normal, Normal)
			r2, e2 := RegimeCorrWith(x, y, alpha, Normal, Normal, RankRule)
			if r1 != r2 || (e1 == nil) != (e2 == nil) {
				t.Errorf("n=%d alpha=%v: RegimeCorr is not the RankRule", n, alpha)
			}
		}
	}
	if differ == 0 {
		t.Error("no case where the rules differ")
	}
	errtest.Panics(t, "unknown rule", func() { ClassifyWith([]float64{1, 2, 3}, 0.1, TailRule(3)) }, "copula: ClassifyWith: unknown tail rule 3")
	errtest.Panics(t, "unknown rule", func() { RegimeTableWith([]float64{1, 2, 3}, []float64{1, 2, 3}, 0.1, TailRule(-1)) }, "copula: RegimeTableWith:")
}
