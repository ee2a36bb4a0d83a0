package basket

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// estimateData returns three stocks and a bond of 60 seeded monthly returns.
func estimateData() (w []float64, stocks [][]float64, bond []float64) {
	r := rand.New(rand.NewPCG(17, 7))
	const n, T = 3, 60
	stocks, bond = make([][]float64, n), make([]float64, T)
	for d := range bond {
		bond[d] = 0.01 * r.NormFloat64()
	}
	for i := range stocks {
		stocks[i] = make([]float64, T)
		for d := range T {
			stocks[i][d] = 0.04*r.NormFloat64() - 0.5*bond[d]
		}
	}
	return []float64{0.5, 0.3, 0.2}, stocks, bond
}

// TestEstimateBadValues checks: a constant bond or stock
// series is an error as documented, whatever the constant (for 0.01, 0.0123
// or 1/3 the floating-point mean of 60 equal values is not the value, and
// the sample variance came out positive), and an infinite return names its
// series and row.
func TestEstimateBadValues(t *testing.T) {
	w, stocks, bond := estimateData()
	for _, v := range []float64{0.1, 0.01, 0.0123, 1.0 / 3} {
		flat := make([]float64, len(bond))
		for i := range flat {
			flat[i] = v
		}
		_, err := Estimate(w, stocks, flat, 12)
		errtest.Says(t, "constant bond", err, "basket: Estimate:", "bond is constant")
		flatStocks := [][]float64{stocks[0], flat, stocks[2]}
		_, err = Estimate(w, flatStocks, bond, 12)
		errtest.Says(t, "constant stock", err, "stock 2 is constant")
	}
	var err error
	for _, v := range []float64{math.Inf(1), math.Inf(-1)} {
		bad := [][]float64{stocks[0], stocks[1], append([]float64(nil), stocks[2]...)}
		bad[2][4] = v
		_, err = Estimate(w, bad, bond, 12)
		errtest.Says(t, "infinite stock return", err, "stock 3", "row 5", "Inf")
		badBond := append([]float64(nil), bond...)
		badBond[9] = v
		_, err = Estimate(w, stocks, badBond, 12)
		errtest.Says(t, "infinite bond return", err, "bond", "row 10", "Inf")
	}
}

// TestEstimateScaleInvariance checks that returns scaled by 1e-300 to
// 1e300 give the same correlations (and volatilities scaled alike) within
// 1e-12: New computes the basket variance on volatilities scaled by a
// power of two (returns near 1e300 used to overflow it, an error).
func TestEstimateScaleInvariance(t *testing.T) {
	w, stocks, bond := estimateData()
	ref, err := Estimate(w, stocks, bond, 12)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []float64{1e-300, 1e-150, 1e150, 1e300} {
		ks := make([][]float64, len(stocks))
		for i, s := range stocks {
			ks[i] = make([]float64, len(s))
			for d, v := range s {
				ks[i][d] = k * v
			}
		}
		kb := make([]float64, len(bond))
		for d, v := range bond {
			kb[d] = k * v
		}
		b, err := Estimate(w, ks, kb, 12)
		if err != nil {
			t.Fatalf("scale %v: %v", k, err)
		}
		if math.Abs(b.Corr()-ref.Corr()) > 1e-12 || math.Abs(b.Vol()/k-ref.Vol()) > 1e-12*ref.Vol() {
			t.Errorf("scale %v: rho %v sigma %v, unscaled %v and %v", k, b.Corr(), b.Vol(), ref.Corr(), ref.Vol())
		}
	}
}

// TestNaNAndInfiniteParameters checks that NaN parameters of the
// constant-correlation bounds are errors, not NaN results.
func TestNaNAndInfiniteParameters(t *testing.T) {
	_, _, err := MDPCorrBounds(math.NaN(), 0.3, 10)
	errtest.Says(t, "MDPCorrBounds NaN corrB", err, "basket: MDPCorrBounds:", "NaN")
	_, _, err = MDPCorrBounds(-1.5, 0.3, 10)
	errtest.Says(t, "MDPCorrBounds corrB -1.5", err, "basket: MDPCorrBounds:", "outside [-1, 1]")
	_, _, err = MDPCorrBounds(-0.2, math.NaN(), 10)
	errtest.Says(t, "MDPCorrBounds NaN rho", err, "MDPCorrBounds")
	_, _, err = MDPCorrBounds(-0.2, 0.3, math.NaN())
	errtest.Says(t, "MDPCorrBounds NaN n", err, "MDPCorrBounds")
}

// TestNilArguments checks that nil matrices and baskets panic with a
// message naming the function.
func TestNilArguments(t *testing.T) {
	var typed *mat.SymDense
	b, err := New(EqualWeight(4), table3Vols, table3Corr, table3CorrB)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []mat.Symmetric{nil, typed} {
		for name, f := range map[string]func(){
			"basket: New: corr is nil":            func() { New([]float64{1}, []float64{0.2}, m, []float64{0.1}) },
			"basket: MinVariance: cov is nil":     func() { MinVariance(m) },
			"basket: MostDiversified: cov is nil": func() { MostDiversified(m) },
			"basket: ERC: cov is nil":             func() { ERC(m) },
			"basket: RiskBudget: cov is nil":      func() { RiskBudget(m, []float64{1}) },
		} {
			errtest.Panics(t, name, f, name)
		}
	}
	errtest.Panics(t, "Xi nil", func() { Xi(nil, b, []float64{0.1, 0, 0, 0}) }, "basket: Xi: prev is nil")
	errtest.Panics(t, "CorrChange nil", func() { CorrChange(b, nil, []float64{0.1, 0, 0, 0}) }, "basket: CorrChange: next is nil")
}
