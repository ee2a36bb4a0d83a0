package inputs

import (
	"fmt"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// DividendYield returns the dividend yield of the S&P composite from
// Robert Shiller's monthly file, DY(t) = D(t) / P(t): the dividends of the
// last 12 months (annual rate) over the MONTHLY AVERAGE of the index, in
// decimals, dated on the 1st of the month, named "dividend yield". It is
// NaN (reason Missing) where the file has no dividend (from 2023-07 in
// this vintage). Its inverse is the equity duration of the Gordon model,
// eq. (12) of Portelli & Roncalli (2024), section 3.3.4 (see
// dated.EquityDuration). It returns an error wrapping datasets.ErrNoData
// when the file is missing.
func DividendYield() (series.Series, error) {
	f, err := datasets.Load("", "shiller/shiller_sp500_monthly")
	if err != nil {
		return series.Series{}, err
	}
	p, err := f.Col("SP500")
	if err != nil {
		return series.Series{}, fmt.Errorf("inputs: DividendYield: %w", err)
	}
	d, err := f.Col("Dividend")
	if err != nil {
		return series.Series{}, fmt.Errorf("inputs: DividendYield: %w", err)
	}
	dy := series.Combine(d, p, func(d, p float64) float64 { return d / p })
	return dy.Named("dividend yield").InUnit(series.UnitDecimal).AtFreq(series.Monthly), nil
}
