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

// namedDrawing returns d under the builder's figure name (see Named) when
// name is not empty.
func namedDrawing(name string, d Drawer, err error) (Drawer, error) {
	if err != nil || name == "" {
		return d, err
	}
	return Named(name, d), nil
}

// Drawing builds the chart (see Plot).
func (ts TimeSeries) Drawing() (Drawer, error) {
	p, err := plotDrawing(ts.Plot())
	return namedDrawing(ts.Name, p, err)
}

// Drawing builds the chart (see Plot).
func (s Scatter) Drawing() (Drawer, error) {
	p, err := plotDrawing(s.Plot())
	return namedDrawing(s.Name, p, err)
}

// Drawing builds the chart (see Plot).
func (fs Functions) Drawing() (Drawer, error) {
	p, err := plotDrawing(fs.Plot())
	return namedDrawing(fs.Name, p, err)
}

// Drawing builds the chart (see Plot).
func (b Bars) Drawing() (Drawer, error) {
	p, err := plotDrawing(b.Plot())
	return namedDrawing(b.Name, p, err)
}

// Drawing builds the chart (see Plot).
func (h Histogram) Drawing() (Drawer, error) {
	p, err := plotDrawing(h.Plot())
	return namedDrawing(h.Name, p, err)
}

// Drawing builds the chart (see Plot).
func (bp BoxPlots) Drawing() (Drawer, error) {
	p, err := plotDrawing(bp.Plot())
	return namedDrawing(bp.Name, p, err)
}

// Drawing builds the chart (see Plot).
func (d Dependogram) Drawing() (Drawer, error) {
	p, err := plotDrawing(d.Plot())
	return namedDrawing(d.Name, p, err)
}

// Drawing builds the chart (see Plot).
func (h Heatmap) Drawing() (Drawer, error) {
	f, err := h.Plot()
	if err != nil {
		return nil, err
	}
	return namedDrawing(h.Name, f, nil)
}

// Drawing builds the panels (see Grid).
func (sm SmallMultiples) Drawing() (Drawer, error) {
	g, err := sm.Grid()
	if err != nil {
		return nil, err
	}
	return g, nil
}
