package dated

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/macro"
	"github.com/stockbond/sbcorr/series"
)

// RegressionFit is the least-squares regression of a dated series on dated
// factors (Regress): the macro.Regression (coefficients, Newey-West
// standard errors and p-values, R^2, the number of observations N) and the
// dates of the observations used.
type RegressionFit struct {
	*macro.Regression
	Dates []time.Time
}

// Term is one coefficient of a RegressionFit: the estimate, its Newey-West
// standard error, t-statistic and two-sided p-value (standard normal), in
// the units of the regression (a slope on a decimal factor is per unit of
// that decimal).
type Term struct {
	Name           string
	Coef, SE, T, P float64
}

// Stars returns the significance stars of the paper's tables for the
// term's p-value (macro.Stars: "***" below 1%, "**" below 5%, "*" below
// 10%).
func (t Term) Stars() string { return macro.Stars(t.P) }

// Regress regresses y on an intercept and the factors x,
//
//	y(t) = beta_0 + sum_j beta_j x_j(t) + eps(t),
//
// with Newey-West standard errors (macro.Regress with the Newey-West 1994
// lag), as in Tables 19-22 and 33-34 of Portelli & Roncalli (2024),
// section 3.4, where y is the 4-year rolling stock-bond correlation.
// Each factor is taken on y's dates with series.OnDates, by the period of
// its own frequency: a monthly inflation factor dated on the 1st joins a
// month-end correlation, and a quarterly growth factor gives every month of
// its quarter the same value. The coefficients are named "const" and
// then by the factors' names (RegressionFit.Term). Dates where y or a factor
// is NaN are left out. It returns the errors of macro.Regress (too few
// observations, a constant y, collinear factors).
func Regress(y series.Series, x ...series.Series) (RegressionFit, error) {
	fs := make([]macro.Factor, len(x))
	for j, s := range x {
		fs[j] = macro.Factor{Name: s.Name, Values: s.OnDates(y.Dates).Values}
	}
	r, err := macro.Regress(y.Values, fs, nil)
	if err != nil {
		return RegressionFit{}, fmt.Errorf("dated: Regress: %s: %w", y.Name, err)
	}
	out := RegressionFit{Regression: r, Dates: make([]time.Time, len(r.Rows))}
	for i, t := range r.Rows {
		out.Dates[i] = y.Dates[t]
	}
	return out, nil
}

// Term returns the coefficient named name ("const" for the intercept, else
// a factor's name). It panics on an unknown name (a programmer error).
func (r RegressionFit) Term(name string) Term {
	for j, n := range r.Names {
		if n == name {
			return Term{Name: n, Coef: r.OLSFit.Coef[j], SE: r.StdErr[j], T: r.TStat[j], P: r.PValue[j]}
		}
	}
	panic(fmt.Sprintf("dated: RegressionFit.Term: no coefficient %q (have %v)", name, r.Names))
}
