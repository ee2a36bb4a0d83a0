package macro

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/sbcorr"
)

// Change returns the h-period relative change of a level series,
//
//	c(t) = x(t) / x(t-h) - 1,
//
// for example the inflation rate pi(t) = CPI(t)/CPI(t-h) - 1 of section
// 3.4.2 (monthly CPI, h in months) or the year-on-year real growth rate
// g(t) = GDP(t)/GDP(t-4) - 1 (quarterly GDP). The first h values are NaN,
// and so is c(t) when x(t) or x(t-h) is NaN or infinite or x(t-h) <= 0. It
// panics when h < 1.
func Change(x []float64, h int) []float64 {
	if h < 1 {
		panic(fmt.Sprintf("macro: Change: horizon h = %d must be >= 1", h))
	}
	out := make([]float64, len(x))
	for t := range x {
		out[t] = math.NaN()
		if t >= h && x[t-h] > 0 && !math.IsInf(x[t-h], 1) && !math.IsInf(x[t], 0) {
			out[t] = x[t]/x[t-h] - 1
		}
	}
	return out
}

// RollingMacro holds the rolling growth-inflation statistics of Figures
// 70-74: over windows ending at t, the standard deviations of growth and
// inflation, their correlation and the growth-inflation risk ratio
// Phi = SigmaG / SigmaPi. Values are decimals per observation period (not
// annualised); a value is NaN where the window is incomplete or holds a NaN
// (sbcorr.RollingWhy says which).
type RollingMacro struct {
	SigmaG, SigmaPi, Rho, Phi []float64
}

// RollingGrowthInflation returns the rolling sigma_g, sigma_pi, rho_{g,pi}
// and varphi_{g,pi} of growth g and inflation pi (aligned by index, e.g.
// year-on-year quarterly rates) over full windows of `window` observations
// (the paper's 4 years are 16 quarters), section 2.4.3 and Figures 70-74 of
// Portelli & Roncalli (2024). Sample standard deviations (n-1) and Pearson
// correlations come from sbcorr.RollingVol and sbcorr.RollingCorr.
//
// It returns an error when the series are shorter than the window (no
// value can be computed). It panics when len(g) != len(pi) or window < 2.
func RollingGrowthInflation(g, pi []float64, window int) (RollingMacro, error) {
	if len(g) != len(pi) {
		panic(fmt.Sprintf("macro: RollingGrowthInflation: len(g) = %d != len(pi) = %d", len(g), len(pi)))
	}
	if window < 2 {
		panic(fmt.Sprintf("macro: RollingGrowthInflation: window = %d must be >= 2", window))
	}
	if len(g) < window {
		return RollingMacro{}, fmt.Errorf("macro: RollingGrowthInflation: %d observations, shorter than the window of %d", len(g), window)
	}
	r := RollingMacro{
		SigmaG:  sbcorr.RollingVol(g, window, window),
		SigmaPi: sbcorr.RollingVol(pi, window, window),
		Rho:     sbcorr.RollingCorr(g, pi, window, window),
		Phi:     make([]float64, len(g)),
	}
	for t := range r.Phi {
		r.Phi[t] = r.SigmaG[t] / r.SigmaPi[t]
		if !(r.SigmaPi[t] > 0) {
			r.Phi[t] = math.NaN()
		}
	}
	return r, nil
}

// GrowthInflationStats are the full-period growth-inflation statistics of Table 13:
// sample standard deviations of growth and inflation, their correlation and
// the ratio Phi = SigmaG / SigmaPi (decimals per observation period).
type GrowthInflationStats struct {
	SigmaG, SigmaPi, Rho, Phi float64
	N                         int
}

// DescribeGrowthInflation returns the statistics of Table 13 for growth g and
// inflation pi over one period (aligned by index; the paper uses
// year-on-year quarterly rates over 1960-2000 and 2000-2023). It returns an
// error naming the index of a NaN or infinite value, when there are fewer
// than 3 observations, or when a series is constant. It panics when the
// lengths differ.
func DescribeGrowthInflation(g, pi []float64) (GrowthInflationStats, error) {
	if len(g) != len(pi) {
		panic(fmt.Sprintf("macro: DescribeGrowthInflation: len(g) = %d != len(pi) = %d", len(g), len(pi)))
	}
	n := len(g)
	if n < 3 {
		return GrowthInflationStats{}, fmt.Errorf("macro: DescribeGrowthInflation: %d observations, need at least 3", n)
	}
	for t := range g {
		if bad(g[t]) || bad(pi[t]) {
			return GrowthInflationStats{}, fmt.Errorf("macro: DescribeGrowthInflation: row %d: growth %v, inflation %v", t, g[t], pi[t])
		}
	}
	sg := sbcorr.RollingVol(g, n, n)[n-1]
	sp := sbcorr.RollingVol(pi, n, n)[n-1]
	if !(sg > 0) || !(sp > 0) {
		return GrowthInflationStats{}, fmt.Errorf("macro: DescribeGrowthInflation: constant series (sigma_g %v, sigma_pi %v)", sg, sp)
	}
	rho := sbcorr.RollingCorr(g, pi, n, n)[n-1]
	return GrowthInflationStats{SigmaG: sg, SigmaPi: sp, Rho: rho, Phi: sg / sp, N: n}, nil
}

func bad(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) }

// RatioSplice splices two aligned level series (for example Shiller's CPI
// before 1980 and FRED's CPIAUCSL after, or nominal GDP deflated by CPI and
// real GDP): from the first index t0 where late is defined the result is
// late; before t0 it is early scaled by late[t0] / early[t0], so that growth
// rates of early are kept and the level is continuous. Indices after t0
// where late is NaN stay NaN. It returns an error when late is never
// defined, early is not a positive finite number at t0, or a value used
// (early up to t0, late from t0) is infinite, naming the index; it panics
// when the lengths differ.
func RatioSplice(early, late []float64) ([]float64, error) {
	if len(early) != len(late) {
		panic(fmt.Sprintf("macro: RatioSplice: len(early) = %d != len(late) = %d", len(early), len(late)))
	}
	t0 := -1
	for t, v := range late {
		if !math.IsNaN(v) {
			t0 = t
			break
		}
	}
	if t0 < 0 {
		return nil, fmt.Errorf("macro: RatioSplice: the late series has no value")
	}
	if !(early[t0] > 0) || math.IsInf(early[t0], 1) {
		return nil, fmt.Errorf("macro: RatioSplice: early series is %v at the splice index %d", early[t0], t0)
	}
	for t := range late {
		if v := early[t]; t < t0 && math.IsInf(v, 0) {
			return nil, fmt.Errorf("macro: RatioSplice: early series is %v at index %d", v, t)
		}
		if v := late[t]; t >= t0 && math.IsInf(v, 0) {
			return nil, fmt.Errorf("macro: RatioSplice: late series is %v at index %d", v, t)
		}
	}
	k := late[t0] / early[t0]
	out := make([]float64, len(late))
	for t := range out {
		if t < t0 {
			out[t] = early[t] * k
		} else {
			out[t] = late[t]
		}
	}
	return out, nil
}
