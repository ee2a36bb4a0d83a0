package basket

import (
	"fmt"
	"testing"
)

func BenchmarkRiskBased(b *testing.B) {
	for _, n := range []int{12, 50} {
		cov := randomCov(n, 7)
		for _, m := range []struct {
			name string
			f    func() ([]float64, error)
		}{
			{"MV", func() ([]float64, error) { return MinVariance(cov) }},
			{"MDP", func() ([]float64, error) { return MostDiversified(cov) }},
			{"ERC", func() ([]float64, error) { return ERC(cov) }},
		} {
			b.Run(fmt.Sprintf("%s/n=%d", m.name, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := m.f(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
