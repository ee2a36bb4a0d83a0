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

// Dollar is the ICE US dollar index and the 10-year Treasury yield on the
// days both are published: the inputs of the CSC note's dollar "smile".
type Dollar struct {
	Index series.Series // DX-Y.NYB daily close, index points, "DXY" (the file ends in May 2024)
	Yield series.Series // 10-year constant-maturity yield, decimal, "DGS10"
}

// DollarIndex returns the dollar index and the 10-year yield on their
// joint daily calendar.
func DollarIndex() (Dollar, error) {
	f, err := datasets.Load("", "dxy/dxy")
	if err != nil {
		return Dollar{}, err
	}
	c, err := f.Col("Close")
	if err != nil {
		return Dollar{}, err
	}
	y, err := datasets.CMTDaily("", 10)
	if err != nil {
		return Dollar{}, err
	}
	idx, yield := series.Align(c.DropNaN().AtFreq(series.Daily).Named("DXY"), y)
	return Dollar{Index: idx, Yield: yield}, nil
}

// Yield returns the daily Treasury constant-maturity yield of the given
// maturity in years (datasets.CMTDaily), decimals, on its own calendar
// (Pair.Yield is on the joint stock-bond calendar).
func Yield(maturity float64) (series.Series, error) { return datasets.CMTDaily("", maturity) }
