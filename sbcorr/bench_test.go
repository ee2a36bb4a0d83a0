package sbcorr_test

import (
	"fmt"
	"testing"

	"github.com/stockbond/sbcorr/internal/benchdata"
	"github.com/stockbond/sbcorr/sbcorr"
)

// BenchmarkRollingCorr times RollingCorr on two 1,000,000-point series
// (peer: pandas s1.rolling(w).corr(s2), bench/peers/rolling_corr.py).
func BenchmarkRollingCorr(b *testing.B) {
	x, y := benchdata.Pair(1_000_000)
	for _, w := range []int{48, 1000} {
		b.Run(fmt.Sprintf("w=%d", w), func(b *testing.B) {
			for b.Loop() {
				sbcorr.RollingCorr(x, y, w, w)
			}
		})
	}
}

// BenchmarkEWMACorr times the recursive EWMA correlation (lambda = 0.96)
// on two 1,000,000-point series (peer: pandas ewm(alpha=0.04).corr,
// bench/peers/ewma_corr.py).
func BenchmarkEWMACorr(b *testing.B) {
	x, y := benchdata.Pair(1_000_000)
	for b.Loop() {
		sbcorr.EWMACorr(x, y, 0.96, 2, sbcorr.IncludeCurrent)
	}
}

// BenchmarkKendall times Kendall's tau-b on 100,000 points (peer:
// scipy.stats.kendalltau, bench/peers/kendall.py).
func BenchmarkKendall(b *testing.B) {
	x, y := benchdata.Pair(100_000)
	for b.Loop() {
		if _, err := sbcorr.Kendall(x, y); err != nil {
			b.Fatal(err)
		}
	}
}
