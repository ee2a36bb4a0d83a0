package dated

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/sbcorr/copula"
	"github.com/stockbond/sbcorr/series"
)

// gaussianPair returns n dated draws of a Gaussian copula with correlation
// rho (seeded), as normal scores.
func gaussianPair(n int, rho float64) (x, y series.Series) {
	x, y = pair(n)
	c := copula.Gaussian{Rho: rho, Src: rand.NewPCG(25, 1)}
	x.Values, y.Values = make([]float64, n), make([]float64, n)
	for i := range x.Values {
		u, v := c.Rand()
		x.Values[i], y.Values[i] = u, v // uniform margins: the copula is what matters
	}
	return x, y
}

// Each local correlation is the plain calibration of its frequency, and on a
// Gaussian copula every one of them is its correlation within 4 standard
// errors.
func TestLocalCorrsMatchPlainCalibration(t *testing.T) {
	x, y := gaussianPair(5000, -0.4)
	l, err := LocalCorrs(x, y, 0.10, 10)
	if err != nil {
		t.Fatal(err)
	}
	freq, _ := copula.RegimeTable(x.Values, y.Values, 0.10)
	for j, r := range Extremes {
		roots, err := copula.LocalCorr(freq[r[0]][r[1]], 0.10, r[0], r[1])
		if err != nil || l.Corr[j] != roots[0] || l.SE[j] != copula.LocalCorrSE(roots[0], 0.10, 5000, r[0], r[1]) {
			t.Fatalf("%v: %v (se %v), plain %v (%v)", r, l.Corr[j], l.SE[j], roots, err)
		}
		if math.Abs(l.Corr[j]+0.4) > 4*l.SE[j] || l.Days[j] != int(math.Round(freq[r[0]][r[1]]*5000)) {
			t.Fatalf("%v: %v, se %v, %d days", r, l.Corr[j], l.SE[j], l.Days[j])
		}
	}
	if want, _ := copula.NormalScoresCorr(x.Values, y.Values); l.Copula != want || l.Freq != freq {
		t.Fatalf("copula correlation %v, want %v", l.Copula, want)
	}
}

// A regime with fewer dates than minDays is NaN; data problems are errors;
// misaligned series panic.
func TestLocalCorrsThinRegimesAndErrors(t *testing.T) {
	x, y := gaussianPair(300, 0.5)
	l, err := LocalCorrs(x, y, 0.01, 10) // 3 bad days per series: every extreme regime is thin
	if err != nil {
		t.Fatal(err)
	}
	for j := range Extremes {
		if !math.IsNaN(l.Corr[j]) || !math.IsNaN(l.SE[j]) || l.Days[j] >= 10 {
			t.Fatalf("regime %d: %v with %d days", j, l.Corr[j], l.Days[j])
		}
	}
	_, err = LocalCorrs(x.Years(2000, 2000).Between(x.Dates[0], x.Dates[4]), y.Between(y.Dates[0], y.Dates[4]), 0.1, 10)
	errtest.Says(t, "five dates", err, "dated: LocalCorrs: ")
	errtest.Panics(t, "dates", func() { _, _ = LocalCorrs(x, y.Between(y.Dates[1], y.Last()), 0.1, 10) }, "dated: LocalCorrs: ")
}

func TestLocalSummaries(t *testing.T) {
	l := Local{Corr: [4]float64{0.44, 0.12, -0.22, 0.37}}
	if l.Min() != -0.22 || l.Max() != 0.44 || math.Abs(l.MeanAbs()-(0.44+0.12+0.22+0.37)/4) > 1e-15 {
		t.Fatalf("min %v max %v mean |.| %v", l.Min(), l.Max(), l.MeanAbs())
	}
	l.Corr[2] = math.NaN()
	if !math.IsNaN(l.Min()) || !math.IsNaN(l.Max()) || !math.IsNaN(l.MeanAbs()) {
		t.Fatal("a NaN local correlation must make the summaries NaN")
	}
}
