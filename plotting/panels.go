package plotting

import "github.com/stockbond/sbcorr/series"

// Panels returns one TimeSeries panel per series, in order, for
// SmallMultiples: the panel is titled by the series' name and holds that
// series alone. A series in decimals (series.UnitDecimal: yields, returns,
// volatilities, correlations) gets a percent axis (Percent), as on every
// chart of the toolkit; any other unit (an index level, a ratio) keeps plain
// numbers. SmallMultiples' own Percent, Zero and Shade still apply to every
// panel. No series give no panels.
func Panels(ss ...series.Series) []TimeSeries {
	ps := make([]TimeSeries, len(ss))
	for i, s := range ss {
		ps[i] = TimeSeries{Title: s.Name, Series: []series.Series{s}, Percent: s.Unit == series.UnitDecimal}
	}
	return ps
}
