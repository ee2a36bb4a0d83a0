package nb

import (
	"fmt"

	"github.com/janpfeifer/gonb/gonbui"
	"gonum.org/v1/plot/vg"

	"github.com/stockbond/sbcorr/plotting"
)

// Show displays a chart inline as SVG at the default size (plotting.Width
// x plotting.Height). c is a chart builder (plotting.TimeSeries,
// plotting.Scatter, ...: any plotting.Chart), so a cell shows a chart in
// one call,
//
//	nb.Show(plotting.TimeSeries{Title: "Figure 17", Series: []series.Series{rho}})
//
// or a drawing already built and customised (a *plot.Plot, a
// *plotting.Grid: any plotting.Drawer). It panics when the chart cannot be
// built or c is neither, so the cell fails naming the chart.
func Show(c any) { ShowSize(c, plotting.Width, plotting.Height) }

// ShowSize displays a chart (see Show) inline as SVG at w x h.
func ShowSize(c any, w, h vg.Length) {
	SVG(plotting.Must(plotting.SVG(drawing(c), w, h)))
}

// ShowPNG displays a chart (see Show) inline as a PNG of w x h at
// plotting.DPI (use it for charts with very many glyphs, where SVG gets
// heavy).
func ShowPNG(c any, w, h vg.Length) {
	gonbui.DisplayPng(plotting.Must(plotting.PNG(drawing(c), w, h, plotting.DPI)))
	syncDisplays()
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
