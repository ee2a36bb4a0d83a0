package inputs

import (
	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// DividendYield is Shiller's monthly S&P 500 dividend yield and long
// interest rate, the inputs of the equity duration of Portelli & Roncalli
// (2024), section 3.3.4 (eq. 11-12, Figures 44 and 104). Both are monthly,
// dated on the 1st of the month, in decimals, on the same dates.
type DividendYield struct {
	// DY is the dividend yield D/P: Shiller's dividend (the last 12
	// months, annualised) over his price (the monthly average of the
	// index), "DY".
	DY series.Series
	// Rate is Shiller's long interest rate: the 10-year Treasury yield
	// (GS10, a monthly average) from 1953, earlier his splice of long
	// government bond yields, "r".
	Rate series.Series
}

// ShillerDividendYield returns the dividend yield and the long rate on the
// months where Shiller publishes both (his file fills the months after
// mid-2023 with 0.0, read as missing), from January 1871. It returns an
// error wrapping datasets.ErrNoData when the file is missing.
func ShillerDividendYield() (DividendYield, error) {
	f, err := datasets.Load("", "shiller/shiller_sp500_monthly")
	if err != nil {
		return DividendYield{}, err
	}
	div, px, lr := f.MustCol("Dividend"), f.MustCol("SP500"), f.MustCol("Long Interest Rate")
	dy := series.Combine(div, px, func(d, p float64) float64 { return d / p }).InUnit(series.UnitDecimal).Named("DY")
	j := series.InnerJoin(dy, lr.PercentToDecimal().Named("r")).DropNaN()
	return DividendYield{DY: j.Cols[0], Rate: j.Cols[1]}, nil
}

// Years returns both series in calendar years from to to (a zero year
// leaves that side open).
func (d DividendYield) Years(from, to int) DividendYield {
	return DividendYield{DY: d.DY.Years(from, to), Rate: d.Rate.Years(from, to)}
}
