package inputs

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/sbcorr/curve"
	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// Curves is a history of yield curves on one calendar: column j of the
// frame holds the yields, decimals, at maturity Maturities[j] years, NaN
// on a date where that maturity is not quoted. The curve of one date is
// At(date); FitSvensson fits every date.
type Curves struct {
	series.Frame
	Maturities []float64 // years, increasing, one per column
}

// TreasuryParCurves returns the daily US Treasury par yield curves
// 1990-2021 (the Treasury's "Daily Treasury Par Yield Curve Rates",
// datasets.ParseParCurve), 1 month to 30 years (datasets.ParCurveTenors),
// as decimals: the "complete spot yield curve for each date" of the CSC
// note, section 2(1). Par yields are bond-equivalent yields of bonds
// priced at par (semi-annual coupons; bills up to six months as
// money-market yields, see curve.ParYield). Tenors not issued on a date
// are NaN: the 1-month bill before 2001-07-31, the 20-year before
// 1993-10-01, the 30-year from 2002-02-19 to 2006-02-08, the 4-month bill
// (from 2022) throughout.
func TreasuryParCurves() (Curves, error) {
	f, err := datasets.Load("", "us_treasury_par_curve/yield-curve-rates-1990-2021")
	if err != nil {
		return Curves{}, err
	}
	var m []float64
	for _, c := range f.Cols {
		for _, t := range datasets.ParCurveTenors {
			if t.Name == c.Name {
				m = append(m, t.Years)
			}
		}
	}
	return Curves{Frame: f.Map(series.Series.PercentToDecimal), Maturities: m}, nil
}

// At returns the curve (yields at Maturities, decimals) on the last date
// at or before t. It panics when t is before the first date.
func (c Curves) At(t time.Time) []float64 {
	i := c.Cols[0].Index(t)
	if i < 0 {
		panic(fmt.Sprintf("inputs: Curves.At: %s is before the first curve (%s)",
			t.Format(time.DateOnly), c.Dates[0].Format(time.DateOnly)))
	}
	row := make([]float64, len(c.Cols))
	for j, s := range c.Cols {
		row[j] = s.Values[i]
	}
	return row
}

// Years returns the curves dated in calendar years from to to.
func (c Curves) Years(from, to int) Curves {
	return Curves{Frame: c.Frame.Years(from, to), Maturities: c.Maturities}
}

// FitSvensson fits a Nelson-Siegel-Svensson curve to every date
// (dated.FitSvenssonHistory with opt: par yields or zero rates, fixed
// taus, bounds), on all cores. It returns an error when no date can be
// fitted (too few tenors quoted on every date, or no curve at all).
func (c Curves) FitSvensson(opt curve.FitOptions) (dated.SvenssonFits, error) {
	fits := dated.FitSvenssonHistory(c.Maturities, c.Frame, opt)
	if fits.Len() == 0 || fits.MustCol("rmse").CountNaN() == fits.Len() {
		return fits, fmt.Errorf("inputs: Curves.FitSvensson: none of %d curves could be fitted", fits.Len())
	}
	return fits, nil
}

// Fingerprint returns a short digest of the files and date range behind
// the curves, for the version of a cached fit (nb.Cached).
func (c Curves) Fingerprint() string { return datasets.Fingerprint(c.Cols...) }

// NYFedACM is the NY Fed's term-structure decomposition of Adrian, Crump and
// Moench (2013), monthly from June 1961, dated on the last business day of
// the month: the model's fitted zero-coupon yields at 1 to 10 years and
// the split of the 10-year yield into the average expected short rate
// (risk-neutral yield) and the term premium. It is the model the CSC note
// uses (section 2(1)), and the reference for curve.FitACM.
type NYFedACM struct {
	Zeros       Curves        // ACMY01..ACMY10: zero-coupon yields at 1..10 years, decimals (continuously compounded)
	TermPremium series.Series // ACMTP10: the 10-year term premium, decimal
	RiskNeutral series.Series // ACMRNY10: the 10-year risk-neutral yield, decimal
}

// ACMTermPremium returns the NY Fed's ACM file (datasets.ParseACM) as
// decimals.
func ACMTermPremium() (NYFedACM, error) {
	f, err := datasets.Load("", "nyfed_acm/ACMTermPremium")
	if err != nil {
		return NYFedACM{}, err
	}
	var a NYFedACM
	var zeros []series.Series
	for j := 1; j <= 10; j++ {
		zeros = append(zeros, f.MustCol(fmt.Sprintf("ACMY%02d", j)).PercentToDecimal())
		a.Zeros.Maturities = append(a.Zeros.Maturities, float64(j))
	}
	a.Zeros.Frame = series.NewFrame(f.Dates, zeros...)
	a.TermPremium = f.MustCol("ACMTP10").PercentToDecimal()
	a.RiskNeutral = f.MustCol("ACMRNY10").PercentToDecimal()
	return a, nil
}

// Years returns the ACM data dated in calendar years from to to.
func (a NYFedACM) Years(from, to int) NYFedACM {
	return NYFedACM{Zeros: a.Zeros.Years(from, to), TermPremium: a.TermPremium.Years(from, to),
		RiskNeutral: a.RiskNeutral.Years(from, to)}
}
