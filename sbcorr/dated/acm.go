package dated

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/curve"
	"github.com/stockbond/sbcorr/series"
)

// ACMFit is the Adrian-Crump-Moench (2013) term-structure model fitted on a
// dated history of monthly zero curves (FitACM), with the model's yields,
// risk-neutral yields and term premia back on the curves' dates.
type ACMFit struct {
	Model *curve.ACM
	Dates []time.Time // the month ends of the curves, one per row of the model
	Freq  series.Freq
}

// FitACM fits curve.FitACM on the zero curves of fits (one per month end,
// e.g. month-end Nelson-Siegel-Svensson fits of a par-curve history, or
// NSS fits through the NY Fed's zero yields), read at maturities 1..months
// months (curve.MonthlyGrid), with opt. It returns the errors of
// curve.FitACM (a curve that was not fitted gives NaN yields, an error).
func FitACM(fits SvenssonFits, months int, opt curve.ACMOptions) (ACMFit, error) {
	m, err := curve.FitACM(curve.MonthlyGrid(fits.Curves(), months), opt)
	if err != nil {
		return ACMFit{}, fmt.Errorf("dated: FitACM: %w", err)
	}
	return ACMFit{Model: m, Dates: fits.Dates, Freq: freqOf(fits.Frame)}, nil
}

// on returns v on the model's dates, named name, a decimal rate.
func (a ACMFit) on(name string, v []float64) series.Series {
	s := series.New(name, a.Dates, v)
	s.Unit, s.Freq = series.UnitDecimal, a.Freq
	return s
}

// Yield returns the model's zero yield of maturity n months (annualised,
// continuously compounded decimal) on every date.
func (a ACMFit) Yield(n int) series.Series {
	return a.on(fmt.Sprintf("yield %dm", n), a.Model.Yield(n))
}

// RiskNeutralYield returns the risk-neutral yield of maturity n months, the
// average expected short rate over n months plus a small convexity term.
func (a ACMFit) RiskNeutralYield(n int) series.Series {
	return a.on(fmt.Sprintf("risk-neutral yield %dm", n), a.Model.RiskNeutralYield(n))
}

// TermPremium returns the term premium of maturity n months: Yield minus
// RiskNeutralYield (the CSC note's "10-year yield minus the average expected
// short rate" for n = 120).
func (a ACMFit) TermPremium(n int) series.Series {
	return a.on(fmt.Sprintf("term premium %dm", n), a.Model.TermPremium(n))
}
