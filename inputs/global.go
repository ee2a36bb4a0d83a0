package inputs

import (
	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// LongRates returns the 10-year government bond yields of the given
// countries (OECD codes: "US", "DE", "JP", "GB", "FR", "CA", "AU", "CH",
// "EZ") in decimals, monthly AVERAGES of daily yields dated on the 1st of
// the month (FRED IRLTLT01<code>M156N, OECD Main Economic Indicators), each
// named by its country code: the inputs of the CSC note's cross-country
// co-movement of yields.
func LongRates(countries ...string) ([]series.Series, error) {
	out := make([]series.Series, len(countries))
	for i, c := range countries {
		s, err := datasets.LoadSeries("", "oecd_fred_lt_rates/IRLTLT01"+c+"M156N")
		if err != nil {
			return nil, err
		}
		out[i] = s.DropNaN().PercentToDecimal().AtFreq(series.Monthly).Named(c)
	}
	return out, nil
}

// DollarIndex returns the ICE US dollar index (DX-Y.NYB) daily close, index
// points, named "DXY" (the CSC note's dollar against US yields). The file
// ends in May 2024.
func DollarIndex() (series.Series, error) {
	f, err := datasets.Load("", "dxy/dxy")
	if err != nil {
		return series.Series{}, err
	}
	c, err := f.Col("Close")
	if err != nil {
		return series.Series{}, err
	}
	return c.DropNaN().AtFreq(series.Daily).Named("DXY"), nil
}

// Yield returns the daily Treasury constant-maturity yield of the given
// maturity in years (datasets.CMTDaily), decimals, on its own calendar
// (Pair.Yield is on the joint stock-bond calendar).
func Yield(maturity float64) (series.Series, error) { return datasets.CMTDaily("", maturity) }
