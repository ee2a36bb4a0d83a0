package dated

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/sbcorr/copula"
	"github.com/stockbond/sbcorr/series"
)

// Extremes are the four regime pairs (stock, bond) made of bad and good
// times, the only ones whose local correlation can be calibrated
// (Portelli & Roncalli (2024), section 3.5.1, Table 25), in the paper's
// order: (Bad, Bad), (Bad, Good), (Good, Bad), (Good, Good).
var Extremes = [4][2]copula.Regime{
	{copula.Bad, copula.Bad}, {copula.Bad, copula.Good}, {copula.Good, copula.Bad}, {copula.Good, copula.Good},
}

// Local is the local correlation of the four extreme regimes of two return
// series at frequency Alpha (see LocalCorrs). Arrays are indexed like
// Extremes.
type Local struct {
	Alpha  float64
	N      int           // dates
	Freq   [3][3]float64 // empirical regime probabilities (copula.RegimeTable; rows stock, columns bond)
	Days   [4]int        // dates in each extreme regime, Freq times N
	Corr   [4]float64    // local correlation (copula.LocalCorr), decimal; NaN where undefined
	SE     [4]float64    // its delta-method standard error (copula.LocalCorrSE); NaN where Corr is
	Copula float64       // the normal-scores (copula) correlation of all dates (copula.NormalScoresCorr)
}

// LocalCorrs returns the local correlations of the four extreme regimes
// of x and y (returns on the same dates) at frequency alpha: for each
// regime pair (s, b) of Extremes, the correlation rho of the Gaussian
// copula whose regime probability equals the empirical frequency,
// p_{s,b}(rho) = p^_{s,b} (copula.LocalCorr, its first root), with the
// delta-method standard error sqrt(p^(1-p^)/n) / |p'(rho)|
// (copula.LocalCorrSE): Table 25 of Portelli & Roncalli (2024) with alpha
// = 0.10, Figure 51 as alpha varies. A regime holding fewer than minDays
// dates, or whose frequency no Gaussian copula attains, has NaN Corr and
// SE: a frequency of zero or a few times 1/n calibrates a correlation near
// +-100% that says nothing (Figure 51 uses minDays = 10). It returns the
// error of copula.RegimeTable or copula.NormalScoresCorr (alpha outside
// (0, 0.5), fewer than 10 dates, a NaN return, a constant series), and
// panics when x and y differ in dates.
func LocalCorrs(x, y series.Series, alpha float64, minDays int) (Local, error) {
	sameDates("LocalCorrs", x, y)
	l := Local{Alpha: alpha, N: x.Len()}
	var err error
	if l.Freq, err = copula.RegimeTable(x.Values, y.Values, alpha); err != nil {
		return l, fmt.Errorf("dated: LocalCorrs: %q and %q: %w", x.Name, y.Name, err)
	}
	if l.Copula, err = copula.NormalScoresCorr(x.Values, y.Values); err != nil {
		return l, fmt.Errorf("dated: LocalCorrs: %q and %q: %w", x.Name, y.Name, err)
	}
	for j, r := range Extremes {
		p := l.Freq[r[0]][r[1]]
		l.Days[j] = int(math.Round(p * float64(l.N)))
		l.Corr[j], l.SE[j] = math.NaN(), math.NaN()
		if l.Days[j] < minDays {
			continue
		}
		if roots, err := copula.LocalCorr(p, alpha, r[0], r[1]); err == nil {
			l.Corr[j] = roots[0]
			l.SE[j] = copula.LocalCorrSE(roots[0], alpha, l.N, r[0], r[1])
		}
	}
	return l, nil
}

// Min returns the smallest of the four local correlations (NaN if one is
// NaN): all four are positive when Min > 0, as in 1980-1999.
func (l Local) Min() float64 { return min(l.Corr[0], l.Corr[1], l.Corr[2], l.Corr[3]) }

// Max returns the largest of the four local correlations (NaN if one is
// NaN): all four are negative when Max < 0, as in 2000-2019.
func (l Local) Max() float64 { return max(l.Corr[0], l.Corr[1], l.Corr[2], l.Corr[3]) }

// MeanAbs returns the mean absolute local correlation of the four extreme
// regimes: the strength of the dependence "in bad and good times" that
// Portelli & Roncalli (2024) compare between 1980-1999 and 2000-2019
// (Figures 47-48). NaN if one is NaN.
func (l Local) MeanAbs() float64 {
	return (math.Abs(l.Corr[0]) + math.Abs(l.Corr[1]) + math.Abs(l.Corr[2]) + math.Abs(l.Corr[3])) / 4
}
