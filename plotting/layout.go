package plotting

import (
	"math"
	"runtime"
	"strings"
	"sync"
	"unicode"
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

// fit returns a shallow copy of p adapted to be drawn in a w x h area: a
// title too wide shrinks or wraps onto two lines (see fitText), the
// package's tickers (NiceTicks, FormatTicks, DateTicks) ask for fewer labels
// when the axis is short, and the room above the data area for a
// TopLegend is recomputed for the width of the data area, so that narrow
// panels of a Grid stay readable and the legend never needs more rows
// than reserved. p itself is not modified, so drawing is repeatable.
func fit(p *plot.Plot, w, h vg.Length) *plot.Plot { return fitPanel(p, w, h, nil, 0) }

// fitPanel is fit for a panel of a Grid; the entries of the panel's
// TopLegend named in shared are not drawn (the Grid draws them once for all
// panels) and the room of those is given back, all of it when the panel is
// left with fewer than MinLegendEntries; with titleMax > 0 the title is set
// at most that large (the panels of a Grid share one title size).
func fitPanel(p *plot.Plot, w, h vg.Length, shared map[string]bool, titleMax vg.Length) *plot.Plot {
	q := *p
	if titleMax > 0 {
		q.Title.TextStyle.Font.Size = min(q.Title.TextStyle.Font.Size, titleMax)
	}
	q.Title.Text, q.Title.TextStyle.Font.Size = fitText(q.Title.TextStyle, q.Title.Text, w)
	dw, dh := w-axesRoom, h-axesRoom
	rotateCrowded(&q.X, dw)
	fitNominal(&q, draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: w, Y: h}}})
	q.X.Tick.Marker = sparser(q.X.Tick.Marker, dw, xLabelRoom)
	q.Y.Tick.Marker = sparser(q.Y.Tick.Marker, dh, yLabelRoom)
	c := draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: w, Y: h}}}
	if l := legendOf(p); l != nil {
		own := l
		if len(shared) > 0 {
			own = l.without(shared)
			overrideLegend(&q, own)
		}
		if own.shown() {
			// The data-area width of q drawn on c, less 3% for the
			// alignment of Grid panels, which can only narrow it.
			da := q.DataCanvas(c)
			dw := 0.97 * (da.Max.X - da.Min.X)
			if own.height(dw) > MaxLegendShare*h {
				own = own.compact(da.Min.X - c.Min.X)
				overrideLegend(&q, own)
			}
			q.Title.Padding += own.height(dw+own.lead) - l.reserved
		} else {
			q.Title.Padding -= l.reserved
			if q.Title.Text == " " { // set by AddTopLegend to make room
				q.Title.Text = ""
			}
		}
	}
	fitAxisLabels(&q, c)
	return &q
}

// fitAxisLabels shrinks or wraps (see fitText) the axis labels of q that
// are longer than 90% of the side of the data area they label when q is
// drawn on c. gonum keeps a label within its side by shrinking the data
// area, which would leave a gap under the title.
func fitAxisLabels(q *plot.Plot, c draw.Canvas) {
	bare := *q
	bare.X.Label.Text, bare.Y.Label.Text = "", ""
	da := bare.DataCanvas(c)
	x, y := &q.X.Label, &q.Y.Label
	x.Text, x.TextStyle.Font.Size = fitText(x.TextStyle, x.Text, 0.9*(da.Max.X-da.Min.X))
	y.Text, y.TextStyle.Font.Size = fitText(y.TextStyle, y.Text, 0.9*(da.Max.Y-da.Min.Y))
}

// fitText returns the title or label txt laid out to fit width w in style sty, and
// its font size: on one line at the full size when it fits, else on one
// line shrunk to no less than 85% of it, else on two lines (split at a
// space) at the largest size down to 6 pt where both fit, else wrapped on
// as many lines as needed at 6 pt. Widths allow for the fallback font as
// in fitSize. Explicit line breaks in txt are kept.
func fitText(sty text.Style, txt string, w vg.Length) (string, vg.Length) {
	size := sty.Font.Size
	if strings.Contains(txt, "\n") || fitSize(sty, txt, w) >= 0.85*size {
		return txt, fitSize(sty, txt, w)
	}
	words := mathFields(txt)
	for s := size; s >= 6; s -= 0.5 {
		sty.Font.Size = s
		if lines := wrapWords(sty, words, w); len(lines) <= 2 {
			return strings.Join(lines, "\n"), s
		}
	}
	sty.Font.Size = 6
	return strings.Join(wrapWords(sty, words, w), "\n"), 6
}

// mathFields splits txt at spaces outside math (see Math), so that
// wrapping never cuts a formula.
func mathFields(txt string) []string {
	var words []string
	var cur strings.Builder
	inMath := false
	rs := []rune(txt)
	for i, r := range rs {
		switch {
		case r == '$' && (i == 0 || rs[i-1] != '\\'):
			inMath = !inMath
		case unicode.IsSpace(r) && !inMath:
			if cur.Len() > 0 {
				words = append(words, cur.String())
				cur.Reset()
			}
			continue
		}
		cur.WriteRune(r)
	}
	if cur.Len() > 0 {
		words = append(words, cur.String())
	}
	return words
}

// wrapWords splits words greedily into lines whose text in style sty fits
// width w (see fitSize); a word wider than w gets a line of its own.
func wrapWords(sty text.Style, words []string, w vg.Length) []string {
	var lines []string
	cur := ""
	for _, word := range words {
		next := strings.TrimSpace(cur + " " + word)
		if cur != "" && sty.Width(next)*(2*fontSlack-1) > w {
			lines, next = append(lines, cur), word
		}
		cur = next
	}
	return append(lines, cur)
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

// rotateCrowded fits the labels of a nominal x axis (heatmap columns, bar
// categories) to their share of the axis length: the labels too long for
// it wrap onto two lines when that makes them fit ("NBER expansion"), else
// all labels turn a quarter turn when the widest does not fit.
func rotateCrowded(a *plot.Axis, length vg.Length) {
	ticks, ok := a.Tick.Marker.(plot.ConstantTicks)
	if !ok || len(ticks) == 0 {
		return
	}
	room := length / vg.Length(len(ticks))
	widest := func(ts plot.ConstantTicks) vg.Length {
		var w vg.Length
		for _, t := range ts {
			w = max(w, a.Tick.Label.Width(t.Label)*fontSlack)
		}
		return w
	}
	if widest(ticks) <= room {
		return
	}
	wrapped := make(plot.ConstantTicks, len(ticks))
	for i, t := range ticks {
		wrapped[i] = t
		if a.Tick.Label.Width(t.Label)*fontSlack > room {
			wrapped[i].Label = halves(t.Label)
		}
	}
	if widest(wrapped) <= room {
		a.Tick.Marker = wrapped
		return
	}
	a.Tick.Label.Rotation = math.Pi / 2
	a.Tick.Label.XAlign, a.Tick.Label.YAlign = draw.XRight, draw.YCenter
}

// halves splits s onto two lines at the space nearest its middle (s
// itself when it has no space or already has lines).
func halves(s string) string {
	if strings.Contains(s, "\n") {
		return s
	}
	best := -1
	for i, r := range s {
		if r == ' ' && (best < 0 || abs(i-len(s)/2) < abs(best-len(s)/2)) {
			best = i
		}
	}
	if best < 0 {
		return s
	}
	return s[:best] + "\n" + s[best+1:]
}

func abs(n int) int { return max(n, -n) }

// MaxLegendShare is the share of a chart's height above which its legend
// is set compact (see TopLegend.compact): small panels of a Grid, charts
// one column wide.
const MaxLegendShare = 0.2

// MinNominalSize is the smallest font size (pt, before a Size's Scale) that
// fitNominal shrinks the labels of a nominal axis to.
const MinNominalSize = 5

// fitNominal shrinks the labels of the nominal axes of q (heatmap rows and
// columns, bar categories) that are stacked along their axis (the y axis,
// and the x axis when its labels are turned) so that each line of text
// fits its share of the axis when q is drawn on c, down to MinNominalSize:
// a heatmap of 18 rows stays readable one column wide. Smaller labels
// widen the data area, so the fit is done twice.
func fitNominal(q *plot.Plot, c draw.Canvas) {
	for range 2 {
		da := q.DataCanvas(c)
		shrinkNominal(&q.Y, da.Max.Y-da.Min.Y)
		if q.X.Tick.Label.Rotation != 0 {
			shrinkNominal(&q.X, da.Max.X-da.Min.X)
		}
	}
}

// shrinkNominal lowers the tick label font of a (ConstantTicks) so that a
// line of text takes at most 90% of length divided by the number of
// labels.
func shrinkNominal(a *plot.Axis, length vg.Length) {
	ticks, ok := a.Tick.Marker.(plot.ConstantTicks)
	if !ok || len(ticks) == 0 || length <= 0 {
		return
	}
	room := 0.9 * length / vg.Length(len(ticks))
	if h := a.Tick.Label.Height("Xg"); h > room {
		a.Tick.Label.Font.Size = max(MinNominalSize, a.Tick.Label.Font.Size*room/h)
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
	case LogTicks:
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

// legendOverrides maps (weakly) the fitted copies of Grid panels to the
// TopLegend they draw instead of their own: the panel's entries less those
// the Grid draws once for all panels.
var legendOverrides sync.Map // weak.Pointer[plot.Plot] -> *TopLegend

func overrideLegend(q *plot.Plot, l *TopLegend) {
	k := weak.Make(q)
	legendOverrides.Store(k, l)
	runtime.AddCleanup(q, func(k weak.Pointer[plot.Plot]) { legendOverrides.Delete(k) }, k)
}

// legendFor returns the legend plot p draws in place of l.
func legendFor(p *plot.Plot, l *TopLegend) *TopLegend {
	if v, ok := legendOverrides.Load(weak.Make(p)); ok {
		return v.(*TopLegend)
	}
	return l
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
