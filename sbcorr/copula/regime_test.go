package copula

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/check"
)

// TestTable23Theoretical reproduces the theoretical rows of Table 23 of
// Portelli & Roncalli (2024) to the printed digit.
func TestTable23Theoretical(t *testing.T) {
	cases := []struct {
		rho     float64
		printed [3][3]string
	}{
		{0.342, [3][3]string{{"2.37%", "7.40%", "0.24%"}, {"7.40%", "65.20%", "7.40%"}, {"0.24%", "7.40%", "2.37%"}}},
		{-0.337, [3][3]string{{"0.24%", "7.42%", "2.34%"}, {"7.42%", "65.17%", "7.42%"}, {"2.34%", "7.42%", "0.24%"}}},
	}
	for _, c := range cases {
		p, err := GaussianRegimeTable(c.rho, 0.10)
		if err != nil {
			t.Fatal(err)
		}
		tab := check.New("Table 23 theoretical")
		var sum float64
		for i := range p {
			for j := range p[i] {
				tab.AddPrinted(Regime(i).String()+"/"+Regime(j).String(), c.printed[i][j], p[i][j])
				sum += p[i][j]
			}
		}
		if err := tab.Err(); err != nil {
			t.Errorf("rho %v: %v", c.rho, err)
		}
		if math.Abs(sum-1) > 1e-14 {
			t.Errorf("rho %v: probabilities sum to %v", c.rho, sum)
		}
	}
}

// TestTable25FromTable23 inverts the paper's printed empirical frequencies
// (Table 23, 1980-1999 and 2000-2019) into local correlations and compares
// them with Table 25. The frequencies are printed to 0.01%, so the tolerance
// is that rounding (0.005%) divided by dp/drho, plus the last printed digit.
func TestTable25FromTable23(t *testing.T) {
	cases := []struct {
		s, b  Regime
		p     float64 // Table 23 empirical, decimal
		local float64 // Table 25, decimal
	}{
		{Bad, Bad, 0.0290, 0.4417}, {Bad, Good, 0.0065, 0.1249},
		{Good, Bad, 0.0044, 0.2235}, {Good, Good, 0.0252, 0.3722},
		{Bad, Bad, 0.0066, -0.1236}, {Bad, Good, 0.0356, -0.5506},
		{Good, Bad, 0.0295, -0.4505}, {Good, Good, 0.0050, -0.1935},
	}
	for _, c := range cases {
		roots, err := LocalCorr(c.p, 0.10, c.s, c.b)
		if err != nil || len(roots) != 1 {
			t.Fatalf("%v/%v: %v %v", c.s, c.b, roots, err)
		}
		r := roots[0]
		slope := (GaussianRegimeProb(r+1e-5, 0.1, c.s, c.b) - GaussianRegimeProb(r-1e-5, 0.1, c.s, c.b)) / 2e-5
		tol := 0.00005/math.Abs(slope) + 0.0001
		if math.Abs(r-c.local) > tol {
			t.Errorf("%v/%v: local correlation %.4f, Table 25 %.4f (tol %.4f)", c.s, c.b, r, c.local, tol)
		}
		if d := math.Abs(GaussianRegimeProb(r, 0.1, c.s, c.b) - c.p); d > 1e-12 {
			t.Errorf("%v/%v: root does not reproduce p (off by %g)", c.s, c.b, d)
		}
	}
	// The standard error of the (Bad, Bad) local correlation on 5,000 days:
	// sqrt(p(1-p)/n) / (dp/drho) with dp/drho checked by a wider difference.
	se := LocalCorrSE(0.4417, 0.10, 5000, Bad, Bad)
	p := GaussianRegimeProb(0.4417, 0.10, Bad, Bad)
	slope := (GaussianRegimeProb(0.4517, 0.10, Bad, Bad) - GaussianRegimeProb(0.4317, 0.10, Bad, Bad)) / 0.02
	if want := math.Sqrt(p*(1-p)/5000) / slope; math.Abs(se/want-1) > 1e-3 {
		t.Errorf("LocalCorrSE = %v, want %v", se, want)
	}
	// (Normal, Normal) is even in rho: two roots, +-r.
	roots, err := LocalCorr(0.6652, 0.10, Normal, Normal)
	if err != nil || len(roots) != 2 || math.Abs(roots[0]+roots[1]) > 1e-9 {
		t.Errorf("Normal/Normal: roots %v, err %v", roots, err)
	}
	// Unattainable: more than alpha in (Bad, Bad).
	if _, err := LocalCorr(0.2, 0.10, Bad, Bad); err == nil || !strings.Contains(err.Error(), "not attainable") {
		t.Errorf("unattainable probability: err = %v", err)
	}
}

func TestPseudoObsTies(t *testing.T) {
	u, err := PseudoObs([]float64{3, 1, 2, 2, 5})
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{4, 1, 2.5, 2.5, 5}
	for i := range want {
		if u[i] != want[i]/6 {
			t.Errorf("u = %v, want ranks %v / 6", u, want)
			break
		}
	}
	if _, err := PseudoObs(nil); err == nil {
		t.Error("empty: no error")
	}
	if _, err := PseudoObs([]float64{1, math.NaN()}); err == nil || !strings.Contains(err.Error(), "x[1]") {
		t.Errorf("NaN: err = %v", err)
	}
}

// TestRegimeTableSimulated draws from a Gaussian copula and checks the
// empirical regime table, normal-scores correlation and local correlations
// against the theory.
func TestRegimeTableSimulated(t *testing.T) {
	const n, rho, alpha = 20000, -0.337, 0.10
	g := Gaussian{Rho: rho, Src: rand.NewPCG(3, 5)}
	x, y := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i], y[i] = g.Rand()
		x[i] = math.Exp(x[i]) // a monotone transform changes nothing
	}
	r, err := NormalScoresCorr(x, y)
	if err != nil || math.Abs(r-rho) > 0.02 {
		t.Errorf("NormalScoresCorr = %v (%v), want about %v", r, err, rho)
	}
	p, err := RegimeTable(x, y, alpha)
	if err != nil {
		t.Fatal(err)
	}
	th, _ := GaussianRegimeTable(rho, alpha)
	var rowBad, colGood float64
	for i := range p {
		rowBad += p[Bad][i]
		colGood += p[i][Good]
		for j := range p[i] {
			se := math.Sqrt(th[i][j] * (1 - th[i][j]) / n)
			if math.Abs(p[i][j]-th[i][j]) > 4*se {
				t.Errorf("cell %d,%d: empirical %.4f, theory %.4f", i, j, p[i][j], th[i][j])
			}
		}
	}
	if math.Abs(rowBad-alpha) > 1.0/n || math.Abs(colGood-alpha) > 1.0/n {
		t.Errorf("margins: %v %v, want %v", rowBad, colGood, alpha)
	}
	loc, err := LocalCorr(p[Bad][Good], alpha, Bad, Good)
	if err != nil || math.Abs(loc[0]-rho) > 0.05 {
		t.Errorf("local correlation %v (%v), want about %v", loc, err, rho)
	}
	if _, err := RegimeTable(x, y, 0.5); err == nil {
		t.Error("alpha = 0.5: no error")
	}
	if _, err := RegimeCorr(make([]float64, 20), make([]float64, 20), 0.1, Normal, Normal); err == nil {
		t.Error("constant series: no error")
	}
	if _, err := NormalScoresCorr(x[:2], y[:2]); err == nil {
		t.Error("two pairs: no error")
	}
}
