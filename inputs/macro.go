package inputs

import (
	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// USRecessions returns the NBER recession indicator (FRED USREC: 1 in a
// recession month, 0 otherwise), monthly, dated on the 1st of the month;
// Series.FlagPeriods turns it into the periods to shade on a chart.
func USRecessions() (series.Series, error) {
	s, err := datasets.LoadSeries("", "fred_macro/USREC")
	if err != nil {
		return s, err
	}
	return s.AtFreq(series.Monthly).Named("NBER recession"), nil
}
