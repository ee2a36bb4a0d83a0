package sbcorr

import (
	"math"
	"math/rand/v2"
	"testing"
)

type rankFixture struct {
	Source string `json:"source"`
	Cases  []struct {
		Name     string    `json:"name"`
		X        []float64 `json:"x"`
		Y        []float64 `json:"y"`
		Kendall  float64   `json:"kendall"`
		Spearman float64   `json:"spearman"`
		RanksX   []float64 `json:"ranks_x"`
	} `json:"cases"`
	Window  int        `json:"rolling_window"`
	Rolling []*float64 `json:"rolling_kendall"`
	Fisher  struct {
		R, Level, Lo, Hi float64
		N                int
	} `json:"fisher"`
	FisherDiff struct {
		R1, R2, Z, P float64
		N1, N2       int
	} `json:"fisher_diff"`
}

// TestRankPeers compares with scipy (testdata/gen_rank.py).
func TestRankPeers(t *testing.T) {
	var fx rankFixture
	readJSON(t, "testdata/rank.json", &fx)
	near := func(name string, got, want, tol float64) {
		t.Helper()
		if math.Abs(got-want) > tol {
			t.Errorf("%s: got %.15g want %.15g (%s)", name, got, want, fx.Source)
		}
	}
	for _, c := range fx.Cases {
		k, err := Kendall(c.X, c.Y)
		if err != nil {
			t.Fatal(err)
		}
		near(c.Name+" kendall", k, c.Kendall, 1e-13)
		s, err := Spearman(c.X, c.Y)
		if err != nil {
			t.Fatal(err)
		}
		near(c.Name+" spearman", s, c.Spearman, 1e-13)
		for i, r := range Ranks(c.X) {
			near(c.Name+" ranks", r, c.RanksX[i], 0)
		}
	}
	x, y := fx.Cases[1].X, fx.Cases[1].Y
	got := RollingKendall(x, y, fx.Window, fx.Window)
	compareSeries(t, "rolling kendall", got, derefNaN(fx.Rolling), 1e-13, func(int) bool { return false })
	lo, hi, err := FisherCI(fx.Fisher.R, fx.Fisher.N, fx.Fisher.Level)
	if err != nil {
		t.Fatal(err)
	}
	near("fisher lo", lo, fx.Fisher.Lo, 1e-14)
	near("fisher hi", hi, fx.Fisher.Hi, 1e-14)
	fd := fx.FisherDiff
	d := fisherDiff(CorrDiff{Rho1: fd.R1, Rho2: fd.R2, N1: fd.N1, N2: fd.N2})
	near("fisher diff z", d.Z, fd.Z, 1e-13)
	near("fisher diff p", d.PValue, fd.P, 1e-13)
}

// TestKendallBruteForce checks Knight's algorithm against the O(n^2)
// definition on random tied data of many sizes.
func TestKendallBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 3; n < 200; n += 7 {
		x, y := make([]float64, n), make([]float64, n)
		for i := range x {
			x[i] = float64(rng.IntN(n/3 + 2))
			y[i] = float64(rng.IntN(n/2+2)) - 0.5*x[i]
		}
		if isConstant(x) || isConstant(y) {
			continue
		}
		got, _ := Kendall(x, y)
		var c, d, tx, ty float64
		for i := range n {
			for j := i + 1; j < n; j++ {
				s := (x[i] - x[j]) * (y[i] - y[j])
				switch {
				case s > 0:
					c++
				case s < 0:
					d++
				}
				if x[i] == x[j] {
					tx++
				}
				if y[i] == y[j] {
					ty++
				}
			}
		}
		n0 := float64(n*(n-1)) / 2
		want := (c - d) / math.Sqrt((n0-tx)*(n0-ty))
		if math.Abs(got-want) > 1e-14 {
			t.Errorf("n=%d: %v want %v", n, got, want)
		}
	}
}

func TestScalarErrors(t *testing.T) {
	for name, f := range map[string]func() error{
		"NaN":      func() error { _, err := Kendall([]float64{1, math.NaN(), 3}, []float64{1, 2, 3}); return err },
		"short":    func() error { _, err := Spearman([]float64{1, 2}, []float64{1, 2}); return err },
		"constant": func() error { _, err := Corr([]float64{1, 2, 3}, []float64{2, 2, 2}); return err },
		"fisher":   func() error { _, _, err := FisherCI(1.2, 10, 0.95); return err },
		"horizon": func() error {
			_, _, err := LongHorizonCorr(make([]float64, 10), make([]float64, 10), 5, FromStart)
			return err
		},
	} {
		if f() == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestCompound(t *testing.T) {
	r := []float64{0.5, 0.1, -0.1, 0.2, 0.0, 0.1, -0.5}
	for align, want := range map[BlockAlign][]float64{
		FromEnd:   {1.1*0.9*1.2 - 1, 1.0*1.1*0.5 - 1}, // oldest return dropped
		FromStart: {1.5*1.1*0.9 - 1, 1.2*1.0*1.1 - 1}, // newest return dropped
	} {
		got := Compound(r, 3, align)
		for i := range want {
			if math.Abs(got[i]-want[i]) > 1e-15 || len(got) != 2 {
				t.Fatalf("Compound(%v): %v want %v", align, got, want)
			}
		}
	}
}

// TestCorrDiffBootstrap: under H0 with strongly autocorrelated data (an
// AR(1) common factor with phi = 0.9 in both series) Fisher's test rejects
// far too often at 5%, the block bootstrap much less.
func TestCorrDiffBootstrap(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	ar := func(n int) (x, y []float64) {
		x, y = make([]float64, n), make([]float64, n)
		var fx, fy float64
		for i := range x {
			fx = 0.9*fx + rng.NormFloat64()
			fy = 0.9*fy + 0.5*fx/2.3 + rng.NormFloat64()
			x[i], y[i] = fx, fy
		}
		return x, y
	}
	const sims, n = 60, 300
	var rejF, rejB int
	for s := range sims {
		x1, y1 := ar(n)
		x2, y2 := ar(n)
		f, err := CorrDiffFisher(x1, y1, x2, y2)
		if err != nil {
			t.Fatal(err)
		}
		b, err := CorrDiffBootstrap(x1, y1, x2, y2, 20, 200, rand.NewPCG(uint64(s), 0x5b))
		if err != nil {
			t.Fatal(err)
		}
		if f.PValue < 0.05 {
			rejF++
		}
		if b.PValue < 0.05 {
			rejB++
		}
	}
	t.Logf("rejections at 5%% under H0: Fisher %d/%d, block bootstrap %d/%d", rejF, sims, rejB, sims)
	if rejB > sims/5 || rejF <= rejB {
		t.Errorf("bootstrap rejects %d/%d, Fisher %d/%d", rejB, sims, rejF, sims)
	}
}
