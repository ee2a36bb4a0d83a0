package nb

import (
	"encoding/base64"
	"fmt"
	"html"
	"strings"

	"gonum.org/v1/plot/vg"

	"github.com/stockbond/sbcorr/plotting"
)

// Show displays a chart inline as SVG at the Notebook size (24 x 13.5 cm),
// filling the cell: charts are shown at plotting.NotebookZoom (this one
// 1134 CSS px wide, with 13 px tick labels) and never wider than the
// cell. c is a chart builder (plotting.TimeSeries, plotting.Scatter, ...:
// any plotting.Chart), so a cell shows a chart in one call,
//
//	nb.Show(plotting.TimeSeries{Title: "Figure 17", Series: []series.Series{rho}})
//
// or a drawing already built and customised (a *plot.Plot, a
// *plotting.Grid: any plotting.Drawer). Under `make figures` it also writes
// the chart to the figures folder (see Figures). It panics when the chart
// cannot be built or rendered, or c is neither, so the cell fails.
func Show(c any) { show(drawing(c), plotting.Notebook) }

// ShowSize displays a chart (see Show) inline as SVG laid out at w x h,
// shown at plotting.NotebookZoom like Show (a 17 cm chart is 803 CSS px
// wide).
func ShowSize(c any, w, h vg.Length) { show(drawing(c), plotting.Size{W: w, H: h}) }

// ShowPNG displays a chart (see Show) inline as a PNG of w x h at
// plotting.DPI, shown at plotting.NotebookZoom like the SVG charts, so text
// has the same size in both (use it for charts with very many glyphs, where
// SVG gets heavy).
func ShowPNG(c any, w, h vg.Length) {
	d := drawing(c)
	HTML(pngHTML(d, w, h))
	writeFigure(d)
}

// pngHTML returns d as a PNG of w x h in an img element scaled like
// svgHTML, with the chart's title as alternative text.
func pngHTML(d plotting.Drawer, w, h vg.Length) string {
	png := plotting.Must(plotting.PNG(d, w, h, plotting.DPI))
	return fluid(fmt.Sprintf(`<img src="data:image/png;base64,%s" alt="%s" style="display:block;width:100%%;height:auto">`,
		base64.StdEncoding.EncodeToString(png), html.EscapeString(plotting.ChartTitle(d))), w)
}

// Export writes a chart (see Show) to path at size s, in the format of the
// extension (.pdf, .svg, .png; see plotting.Save): one line in a notebook,
//
//	nb.Export(chart, "fig2.pdf", plotting.SingleColumn)
//
// It panics if writing fails, so the cell fails.
func Export(c any, path string, s plotting.Size) {
	if err := plotting.Save(path, drawing(c), s); err != nil {
		panic(err)
	}
}

func show(d plotting.Drawer, s plotting.Size) {
	HTML(svgHTML(d, s))
	writeFigure(d)
}

// svgHTML returns d as inline SVG at size s scaled to the width of the
// cell, at most NotebookZoom times its size (its viewBox keeps the
// proportions), without the XML prolog.
func svgHTML(d plotting.Drawer, s plotting.Size) string {
	svg := string(plotting.Must(s.SVG(d)))
	svg = svg[strings.Index(svg, "<svg "):]
	return fluid(strings.Replace(svg, "<svg ", `<svg style="display:block;width:100%;height:auto" `, 1), s.W)
}

// fluid wraps a chart element (an svg or img scaled to the width of its
// container) in a block at most NotebookZoom times the chart's width w.
func fluid(elem string, w vg.Length) string {
	return fmt.Sprintf(`<div style="max-width:%.0fpx">%s</div>`, w.Points()*4/3*plotting.NotebookZoom, elem)
}

// drawing builds c when it is a plotting.Chart and returns it as is when it
// is a plotting.Drawer.
func drawing(c any) plotting.Drawer {
	switch d := c.(type) {
	case plotting.Chart:
		return plotting.Must(d.Drawing())
	case plotting.Drawer:
		return d
	}
	panic(fmt.Sprintf("nb: Show: %T is neither a plotting.Chart nor a plotting.Drawer", c))
}
