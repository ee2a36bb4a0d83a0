package basket

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/stat"
)

// The aggregate correlation of an estimated basket equals the sample
// correlation between the fixed-weight basket return and the bond (the
// identity of appendix A.5.1 holds for sample moments too).
func TestEstimateIdentity(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	const n, T = 4, 60
	stocks := make([][]float64, n)
	bond := make([]float64, T)
	for d := range T {
		bond[d] = 0.01 * r.NormFloat64()
	}
	w := []float64{0.4, 0.3, 0.2, 0.1}
	basketRet := make([]float64, T)
	for i := range n {
		stocks[i] = make([]float64, T)
		for d := range T {
			stocks[i][d] = 0.04*r.NormFloat64() + float64(i-2)*0.5*bond[d]
			basketRet[d] += w[i] * stocks[i][d]
		}
	}
	b, err := Estimate(w, stocks, bond, 12)
	if err != nil {
		t.Fatal(err)
	}
	if want := stat.Correlation(basketRet, bond, nil); math.Abs(b.Corr()-want) > 1e-12 {
		t.Errorf("aggregate %v, direct %v", b.Corr(), want)
	}
	if want := stat.StdDev(basketRet, nil) * math.Sqrt(12); math.Abs(b.Vol()-want) > 1e-12 {
		t.Errorf("sigma_S %v, direct %v", b.Vol(), want)
	}
	stocks[2][7] = math.NaN()
	if _, err := Estimate(w, stocks, bond, 12); err == nil || !strings.Contains(err.Error(), "stock 3: NaN return at row 8") {
		t.Errorf("NaN: got %v", err)
	}
}
