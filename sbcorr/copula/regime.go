package copula

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Regime is a market regime of one asset at frequency alpha: Bad times are
// the alpha fraction of worst returns, Good times the alpha fraction of best
// returns and Normal times all others (Portelli & Roncalli (2024), section
// 3.5.1).
type Regime int

// The three market regimes, in the row/column order of Table 23.
const (
	Bad Regime = iota
	Normal
	Good
)

// String returns "Bad", "Normal" or "Good", and "Regime(k)" for any other
// value k.
func (r Regime) String() string {
	if r < Bad || r > Good {
		return fmt.Sprintf("Regime(%d)", int(r))
	}
	return [...]string{"Bad", "Normal", "Good"}[r]
}

// checkAlpha returns an error unless 0 < alpha < 0.5.
func checkAlpha(fn string, alpha float64) error {
	if !(alpha > 0 && alpha < 0.5) {
		return fmt.Errorf("copula: %s: frequency alpha = %v outside (0, 0.5)", fn, alpha)
	}
	return nil
}

// Classify returns the regime of each observation of x at frequency alpha
// from its pseudo-observation u = rank / (n + 1): Bad if u <= alpha, Good
// if u >= 1 - alpha, Normal otherwise (so Bad and Good have the same number
// of observations, floor(alpha (n + 1)) for distinct values: the RankRule;
// ClassifyWith offers the QuantileRule). It returns an error for alpha
// outside (0, 0.5), a constant x (no bad or good times) and PseudoObs'
// errors (empty x, NaN).
func Classify(x []float64, alpha float64) ([]Regime, error) {
	return classify("Classify", x, alpha, RankRule)
}

func classify(fn string, x []float64, alpha float64, rule TailRule) ([]Regime, error) {
	checkRule(fn, rule)
	if err := checkAlpha(fn, alpha); err != nil {
		return nil, err
	}
	u, err := PseudoObs(x)
	if err != nil {
		return nil, err
	}
	if err := checkSpread(fn, u); err != nil {
		return nil, err
	}
	return rule.classify(x, u, alpha), nil
}

// checkSpread returns an error naming fn when the pseudo-observations u all
// tie (a constant sample): such a series has no bad or good times.
func checkSpread(fn string, u []float64) error {
	for _, v := range u {
		if v != u[0] {
			return nil
		}
	}
	return fmt.Errorf("copula: %s: constant series (all %d values tie): no bad or good times", fn, len(u))
}

func classifyU(u []float64, alpha float64) []Regime {
	r := make([]Regime, len(u))
	for i, ui := range u {
		switch {
		case ui <= alpha:
			r[i] = Bad
		case ui >= 1-alpha:
			r[i] = Good
		default:
			r[i] = Normal
		}
	}
	return r
}

// RegimeTable returns the empirical probabilities of the nine stock-bond
// regimes at frequency alpha: p[i][j] is the fraction of dates with stock
// regime i (rows, x) and bond regime j (columns, y), as in the empirical rows
// of Table 23 of Portelli & Roncalli (2024). The regimes are those of
// Classify (the RankRule; RegimeTableWith offers the QuantileRule). It
// panics if the lengths differ and returns an error for alpha outside
// (0, 0.5), fewer than 10 pairs, NaN values or a constant series.
func RegimeTable(x, y []float64, alpha float64) (p [3][3]float64, err error) {
	return regimeTable("RegimeTable", x, y, alpha, RankRule)
}

func regimeTable(fn string, x, y []float64, alpha float64, rule TailRule) (p [3][3]float64, err error) {
	rs, rb, err := classifyPair(fn, x, y, alpha, rule)
	if err != nil {
		return p, err
	}
	for i := range rs {
		p[rs[i]][rb[i]]++
	}
	for i := range p {
		for j := range p[i] {
			p[i][j] /= float64(len(rs))
		}
	}
	return p, nil
}

func classifyPair(fn string, x, y []float64, alpha float64, rule TailRule) (rs, rb []Regime, err error) {
	checkRule(fn, rule)
	if len(x) != len(y) {
		panic(fmt.Sprintf("copula: %s: len(x) = %d, len(y) = %d", fn, len(x), len(y)))
	}
	if err := checkAlpha(fn, alpha); err != nil {
		return nil, nil, err
	}
	if len(x) < 10 {
		return nil, nil, fmt.Errorf("copula: %s: %d pairs, need at least 10", fn, len(x))
	}
	u, v, err := Dependogram(x, y)
	if err != nil {
		return nil, nil, err
	}
	if err := checkSpread(fn+" (x)", u); err != nil {
		return nil, nil, err
	}
	if err := checkSpread(fn+" (y)", v); err != nil {
		return nil, nil, err
	}
	return rule.classify(x, u, alpha), rule.classify(y, v, alpha), nil
}

// regimeBounds returns the normal-score interval of a regime at frequency alpha.
func regimeBounds(r Regime, alpha float64) (lo, hi float64) {
	q := distuv.UnitNormal.Quantile(alpha)
	switch r {
	case Bad:
		return math.Inf(-1), q
	case Good:
		return -q, math.Inf(1)
	}
	return q, -q
}

// GaussianRegimeProb returns the probability of the regime pair (s, b) under
// a Gaussian copula with correlation rho:
//
//	p = C(u2, v2) - C(u2, v1) - C(u1, v2) + C(u1, v1)
//
// with [u1, u2] and [v1, v2] the probability intervals of the regimes
// ([0, alpha], [alpha, 1 - alpha] or [1 - alpha, 1]), computed with BVNCDF
// (Portelli & Roncalli (2024), section 3.5.1). alpha must be in (0, 0.5) and
// |rho| <= 1; otherwise the result is NaN. It panics when s or b is not
// Bad, Normal or Good.
func GaussianRegimeProb(rho, alpha float64, s, b Regime) float64 {
	checkRegimes("GaussianRegimeProb", s, b)
	if !(alpha > 0 && alpha < 0.5) || !(math.Abs(rho) <= 1) {
		return math.NaN()
	}
	x0, x1 := regimeBounds(s, alpha)
	y0, y1 := regimeBounds(b, alpha)
	return BVNCDF(x1, y1, rho) - BVNCDF(x1, y0, rho) - BVNCDF(x0, y1, rho) + BVNCDF(x0, y0, rho)
}

// GaussianRegimeTable returns the theoretical 3x3 table of regime
// probabilities under a Gaussian copula with correlation rho (theoretical
// rows of Table 23). It returns an error for alpha outside (0, 0.5) or
// |rho| > 1.
func GaussianRegimeTable(rho, alpha float64) (p [3][3]float64, err error) {
	if err := checkAlpha("GaussianRegimeTable", alpha); err != nil {
		return p, err
	}
	if !(math.Abs(rho) <= 1) {
		return p, fmt.Errorf("copula: GaussianRegimeTable: |rho| = %v > 1", math.Abs(rho))
	}
	for i := Bad; i <= Good; i++ {
		for j := Bad; j <= Good; j++ {
			p[i][j] = GaussianRegimeProb(rho, alpha, i, j)
		}
	}
	return p, nil
}

// RegimeCorr returns the Pearson correlation of x and y over the dates in
// the regime pair (s, b) at frequency alpha, the regimes being those of x
// and y themselves (Portelli & Roncalli (2024), Table 24 uses the pair
// (Normal, Normal)). Pass returns or their normal scores: the regimes are
// the same. The regimes are those of Classify (the RankRule;
// RegimeCorrWith offers the QuantileRule). It returns an error for alpha
// outside (0, 0.5), NaN values, fewer than 3 dates in the regime or a
// constant series in it.
func RegimeCorr(x, y []float64, alpha float64, s, b Regime) (float64, error) {
	return regimeCorr("RegimeCorr", x, y, alpha, s, b, RankRule)
}

func regimeCorr(fn string, x, y []float64, alpha float64, s, b Regime, rule TailRule) (float64, error) {
	rs, rb, err := classifyPair(fn, x, y, alpha, rule)
	if err != nil {
		return 0, err
	}
	var xs, ys []float64
	for i := range rs {
		if rs[i] == s && rb[i] == b {
			xs = append(xs, x[i])
			ys = append(ys, y[i])
		}
	}
	return pearson(fmt.Sprintf("%s(%v, %v)", fn, s, b), xs, ys)
}

// LocalCorr returns the local correlation of the regime pair (s, b): the
// correlations rho of a Gaussian copula whose regime probability
// GaussianRegimeProb(rho, alpha, s, b) equals p, e.g. an empirical frequency
// of RegimeTable (Portelli & Roncalli (2024), Table 25 and Figure 51).
// It scans rho over [-0.9999, 0.9999] for sign changes and refines each by
// bisection. For the four extreme pairs (Bad/Good with Bad/Good) the
// probability is monotone in rho and there is at most one root; for pairs
// involving Normal there can be two (the paper: the (Normal, Normal)
// correlation "can range from -50% to +50%"). It returns an error, giving
// the attainable range, when no rho matches p, and for alpha outside
// (0, 0.5) or p outside [0, 1]; it panics when s or b is not a Regime.
func LocalCorr(p, alpha float64, s, b Regime) ([]float64, error) {
	checkRegimes("LocalCorr", s, b)
	if err := checkAlpha("LocalCorr", alpha); err != nil {
		return nil, err
	}
	if !(p >= 0 && p <= 1) {
		return nil, fmt.Errorf("copula: LocalCorr: probability %v outside [0, 1]", p)
	}
	f := func(r float64) float64 { return GaussianRegimeProb(r, alpha, s, b) - p }
	const n, lim = 400, 0.9999
	var roots []float64
	lo, flo := -lim, f(-lim)
	fmin, fmax := flo, flo
	for i := 1; i <= n; i++ {
		hi := -lim + 2*lim*float64(i)/n
		fhi := f(hi)
		fmin, fmax = math.Min(fmin, fhi), math.Max(fmax, fhi)
		if fhi == 0 || (flo < 0) != (fhi < 0) {
			r, err := bisect(f, lo, hi)
			if err == nil && (len(roots) == 0 || r-roots[len(roots)-1] > 1e-9) {
				roots = append(roots, r)
			}
		}
		lo, flo = hi, fhi
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("copula: LocalCorr: (%v, %v): probability %.4f%% not attainable by a Gaussian copula (range [%.4f%%, %.4f%%] for |rho| <= %v)",
			s, b, 100*p, 100*(fmin+p), 100*(fmax+p), lim)
	}
	return roots, nil
}

// LocalCorrSE returns the delta-method standard error of a local
// correlation rho (LocalCorr) calibrated to a frequency observed on n dates:
//
//	se = sqrt(p (1 - p) / n) / |dp/drho|,  p = GaussianRegimeProb(rho, alpha, s, b),
//
// treating the n dates as independent (daily returns are nearly so) and
// ignoring the estimation of the regime boundaries. It is NaN when dp/drho
// is zero or n < 1, and when rho or alpha is out of range (NaN, |rho| > 1,
// alpha outside (0, 0.5)); it panics when s or b is not a Regime.
func LocalCorrSE(rho, alpha float64, n int, s, b Regime) float64 {
	checkRegimes("LocalCorrSE", s, b)
	if n < 1 {
		return math.NaN()
	}
	const h = 1e-5
	lo, hi := math.Max(-1, rho-h), math.Min(1, rho+h)
	slope := (GaussianRegimeProb(hi, alpha, s, b) - GaussianRegimeProb(lo, alpha, s, b)) / (hi - lo)
	p := GaussianRegimeProb(rho, alpha, s, b)
	if slope == 0 {
		return math.NaN()
	}
	return math.Sqrt(p*(1-p)/float64(n)) / math.Abs(slope)
}

// checkRegimes panics, naming fn, unless s and b are Bad, Normal or Good.
func checkRegimes(fn string, s, b Regime) {
	if s < Bad || s > Good || b < Bad || b > Good {
		panic(fmt.Sprintf("copula: %s: regimes (%v, %v): need Bad, Normal or Good", fn, s, b))
	}
}
