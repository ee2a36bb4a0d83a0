package plotting

import (
	"math"
	"runtime"
	"sync"
	"weak"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// fontSlack is how much wider text may render than its Liberation Sans
// metrics: SVG viewers without Liberation Sans, Arial or Helvetica fall back
// to a wider sans-serif (DejaVu Sans is up to 20% wider).
const fontSlack = 1.2

// Room per tick label when fit thins an axis: value labels need 55 pt
// horizontally ("-40.0%") and 30 pt vertically; date labels 30 pt (years;
// DateTicks gives month labels twice the room).
const (
	xLabelRoom    = vg.Length(55)
	yLabelRoom    = vg.Length(30)
	dateLabelRoom = vg.Length(30)
	axesRoom      = vg.Length(60) // axis, tick labels and axis label of a data area
)

// fit returns a shallow copy of p adapted to be drawn in a w x h area: the
// title font shrinks until the title fits the width (down to 6 pt), the
// package's tickers (NiceTicks, FormatTicks, DateTicks) ask for fewer labels
// when the axis is short, and the room above the data area for a
// TopLegend is recomputed for the width, so that narrow panels of a Grid
// stay readable. p itself is not modified, so drawing is repeatable.
func fit(p *plot.Plot, w, h vg.Length) *plot.Plot {
	q := *p
	q.Title.TextStyle.Font.Size = fitSize(q.Title.TextStyle, q.Title.Text, w)
	dw, dh := w-axesRoom, h-axesRoom
	rotateCrowded(&q.X, dw)
	q.X.Tick.Marker = sparser(q.X.Tick.Marker, dw, xLabelRoom)
	q.Y.Tick.Marker = sparser(q.Y.Tick.Marker, dh, yLabelRoom)
	if l := legendOf(p); l != nil {
		q.Title.Padding += l.height(dw) - l.reserved
	}
	return &q
}

// fitSize returns the font size at which centred text in style sty fits
// width w even in a fallback font (at most its size, at least 6 pt). The
// text starts where a Liberation Sans text would, so a wider fallback font
// grows to the right only: the check uses twice the slack.
func fitSize(sty text.Style, txt string, w vg.Length) vg.Length {
	size := sty.Font.Size
	if tw := sty.Width(txt) * (2*fontSlack - 1); tw > w {
		size = max(6, size*w/tw)
	}
	return size
}

// rotateCrowded turns the labels of a nominal x axis (heatmap columns, bar
// categories) a quarter turn when the widest would not fit its share of
// the axis length.
func rotateCrowded(a *plot.Axis, length vg.Length) {
	ticks, ok := a.Tick.Marker.(plot.ConstantTicks)
	if !ok || len(ticks) == 0 {
		return
	}
	var widest vg.Length
	for _, t := range ticks {
		widest = max(widest, a.Tick.Label.Width(t.Label)*fontSlack)
	}
	if widest > length/vg.Length(len(ticks)) {
		a.Tick.Label.Rotation = math.Pi / 2
		a.Tick.Label.XAlign, a.Tick.Label.YAlign = draw.XRight, draw.YCenter
	}
}

// sparser lowers the label count of the package's tickers to what an axis
// of the given length holds at room per label; other tickers pass through.
func sparser(t plot.Ticker, length, room vg.Length) plot.Ticker {
	n := max(3, int(length/room))
	switch m := t.(type) {
	case NiceTicks:
		m.Labels = min(labelsOr(m.Labels, 6), n)
		return m
	case FormatTicks:
		m.Labels = min(labelsOr(m.Labels, 6), n)
		return m
	case DateTicks:
		m.MaxLabels = min(labelsOr(m.MaxLabels, 10), max(2, int(length/dateLabelRoom)))
		return m
	}
	return t
}

func labelsOr(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// topLegends maps a plot (weakly, so that plots are still collected) to the
// TopLegend AddTopLegend gave it, for fit.
var topLegends sync.Map // weak.Pointer[plot.Plot] -> *TopLegend

func registerLegend(p *plot.Plot, l *TopLegend) {
	k := weak.Make(p)
	topLegends.Store(k, l)
	runtime.AddCleanup(p, func(k weak.Pointer[plot.Plot]) { topLegends.Delete(k) }, k)
}

func legendOf(p *plot.Plot) *TopLegend {
	if v, ok := topLegends.Load(weak.Make(p)); ok {
		return v.(*TopLegend)
	}
	return nil
}
