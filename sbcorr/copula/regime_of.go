package copula

import (
	"fmt"

	"github.com/stockbond/sbcorr/internal/must"
)

// RegimeTableOf returns the 3x3 table of regime probabilities of any
// copula c at frequency alpha: p[s][b] is the probability of the stock
// regime s and the bond regime b (Bad, Normal, Good), the C-volume of the
// rectangle of their probability intervals [0, alpha], [alpha, 1 - alpha]
// and [1 - alpha, 1] (Portelli & Roncalli (2024), section 3.5.1):
//
//	p = C(u2, v2) - C(u2, v1) - C(u1, v2) + C(u1, v1).
//
// For a Gaussian copula it is GaussianRegimeTable; for the other families
// (Calibrate) it shows how the tails change the extreme regimes at the
// same Kendall's tau. It returns an error for alpha outside (0, 0.5) or
// when c.Validate fails, and panics on a nil c.
func RegimeTableOf(c Copula, alpha float64) (p [3][3]float64, err error) {
	must.NotNil("copula: RegimeTableOf", "c", c)
	if err := checkAlpha("RegimeTableOf", alpha); err != nil {
		return p, err
	}
	if err := c.Validate(); err != nil {
		return p, fmt.Errorf("copula: RegimeTableOf: %w", err)
	}
	edges := [4]float64{0, alpha, 1 - alpha, 1}
	for s := Bad; s <= Good; s++ {
		for b := Bad; b <= Good; b++ {
			u1, u2, v1, v2 := edges[s], edges[s+1], edges[b], edges[b+1]
			p[s][b] = c.CDF(u2, v2) - c.CDF(u2, v1) - c.CDF(u1, v2) + c.CDF(u1, v1)
		}
	}
	return p, nil
}

// FamilyNames returns the names of the families of Calibrate (Gaussian,
// Student-t, Clayton, Frank, Gumbel), for a drop-down list: pass one back
// as Family(name).
func FamilyNames() []string {
	return []string{string(FamilyGaussian), string(FamilyStudentT), string(FamilyClayton),
		string(FamilyFrank), string(FamilyGumbel)}
}
