package basket

import (
	"fmt"
	"math"
	"slices"
)

// DRConstCorr returns the diversification ratio of basket w when every pair
// of stocks has correlation rho:
//
//	DR(w) = 1 / sqrt(rho + (1 - rho) phi^2(w)),  phi(w) = sqrt(sum w_i^2 sigma_i^2) / sum w_i sigma_i
//
// See Portelli & Roncalli (2024), appendix A.6. Volatilities of any finite
// magnitude give the same ratio. It returns an error when rho is outside
// [-1, 1] (or NaN), a weight or volatility is NaN or infinite, a volatility
// is negative or the basket has zero volatility, and panics when the
// lengths differ.
func DRConstCorr(w, vols []float64, rho float64) (float64, error) {
	mustSameLen("DRConstCorr", w, vols)
	if !(math.Abs(rho) <= 1) {
		return math.NaN(), fmt.Errorf("basket: DRConstCorr: |rho| = %v > 1", math.Abs(rho))
	}
	for i := range w {
		if math.IsNaN(w[i]) || math.IsInf(w[i], 0) || !(vols[i] >= 0) || math.IsInf(vols[i], 0) {
			return math.NaN(), fmt.Errorf("basket: DRConstCorr: stock %d: weight %v, volatility %v: need finite values, a volatility >= 0", i+1, w[i], vols[i])
		}
	}
	// phi is invariant to the units of the volatilities: on vols times
	// 2^-e (exact), no product underflows or overflows.
	_, e := math.Frexp(slices.Max(append([]float64{0}, vols...)))
	vs := scaled(vols, e)
	num, sq := 0.0, 0.0
	for i := range w {
		num += w[i] * vs[i]
		sq += w[i] * w[i] * vs[i] * vs[i]
	}
	phi2 := sq / (num * num)
	d := rho + (1-rho)*phi2
	if !(d > 0) || num == 0 {
		return math.NaN(), fmt.Errorf("basket: DRConstCorr: the basket has zero volatility")
	}
	return 1 / math.Sqrt(d), nil
}

// MaxDRConstCorr returns the diversification ratio of the most diversified
// basket of n stocks with constant correlation rho,
//
//	DR(w_mdp) = 1 / sqrt(rho + (1 - rho) / n),
//
// reached by w_i proportional to 1 / sigma_i. n may be math.Inf(1) (the
// limit 1 / sqrt(rho)). See Portelli & Roncalli (2024), appendix A.6. It
// returns an error when n < 1 or rho is not in [-1/(n-1), 1] (the range where
// a constant correlation matrix is positive semi-definite).
func MaxDRConstCorr(rho, n float64) (float64, error) {
	if !(n >= 1) {
		return math.NaN(), fmt.Errorf("basket: MaxDRConstCorr: n = %v < 1", n)
	}
	d := rho + (1-rho)/n
	if !(rho <= 1) || !(d > 0) {
		return math.NaN(), fmt.Errorf("basket: MaxDRConstCorr: constant correlation %v is not valid for %v stocks (need -1/(n-1) < rho <= 1)", rho, n)
	}
	return 1 / math.Sqrt(d), nil
}

// MDPCorrBounds returns the bounds on the aggregate stock-bond correlation
// of a long-only basket of n stocks when every stock has correlation
// corrB with the bond and correlation rho with every other stock:
//
//	|corrB| <= |rho_S,B| <= |corrB| DR(w_mdp),
//
// returned with the sign of corrB (lo is corrB, hi is corrB DR(w_mdp), the
// aggregate correlation of the most diversified basket, Figure 13). See
// Portelli & Roncalli (2024), section 2.3.2 and appendix A.6. It returns an
// error when the joint correlation matrix is not positive semi-definite,
// that is when corrB^2 > rho + (1 - rho) / n (then |hi| would exceed 1),
// when corrB is NaN or outside [-1, 1], or when MaxDRConstCorr fails.
func MDPCorrBounds(corrB, rho, n float64) (lo, hi float64, err error) {
	if !(math.Abs(corrB) <= 1) {
		return math.NaN(), math.NaN(), fmt.Errorf("basket: MDPCorrBounds: stock-bond correlation %v outside [-1, 1]", corrB)
	}
	dr, err := MaxDRConstCorr(rho, n)
	if err != nil {
		return math.NaN(), math.NaN(), fmt.Errorf("basket: MDPCorrBounds: %w", err)
	}
	if corrB*corrB*dr*dr > 1+1e-12 {
		return math.NaN(), math.NaN(), fmt.Errorf("basket: MDPCorrBounds: stock-bond correlation %v with stock correlation %v and n = %v is not a valid correlation matrix (corrB^2 > rho + (1-rho)/n)", corrB, rho, n)
	}
	return corrB, corrB * dr, nil
}
