package payoff

import (
	"fmt"
	"math"
	"testing"

	"github.com/stockbond/sbcorr/internal/benchdata"
)

// benchGrid is the 200-point evaluation grid shared with the peer scripts
// bench/peers/payoff_ll.py: from -4% to +4%.
func benchGrid() []float64 { return Grid(-0.04, 0.04, 200) }

// benchH is the bandwidth of the local-linear benchmark: the paper's default
// 2 sigma T^-0.2 at sigma = 1% (benchdata's scale).
func benchH(n int) float64 { return 2 * 0.01 * math.Pow(float64(n), -0.2) }

// BenchmarkLocalLinear: local-linear payoff of benchdata.Pair(n) on 200
// grid points (peer: statsmodels KernelReg(reg_type='ll', bw=[h]).fit).
func BenchmarkLocalLinear(b *testing.B) {
	for _, n := range []int{10_000} {
		x, y := benchdata.Pair(n)
		l := LocalPoly{Degree: 1, H: benchH(n)}
		grid := benchGrid()
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := l.Fit(x, y, grid); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCVSelect: exact leave-one-out CV bandwidth selection for local
// linear regression (peer: statsmodels KernelReg(bw='cv_ls')), and the
// binned CV at n = 10,000.
func BenchmarkCVSelect(b *testing.B) {
	for _, n := range []int{1_000, 2_000} {
		x, y := benchdata.Pair(n)
		b.Run(fmt.Sprintf("exact/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := selectCV(x, y, false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	x, y := benchdata.Pair(10_000)
	b.Run("binned/n=10000", func(b *testing.B) {
		for b.Loop() {
			if _, err := selectCV(x, y, true); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// selectCV selects the local-linear bandwidth in [h0/5, 5 h0], h0 the
// paper's default, by exact or binned (20 bins per bandwidth) leave-one-out
// CV.
func selectCV(x, y []float64, binned bool) (float64, error) {
	h0, err := DefaultBandwidth(x)
	if err != nil {
		return 0, err
	}
	return SelectBandwidth(func(h float64) (float64, error) {
		l := LocalPoly{Degree: 1, H: h}
		if binned {
			s, _, err := l.CVBinned(x, y, 20)
			return s, err
		}
		s, _, err := l.CV(x, y)
		return s, err
	}, h0/5, 5*h0)
}
