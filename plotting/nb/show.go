package nb

import (
	"github.com/janpfeifer/gonb/gonbui"
	"gonum.org/v1/plot/vg"

	"github.com/stockbond/sbcorr/plotting"
)

// Show displays a chart inline as SVG at the default size (plotting.Width x
// plotting.Height). It panics if rendering fails, so the cell fails.
func Show(d plotting.Drawer) { ShowSize(d, plotting.Width, plotting.Height) }

// ShowSize displays a chart inline as SVG at w x h.
func ShowSize(d plotting.Drawer, w, h vg.Length) {
	SVG(plotting.Must(plotting.SVG(d, w, h)))
}

// ShowPNG displays a chart inline as a PNG of w x h at plotting.DPI (use it
// for charts with very many glyphs, where SVG gets heavy).
func ShowPNG(d plotting.Drawer, w, h vg.Length) {
	gonbui.DisplayPng(plotting.Must(plotting.PNG(d, w, h, plotting.DPI)))
	syncDisplays()
}
