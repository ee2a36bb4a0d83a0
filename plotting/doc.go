// Package plotting builds the charts and tables of sbcorr notebooks and
// write-ups on top of gonum/plot, with one look (Theme) across all of them,
// and renders them to SVG or PNG bytes. It draws numbers computed
// elsewhere; it never estimates anything beyond what a chart needs (bins,
// a display density). Values are decimals (0.25); percent appears only in
// labels (Percent options, PercentTicks, table formats).
//
// Every builder is a struct describing the chart, with a Plot method
// returning an ordinary *plot.Plot (a *Figure for the heatmap and its
// colour bar, a *Grid for small multiples) that can be customised further
// with gonum/plot. Builders never panic on data: no data, no finite value
// and mismatched lengths are returned as errors naming the series. The
// same input gives byte-identical SVG.
//
// # Usage map
//
// Display in a notebook with github.com/stockbond/sbcorr/plotting/nb (the
// only package importing gonbui: it adds 37 packages, 0.9 MB of binary and
// about 4 s to a cold build, so the core stays free of it):
//
//	nb.Show(plotting.Must(chart.Plot()))     // inline SVG filling the cell (Notebook: 24 x 13.5 cm)
//	nb.ShowSize(d, 16*vg.Centimeter, 12*vg.Centimeter)
//	nb.ShowPNG(d, w, h)                       // PNG for charts with many thousand glyphs
//	nb.Export(d, "fig2.pdf", plotting.SingleColumn) // a file for a write-up
//	nb.Show(plotting.Named("breakeven", d))  // the name `make figures` gives it
//	nb.Show(plotting.TimeSeries{Name: "dollar-yield", ...}) // the same for a builder (Name field)
//	nb.Table(t)                               // a plotting.Table as HTML
//	nb.Check(c)                               // a check.Comparison with row statuses and JSON records; panics on a failing row
//	nb.Scoreboard()                           // the notebook's rows counted per status (last cell)
//	f := nb.Progress("bootstrap")             // a progress.Func (nil outside a notebook)
//
// Charts (values are decimals; *Percent fields label axes in percent; any
// text may hold LaTeX between dollars, typeset by Math: "$\rho_{SB}$"):
//
//	TimeSeries{Title, YLabel, Series: []series.Series{{Name, Dates, Values}}, Percent, Zero,
//	    Shade: spans, ShadeName: "NBER recession", YRange, Location,      // Location: intraday labels
//	    Bands: []DateBand{{Name: "95% band", Dates, Lo, Hi}},             // Bands[i] in a tint of Series[i]
//	    LogY, Clip: 0.01}.Plot()      // log axis (wealth); y fitted to the 1%-99% quantiles (spikes)
//	    // series sharing a Name are one series in pieces (one colour, one legend entry)
//	SpansFromFlags(usrec.Dates, usrec.Values)  // 0/1 indicator (FRED USREC) -> []Span
//	SmallMultiples{Title, Cols, Panels: []TimeSeries{...}, ShareY, Percent, Zero, Shade}.Grid()
//	(&Grid{Title, Cols, Plots: []*plot.Plot{a, b}}).ShareX().ShareY()  // any plots side by side
//	    // Legend: LegendAuto (the entries every panel names, once under the title: all of them
//	    // in usual small multiples, a common shading otherwise; the rest in the panels),
//	    // LegendShared (the union, each name once), LegendPerPanel
//	Scatter{Title, XLabel, YLabel, Points: []XY{{Name, X, Y}}, Curves: []XY{...},
//	    Highlight: XY{...}, HighlightLabels, Band: &Band{Name, X, Lo, Hi}, Zero, XMin, XMax, // labels off the curves
//	    LogY, Paired}.Plot()          // Paired: Curves[i] is the fit of Points[i], same colour (clouds tinted)
//	Dependogram{Title, XLabel, YLabel, U, V, Alpha: 0.10, Density: copulaDensity}.Plot()
//	Heatmap{Title, Rows, Cols, Values, Format: check.Percent(2), Diverging, ColorLabel}.Plot()
//	Histogram{Title, XLabel, Values, Bins, KDE: true, Marks: []Mark{{"paper", x}}}.Plot()
//	Bars{Title, YLabel, Categories, Groups: []Group{{Name, Values}}}.Plot()
//	BoxPlots{Title, YLabel, Groups: []Group{{Name, Values}}, Zero}.Plot()
//	Functions{Title, XLabel, YLabel, XMin, XMax, Funcs: []Func{{Name, F, Group}}, Zero, LogY}.Plot() // Group: shared colour, dashes
//	    // Marks: []Mark{{`$\rho^\star = -17.78\%$`, rhoStar}}: labelled points on the first function
//
// Annotations (plotters, for any chart):
//
//	p.Add(plotting.Default.Mark(x, y, `$\rho^\star = -17.78\%$`))  // a point with a label (Marker.Avoid: lines it must not cover)
//	p.Add(plotting.Default.DateLine(date, "Lehman"), plotting.Default.VLine(x, "label"))
//	p.Add(plotting.Default.HLine(0.02, "target"))                  // labelled reference line
//
// Rendering, at a size (Size: physical W x H, text scale, PNG dpi; presets
// Notebook, SingleColumn 3.5 in, DoubleColumn 7 in, Slide 16:9, see Size):
//
//	svg, err := plotting.SVG(d, plotting.Width, plotting.Height)
//	png, err := plotting.PNG(d, 12*vg.Centimeter, 8*vg.Centimeter, plotting.DPI) // at most MaxPixels
//	pdf, err := plotting.SingleColumn.PDF(d)        // also .SVG(d), .PNG(d); PDF is byte-deterministic
//	err := plotting.Save("fig2.pdf", d, plotting.DoubleColumn)   // format from the extension
//	plotting.FigureName(d)                          // "fig17" from "Figure 17: ...", else a title slug
//
// Tables (columns carry a check.Format: Percent, BP, Decimals):
//
//	t := plotting.NewTable("Table 5", plotting.Column{Name: "portfolio"},
//	    plotting.Column{Name: "rho", Format: check.Percent(2)})
//	t.AddRow(plotting.Text("EW"), plotting.Num(-0.3923))    // plotting.Flagged(v) marks a cell
//	t.HTML(); t.Markdown(); t.LaTeX(); t.CSV()
//	plotting.FromCheck(checkTable)                           // "source vs ours" with status and source place
//	plotting.SeriesTable("yields", check.Percent(2), series...) // dated columns as a Table
//	plotting.SeriesCSV(series...)                            // the same as CSV (CSVDigits significant digits)
//
// Building blocks (gonum plotters and tickers) used by the builders and
// usable directly: GapLine (a line broken at NaN), Points (glyphs skipping
// NaN, optional labels), Bands (shaded x intervals), RefLine (zero line,
// boundaries), Contours (deterministic level lines), TopLegend (legend
// above the data area), DateTicks, NiceTicks, FormatTicks / PercentTicks,
// Thin (min/max thinning of long series, see MaxPoints), LogTicks, Marker,
// Math (the text handler), Silverman and KDE (display density), Theme /
// Default / OkabeIto.
//
// Colours: lines, bars and curves take the palette in order (Okabe-Ito,
// with dash patterns for greyscale; the low-contrast orange, sky blue and
// yellow come late); the first point cloud of a Scatter is
// drawn in the neutral Theme.CloudColor (grey) so that the first fitted
// curve and the highlighted points, in palette colours, stand out from it.
//
// Layout: SVG and PNG (and Grid and Figure for their panels) fit each plot
// to the size it is drawn at, without modifying it: a title too wide
// shrinks a little or wraps onto two lines, axis labels longer than their
// axis do the same, short axes get fewer tick labels (never fewer than
// three on a value axis, two on a date axis), and legends above the data
// wrap into as many rows of aligned columns as the width of the data area
// needs (in a smaller font, MaxLegendShare, when they would take much of a
// small chart's height); a legend of one entry is not drawn, and a Grid
// draws once the entries its panels share, its panel titles at one size.
// Nominal axes (heatmap rows and columns) shrink their labels to the row
// pitch, and heatmap cells too small for their values show colours only,
// so that a heatmap of 18 rows fits one journal column. The builders keep data off the
// frame: TimeSeries, Bars, BoxPlots, Scatter and Functions fit their value
// axes to the data with Headroom (5%) on both sides (Scatter also its x axis
// unless XMin and XMax fix it), Histogram above its tallest bar and on
// both sides of its bins.
// Text is measured with Liberation Sans (math with Liberation Serif), with
// room for a 20% wider fallback font in SVG viewers that lack it (see
// SVG); PNG embeds the exact glyphs and PDF outlines them. In a notebook,
// SVG and PNG charts are shown at NotebookZoom (1.25) times their size and
// never wider than the cell, so text is the same size in both: 13.3 CSS px
// for the 8 pt tick labels (PNG used to be shown one image pixel per CSS
// pixel, 144/96 = 1.5 times larger than the SVG). A legend is found again at drawing time through a registry
// keyed weakly by its plot (see AddTopLegend).
//
// Long series: a TimeSeries line with more than MaxPoints points is thinned
// (per bucket of the x range: first, min, max and last point), which keeps
// spikes and gaps; a 15,000-point daily series with 3% gaps renders in
// about 10 ms (BenchmarkTimeSeriesSVG15000) to a 50 kB SVG instead of
// 210 kB (a line with gaps is one SVG path of several pieces); the panels
// of SmallMultiples thin to MaxPoints/Cols. Bands (DateBand) thin the
// same way to their envelope (lowest Lo, highest Hi per bucket). Set
// NoThin to draw every point. Clouds of thousands of points are lighter as PNG (nb.ShowPNG).
package plotting
