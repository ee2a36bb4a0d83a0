package plotting

import (
	"gonum.org/v1/plot"
)

// Chart is a chart description that builds its drawing: every chart builder
// of this package (TimeSeries, Scatter, Functions, Bars, Histogram,
// BoxPlots, Heatmap, Dependogram, SmallMultiples). nb.Show takes a Chart,
// so a notebook cell displays a builder in one call.
type Chart interface {
	Drawing() (Drawer, error)
}

// plotDrawing adapts a builder's (*plot.Plot, error) to (Drawer, error)
// without turning a nil *plot.Plot into a non-nil Drawer.
func plotDrawing(p *plot.Plot, err error) (Drawer, error) {
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Drawing builds the chart (see Plot).
func (ts TimeSeries) Drawing() (Drawer, error) { return plotDrawing(ts.Plot()) }

// Drawing builds the chart (see Plot).
func (s Scatter) Drawing() (Drawer, error) { return plotDrawing(s.Plot()) }

// Drawing builds the chart (see Plot).
func (fs Functions) Drawing() (Drawer, error) { return plotDrawing(fs.Plot()) }

// Drawing builds the chart (see Plot).
func (b Bars) Drawing() (Drawer, error) { return plotDrawing(b.Plot()) }

// Drawing builds the chart (see Plot).
func (h Histogram) Drawing() (Drawer, error) { return plotDrawing(h.Plot()) }

// Drawing builds the chart (see Plot).
func (bp BoxPlots) Drawing() (Drawer, error) { return plotDrawing(bp.Plot()) }

// Drawing builds the chart (see Plot).
func (d Dependogram) Drawing() (Drawer, error) { return plotDrawing(d.Plot()) }

// Drawing builds the chart (see Plot).
func (h Heatmap) Drawing() (Drawer, error) {
	f, err := h.Plot()
	if err != nil {
		return nil, err
	}
	return f, nil
}

// Drawing builds the panels (see Grid).
func (sm SmallMultiples) Drawing() (Drawer, error) {
	g, err := sm.Grid()
	if err != nil {
		return nil, err
	}
	return g, nil
}
