package sbcorr

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/stockbond/sbcorr/internal/must"
)

// CorrDiff is a test of H0: the correlations of two periods are equal.
type CorrDiff struct {
	Rho1, Rho2 float64 // Pearson correlations of period 1 and period 2
	N1, N2     int     // observations per period
	SE         float64 // standard error of the difference (z scale for Fisher, rho scale for bootstrap)
	Z          float64 // test statistic, standard normal under H0
	PValue     float64 // two-sided, erfc(|Z|/sqrt(2)) (no underflow to 0 before |Z| = 38)
}

// CorrDiffFisher tests equal correlations in two independent periods with
// Fisher's z: Z = (atanh r1 - atanh r2) / sqrt(1/(n1-3) + 1/(n2-3)).
// It assumes i.i.d. normal pairs within each period; with autocorrelated or
// heteroskedastic returns use CorrDiffBootstrap. Errors as Corr, and an
// error when a period's correlation is exactly 1 or -1 (z is infinite).
func CorrDiffFisher(x1, y1, x2, y2 []float64) (CorrDiff, error) {
	d, err := corrPair("CorrDiffFisher", x1, y1, x2, y2)
	if err != nil {
		return d, err
	}
	for p, r := range [2]float64{d.Rho1, d.Rho2} {
		if math.Abs(r) == 1 {
			return d, fmt.Errorf("sbcorr: CorrDiffFisher: period %d: correlation %v (an exact linear relation): Fisher's z is infinite", p+1, r)
		}
	}
	return fisherDiff(d), nil
}

// fisherDiff fills SE, Z and PValue of the Fisher z test from Rho and N.
func fisherDiff(d CorrDiff) CorrDiff {
	d.SE = math.Sqrt(1/float64(d.N1-3) + 1/float64(d.N2-3))
	d.Z = (math.Atanh(d.Rho1) - math.Atanh(d.Rho2)) / d.SE
	d.PValue = twoSidedP(d.Z)
	return d
}

// CorrDiffBootstrap tests equal correlations in two periods with a standard
// error robust to autocorrelation and heteroskedasticity: each period is
// resampled independently by the circular moving-block bootstrap (blocks of
// `block` consecutive pairs, Politis & Romano (1992)), reps times with draws
// from src, and
//
//	Z = (r1 - r2) / sqrt(Var*(r1) + Var*(r2)),
//
// compared with the standard normal. BlockLength gives a rule for block.
// Errors as Corr, and an error when block exceeds half the shorter period
// (a circular block of length n is a rotation of the period: its resamples
// barely vary, the bootstrap variance collapses and p tends to 0) or when
// fewer than 2 resamples of a period have a defined correlation, or when no
// resample varies (both periods exact linear relations); it panics unless
// block >= 1, reps >= 2 and src is not nil.
func CorrDiffBootstrap(x1, y1, x2, y2 []float64, block, reps int, src rand.Source) (CorrDiff, error) {
	must.NotNil("sbcorr: CorrDiffBootstrap", "src", src)
	if block < 1 || reps < 2 {
		panic(fmt.Sprintf("sbcorr: CorrDiffBootstrap: block %d < 1 or reps %d < 2", block, reps))
	}
	d, err := corrPair("CorrDiffBootstrap", x1, y1, x2, y2)
	if err != nil {
		return d, err
	}
	if n := min(d.N1, d.N2); block > n/2 {
		return d, fmt.Errorf("sbcorr: CorrDiffBootstrap: block %d exceeds half the shorter period (%d observations)", block, n)
	}
	rng := rand.New(src)
	var v [2]float64
	for p, xy := range [2][2][]float64{{x1, y1}, {x2, y2}} {
		if v[p] = blockBootstrapVar(xy[0], xy[1], block, reps, rng); math.IsNaN(v[p]) {
			return d, fmt.Errorf("sbcorr: CorrDiffBootstrap: period %d: fewer than 2 of %d resamples have a defined correlation", p+1, reps)
		}
	}
	d.SE = math.Sqrt(v[0] + v[1])
	if d.SE == 0 {
		return d, fmt.Errorf("sbcorr: CorrDiffBootstrap: every resample has the correlation of its period (exact linear relations): no variance to test with")
	}
	d.Z = (d.Rho1 - d.Rho2) / d.SE
	d.PValue = twoSidedP(d.Z)
	return d, nil
}

// twoSidedP returns the two-sided standard normal p-value
// Pr{|Z| >= |z|} = erfc(|z| / sqrt(2)), which keeps its relative accuracy in
// the far tail (2 (1 - Phi(|z|)) underflows to 0 beyond |z| = 8.3; erfc
// reaches 0 only beyond |z| = 38.5).
func twoSidedP(z float64) float64 { return math.Erfc(math.Abs(z) / math.Sqrt2) }

// BlockLength returns the block length ceil(n^(1/3)) of a block bootstrap
// of n observations (the rate of Hall, Horowitz & Jing (1995)); 0 for
// n = 0. It panics if n < 0.
func BlockLength(n int) int {
	checkN("BlockLength", n)
	return int(math.Ceil(math.Cbrt(float64(n))))
}

// corrPair returns the correlations of the two periods, each checked as
// Corr checks its sample, with at least 4 pairs (the Fisher z variance
// 1/(n-3) needs n > 3).
func corrPair(fn string, x1, y1, x2, y2 []float64) (CorrDiff, error) {
	var rho [2]float64
	for p, xy := range [2][2][]float64{{x1, y1}, {x2, y2}} {
		name := fmt.Sprintf("%s: period %d", fn, p+1)
		if err := checkPairs(name, xy[0], xy[1], 4); err != nil {
			return CorrDiff{}, err
		}
		if err := checkVariance(name, xy[0], xy[1]); err != nil {
			return CorrDiff{}, err
		}
		rho[p] = pearson(xy[0], xy[1])
	}
	return CorrDiff{Rho1: rho[0], Rho2: rho[1], N1: len(x1), N2: len(x2)}, nil
}

// blockBootstrapVar returns the variance of the correlation over reps
// circular moving-block resamples (degenerate resamples are skipped; NaN
// when fewer than 2 remain).
func blockBootstrapVar(x, y []float64, block, reps int, rng *rand.Rand) float64 {
	n := len(x)
	bx, by := make([]float64, n), make([]float64, n)
	var sum, sum2 float64
	k := 0
	for range reps {
		for i := 0; i < n; {
			start := rng.IntN(n)
			for j := 0; j < block && i < n; j++ {
				bx[i], by[i] = x[(start+j)%n], y[(start+j)%n]
				i++
			}
		}
		r := pearson(bx, by)
		if math.IsNaN(r) {
			continue
		}
		sum += r
		sum2 += r * r
		k++
	}
	if k < 2 {
		return math.NaN()
	}
	m := sum / float64(k)
	return (sum2 - float64(k)*m*m) / float64(k-1)
}
