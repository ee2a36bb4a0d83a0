// Package plotting builds the charts and tables of sbcorr notebooks and
// write-ups on top of gonum/plot, with one look (Theme) across all of them,
// and renders them to SVG or PNG bytes. It draws numbers computed
// elsewhere; it never estimates anything beyond what a chart needs (bins,
// a display density). Values are decimals (0.25); percent appears only in
// labels (Percent options, PercentTicks, table formats).
//
// Every builder is a struct describing the chart, with a Plot method
// returning an ordinary *plot.Plot (or a *Grid for small multiples) that can
// be customised further with gonum/plot. Data problems (no data, no finite
// value, mismatched lengths) are returned as errors naming the series.
// Rendering is deterministic: the same input gives byte-identical SVG.
//
// Usage map (display in a notebook with github.com/stockbond/sbcorr/plotting/nb):
//
//	p, err := plotting.TimeSeries{Title: "10y yield", YLabel: "yield",
//	    Percent: true, Zero: true,
//	    Shade: spans, ShadeName: "NBER recession",   // spans from SpansFromFlags(usrecDates, usrec)
//	    Series: []plotting.Series{{Name: "US", Dates: d, Values: v}},
//	}.Plot()
//	nb.Show(p)                                         // inline SVG, 16 x 9 cm
//	nb.Show(plotting.Must(ts.Plot()))                  // same, panics on error
//	svg, err := plotting.SVG(p, plotting.Width, plotting.Height)
//	png, err := plotting.PNG(p, 12*vg.Centimeter, 8*vg.Centimeter, plotting.DPI)
//
// Building blocks (gonum plotters and tickers) used by the builders and
// usable directly: GapLine (a line broken at NaN), Bands (shaded x
// intervals), RefLine (zero line, boundaries), TopLegend (legend above the
// data area), DateTicks, NiceTicks, FormatTicks / PercentTicks, Thin
// (min/max thinning of long series, see MaxPoints), Theme / Default /
// OkabeIto.
package plotting
