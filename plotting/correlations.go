package plotting

import "github.com/stockbond/sbcorr/series"

// Correlations returns the chart most notebooks draw for a correlation
// through time (a rolling, EWMA or DCC stock-bond correlation): a
// TimeSeries of the series, values decimals in [-1, 1] shown in percent on
// a y axis labelled "correlation", with a zero line. Set other fields on
// the result (Shade, Bands) as for any TimeSeries.
func Correlations(title string, ss ...series.Series) TimeSeries {
	return TimeSeries{Title: title, YLabel: "correlation", Percent: true, Zero: true, Series: ss}
}
