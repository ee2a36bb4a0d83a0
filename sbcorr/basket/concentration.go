package basket

import (
	"fmt"
	"math"
	"slices"
)

// Herfindahl returns the Herfindahl index of the weights, H(w) = sum_i w_i^2.
// See Portelli & Roncalli (2024), section 2.3.2 (Table 4).
func (b *Basket) Herfindahl() float64 {
	b.check("Herfindahl")
	return dot(b.w, b.w)
}

// EquivalentBets returns the number of equivalent bets 1 / H(w), between 1
// (one stock) and n (equal weights) for a long-only basket.
func (b *Basket) EquivalentBets() float64 {
	b.check("EquivalentBets")
	return 1 / b.Herfindahl()
}

// CrossSectionalVol returns the cross-sectional dispersion of the stock volatilities,
// sqrt(1/n sum_i (sigma_i - mean sigma)^2) (population standard deviation).
// See Portelli & Roncalli (2024), section 2.3.2.
func (b *Basket) CrossSectionalVol() float64 {
	b.check("CrossSectionalVol")
	n := float64(len(b.vols))
	m := sum(b.vols) / n
	s := 0.0
	for _, v := range b.vols {
		s += (v - m) * (v - m)
	}
	return math.Sqrt(s / n)
}

// Phi returns phi = CSV / sigma_S.
func (b *Basket) Phi() float64 {
	b.check("Phi")
	return b.CrossSectionalVol() / b.volS
}

// Concentration returns Omega_m, the share of the m largest correlation
// weights in their sum: sum of the m largest omega_i / sum_i omega_i. See
// Portelli & Roncalli (2024), section 2.3.2 (Table 4). The metric assumes a
// long-only basket (every omega_i >= 0, so Omega_m rises from omega_max/L to
// 1); with short positions it is computed as written but is no longer a
// share. It panics unless 1 <= m <= n.
func (b *Basket) Concentration(m int) float64 {
	b.check("Concentration")
	o := b.sortedOmega()
	if m < 1 || m > len(o) {
		panic(fmt.Sprintf("basket: Concentration: m = %d not in [1, %d]", m, len(o)))
	}
	return sum(o[:m]) / sum(o)
}

// Eta returns eta_alpha = inf {m : Omega_m >= alpha}, the number of stocks
// that explain a fraction alpha of the aggregate correlation (Table 4 uses
// alpha = 25%, 50%, 75%), between 1 and n. Like Concentration it assumes a
// long-only basket. It panics unless 0 < alpha <= 1.
func (b *Basket) Eta(alpha float64) int {
	b.check("Eta")
	if !(alpha > 0 && alpha <= 1) {
		panic(fmt.Sprintf("basket: Eta: alpha = %v not in (0, 1]", alpha))
	}
	o := b.sortedOmega()
	total, cum := sum(o), 0.0
	for m, v := range o {
		cum += v
		if cum >= alpha*total*(1-1e-12) {
			return m + 1
		}
	}
	return len(o)
}

// sortedOmega returns the correlation weights in decreasing order.
func (b *Basket) sortedOmega() []float64 {
	o := b.Omega()
	slices.Sort(o)
	slices.Reverse(o)
	return o
}
