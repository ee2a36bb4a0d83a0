package macro

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/internal/must"
	"github.com/stockbond/sbcorr/sbcorr"
)

// Horizon is a measurement horizon h of section 3.4: the inflation rate is
// CPI(t)/CPI(t-h) - 1 and the growth rate GDP(t)/GDP(t-h) - 1.
type Horizon struct {
	Name   string // "1M", "1Y", ...
	Months int    // h in months (1Q = 3 for quarterly data)
}

// PaperHorizons returns the horizons of Tables 20-22: 1M, 1Y, 2Y, 3Y and
// 5Y (for quarterly GDP the first one is 1Q).
func PaperHorizons() []Horizon {
	return []Horizon{{"1M", 1}, {"1Y", 12}, {"2Y", 24}, {"3Y", 36}, {"5Y", 60}}
}

// LevelVol returns the factors of Tables 20 and 21: the h-period change of
// a level series (Change(level, h)) and its rolling standard deviation over
// full windows of `window` observations (sbcorr.RollingVol), for example
// pi(t) and sigma_pi(t) from monthly CPI with the paper's 4-year window of
// 48 months. Both are decimals per h-period change, NaN where undefined. It
// panics when h < 1 or window < 2.
func LevelVol(level []float64, h, window int) (change, vol []float64) {
	if window < 2 {
		panic(fmt.Sprintf("macro: LevelVol: window = %d must be >= 2", window))
	}
	change = Change(level, h)
	return change, sbcorr.RollingVol(change, window, window)
}

// Factor is a named explanatory variable aligned by index with the
// regressand.
type Factor struct {
	Name   string
	Values []float64
}

// Regression is an OLS fit of the stock-bond correlation on factors with
// Newey-West standard errors, on the dates where every series is defined.
type Regression struct {
	*sbcorr.OLSFit
	Names []string // "const" then the factor names, in coefficient order
	Rows  []int    // indices of the observations used
}

// Regress regresses y (e.g. the 4-year rolling stock-bond correlation) on an
// intercept and the factors,
//
//	rho_SB(t) = beta_0 + sum_j beta_j f_j(t) + eps(t),
//
// as in Tables 19-22 of Portelli & Roncalli (2024), section 3.4, keeping
// only the indices where y and every factor are finite. The coefficient
// covariance is Newey-West (Bartlett kernel, no small-sample correction,
// sbcorr.OLSHAC) with lag lag(n) for n kept observations; nil means
// sbcorr.LagNW94. It returns the errors of sbcorr.OLSHAC (too few
// observations, constant y, collinear factors) and panics when a factor's
// length differs from len(y).
func Regress(y []float64, factors []Factor, lag func(n int) int) (*Regression, error) {
	names := []string{"const"}
	for _, f := range factors {
		if len(f.Values) != len(y) {
			panic(fmt.Sprintf("macro: Regress: factor %q has %d values, y has %d", f.Name, len(f.Values), len(y)))
		}
		names = append(names, f.Name)
	}
	var rows []int
	for t := range y {
		ok := !bad(y[t])
		for _, f := range factors {
			ok = ok && !bad(f.Values[t])
		}
		if ok {
			rows = append(rows, t)
		}
	}
	yy := make([]float64, len(rows))
	xx := make([][]float64, len(factors))
	for j := range xx {
		xx[j] = make([]float64, len(rows))
	}
	for i, t := range rows {
		yy[i] = y[t]
		for j, f := range factors {
			xx[j][i] = f.Values[t]
		}
	}
	if lag == nil {
		lag = sbcorr.LagNW94
	}
	fit, err := sbcorr.OLSHAC(yy, xx, sbcorr.HAC{Lag: lag(len(rows))})
	if err != nil {
		return nil, fmt.Errorf("macro: Regress: on %v: %w", names[1:], err)
	}
	return &Regression{OLSFit: fit, Names: names, Rows: rows}, nil
}

// Stars returns the significance stars of the paper's tables for a
// two-sided p-value: "***" below 1%, "**" below 5%, "*" below 10%, else ""
// (also for a NaN p-value, an undefined test). It panics for a p-value
// outside [0, 1].
func Stars(p float64) string {
	if p < 0 || p > 1 {
		panic(fmt.Sprintf("macro: Stars: p-value %v outside [0, 1]", p))
	}
	switch {
	case p < 0.01:
		return "***"
	case p < 0.05:
		return "**"
	case p < 0.10:
		return "*"
	}
	return ""
}

// Coef returns the coefficient of the named regressor ("const" for the
// intercept) and its p-value; ok is false, and both NaN, when the name is
// unknown. It panics when r is nil.
func (r *Regression) Coef(name string) (coef, pvalue float64, ok bool) {
	must.NotNil("macro: Regression.Coef", "r", r)
	for j, n := range r.Names {
		if n == name {
			return r.OLSFit.Coef[j], r.PValue[j], true
		}
	}
	return math.NaN(), math.NaN(), false
}
