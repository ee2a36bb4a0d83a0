package benchdata_test

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/stat"

	"github.com/stockbond/sbcorr/internal/benchdata"
)

// BenchmarkPearson is the harness's example case: gonum's Pearson
// correlation against numpy.corrcoef (bench/peers/pearson.py).
func BenchmarkPearson(b *testing.B) {
	for _, n := range []int{1_000_000} {
		x, y := benchdata.Pair(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				stat.Correlation(x, y, nil)
			}
		})
	}
}

func TestPairIsDeterministicAndCorrelated(t *testing.T) {
	x1, y1 := benchdata.Pair(10_000)
	x2, y2 := benchdata.Pair(10_000)
	for i := range x1 {
		if x1[i] != x2[i] || y1[i] != y2[i] {
			t.Fatalf("Pair is not deterministic at %d", i)
		}
	}
	if r := stat.Correlation(x1, y1, nil); r > benchdata.Rho+0.03 || r < benchdata.Rho-0.03 {
		t.Errorf("sample correlation %.3f, want about %.2f", r, benchdata.Rho)
	}
}
