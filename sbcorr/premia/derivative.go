package premia

import "fmt"

// DPremiumDCorr returns the derivative of the implied premium of asset i
// with respect to the correlation rho_jk (j != k, indices from 0), all else
// equal. When i is j or k (say k = i, the other asset l):
//
//	d pi_i / d rho_il = SR (1/sigma(x) - x_i (Sigma x)_i / sigma^3(x)) x_l sigma_i sigma_l
//
// and otherwise
//
//	d pi_i / d rho_jk = -SR (Sigma x)_i x_j x_k sigma_j sigma_k / sigma^3(x).
//
// See Portelli & Roncalli (2024), appendix A.1 and Table 2. It panics if an
// index is out of range or j == k.
func (m *Market) DPremiumDCorr(i, j, k int) float64 {
	m.check("DPremiumDCorr")
	n := m.N()
	if i < 0 || j < 0 || k < 0 || i >= n || j >= n || k >= n || j == k {
		panic(fmt.Sprintf("premia: DPremiumDCorr: bad indices i=%d j=%d k=%d for %d assets", i, j, k, n))
	}
	v3 := m.vol * m.vol * m.vol
	if i == j || i == k {
		l := j + k - i
		return m.sr * (1/m.vol - m.x[i]*m.sx[i]/v3) * m.x[l] * m.vols[i] * m.vols[l]
	}
	return -m.sr * m.sx[i] / v3 * m.x[j] * m.x[k] * m.vols[j] * m.vols[k]
}
