package copula

import (
	"math"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestRegimeTableOf checks the C-volumes against the closed forms: the
// Gaussian copula's table (GaussianRegimeTable, bivariate normal CDF),
// independence (products of the marginal probabilities), and, for every
// family of Calibrate, nine probabilities summing to 1 with margins alpha,
// 1 - 2 alpha, alpha.
func TestRegimeTableOf(t *testing.T) {
	for _, rho := range []float64{-0.337, 0.342} {
		got, err := RegimeTableOf(Gaussian{Rho: rho}, 0.1)
		want, _ := GaussianRegimeTable(rho, 0.1)
		for i := range 3 {
			for j := range 3 {
				if err != nil || math.Abs(got[i][j]-want[i][j]) > 1e-12 {
					t.Fatalf("Gaussian rho = %v: p[%d][%d] = %v, want %v (%v)", rho, i, j, got[i][j], want[i][j], err)
				}
			}
		}
	}
	q := [3]float64{0.05, 0.9, 0.05}
	ind, _ := RegimeTableOf(Independence{}, 0.05)
	for i := range 3 {
		for j := range 3 {
			if math.Abs(ind[i][j]-q[i]*q[j]) > 1e-15 {
				t.Errorf("independence: p[%d][%d] = %v, want %v", i, j, ind[i][j], q[i]*q[j])
			}
		}
	}
	for _, name := range FamilyNames() {
		c, err := Calibrate(Family(name), -0.35, 4, 90)
		if err != nil {
			t.Fatal(err)
		}
		p, err := RegimeTableOf(c, 0.1)
		if err != nil {
			t.Fatal(err)
		}
		var total float64
		for i := range 3 {
			row, col := p[i][0]+p[i][1]+p[i][2], p[0][i]+p[1][i]+p[2][i]
			want := []float64{0.1, 0.8, 0.1}[i]
			if math.Abs(row-want) > 1e-9 || math.Abs(col-want) > 1e-9 {
				t.Errorf("%s: margins of regime %d: %v and %v, want %v", name, i, row, col, want)
			}
			total += row
		}
		if math.Abs(total-1) > 1e-12 || p[0][2] <= p[0][0] {
			t.Errorf("%s, rho = -35%%: total %v, (Bad, Good) %v vs (Bad, Bad) %v", name, total, p[0][2], p[0][0])
		}
	}
	_, err := RegimeTableOf(Gaussian{Rho: 0.2}, 0.5)
	errtest.Says(t, "alpha", err, "copula: RegimeTableOf: frequency alpha = 0.5")
	_, err = RegimeTableOf(Gaussian{Rho: 2}, 0.1)
	errtest.Says(t, "invalid copula", err, "copula: RegimeTableOf: ")
}
