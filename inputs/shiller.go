package inputs

import (
	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// Shiller is Shiller's monthly US data (shiller_sp500_monthly): the S&P 500
// dividend yield and long interest rate, the inputs of the equity duration
// of Portelli & Roncalli (2024), section 3.3.4 (eq. 11-12, Figures 44 and
// 104), and the consumer price index. Every series is monthly, dated on the
// 1st of the month; his file fills the months after mid-2023 with 0.0,
// read as missing and left out.
type Shiller struct {
	// DY is the dividend yield D/P (decimal): his dividend (the last 12
	// months, annualised) over his price (the monthly average of the
	// index), "DY", on the months where DY and Rate are both published.
	DY series.Series
	// Rate is his long interest rate (decimal): the 10-year Treasury yield
	// (GS10, a monthly average) from 1953, earlier his splice of long
	// government bond yields, "r", on the dates of DY.
	Rate series.Series
	// CPI is the consumer price index (index points, "CPI"), on its own
	// months: deflate nominal returns with it.
	CPI series.Series
}

// ShillerMonthly returns Shiller's dividend yield, long rate and CPI from
// January 1871 (see Shiller). It returns an error wrapping
// datasets.ErrNoData when the file is missing.
func ShillerMonthly() (Shiller, error) {
	f, err := datasets.Load("", "shiller/shiller_sp500_monthly")
	if err != nil {
		return Shiller{}, err
	}
	div, px, lr := f.MustCol("Dividend"), f.MustCol("SP500"), f.MustCol("Long Interest Rate")
	dy := series.Combine(div, px, func(d, p float64) float64 { return d / p }).InUnit(series.UnitDecimal).Named("DY")
	j := series.InnerJoin(dy, lr.PercentToDecimal().Named("r")).DropNaN()
	cpi := f.MustCol("Consumer Price Index").DropNaN().Named("CPI")
	return Shiller{DY: j.Cols[0], Rate: j.Cols[1], CPI: cpi}, nil
}

// Years returns the dividend yield and the rate in calendar years from to
// to (a zero year leaves that side open); the CPI is kept whole.
func (s Shiller) Years(from, to int) Shiller {
	s.DY, s.Rate = s.DY.Years(from, to), s.Rate.Years(from, to)
	return s
}
