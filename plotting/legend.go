package plotting

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// LegendEntry is one item of a legend: a name and the plotter whose
// thumbnail illustrates it.
type LegendEntry struct {
	Name  string
	Thumb plot.Thumbnailer
}

// TopLegend is a plotter drawing a legend above the data area, between
// the title and the plot, so that it never hides data: on one line when
// it fits, else in aligned columns on as few rows as fit (see rows).
// AddTopLegend reserves the space; adding a TopLegend by hand does not.
type TopLegend struct {
	Entries   []LegendEntry
	TextStyle text.Style
	ThumbW    vg.Length // thumbnail width

	reserved vg.Length // title padding added for the legend by AddTopLegend
	lead     vg.Length // room left of the data area the legend may use (compact panels)
}

const (
	legendGap   = vg.Length(5)   // between data area and legend, and between entries
	legendWidth = vg.Length(400) // data-area width assumed by AddTopLegend
)

// AddTopLegend adds a TopLegend with the entries to p, styled by theme t,
// and enlarges the title padding to make room for it: the rows the entries
// need on a data area 400 pt wide (a 16 cm chart). SVG, PNG, Grid and
// Figure recompute that room for the size they draw at (see fit), so
// legends of narrow panels wrap into more rows instead of overlapping the
// data. Calling it again on the same plot (for example to name a line
// added to a builder's chart) appends the entries to its legend. With no
// entries it does nothing. A legend of a single entry is not drawn (the
// title or the axis label names a single series) and takes no room until
// a second entry joins it.
//
// The legend of p is found again through a registry keyed by a weak
// pointer to p (safe for concurrent use; the entry goes when p is
// collected); a shallow copy of p (q := *p) is not registered and draws
// its legend in the room reserved for a 16 cm chart.
func (t Theme) AddTopLegend(p *plot.Plot, entries ...LegendEntry) {
	if len(entries) == 0 {
		return
	}
	l := legendOf(p)
	if l == nil {
		l = &TopLegend{TextStyle: p.Legend.TextStyle, ThumbW: vg.Points(20)}
		l.TextStyle.Font.Size = t.TickSize
		p.Add(l)
		registerLegend(p, l)
	}
	p.Title.Padding -= l.reserved
	l.Entries = append(l.Entries, entries...)
	l.reserved = l.height(legendWidth)
	p.Title.Padding += l.reserved
	if l.reserved > 0 && p.Title.Text == "" {
		p.Title.Text = " "
	}
}

// MinLegendEntries is the fewest entries a legend is drawn with: a single
// series needs no legend.
const MinLegendEntries = 2

func (l *TopLegend) shown() bool { return len(l.Entries) >= MinLegendEntries }

// height returns the room the legend needs above a data area of width w
// (none when it is not shown).
func (l *TopLegend) height(w vg.Length) vg.Length {
	if !l.shown() {
		return 0
	}
	l = l.fitted(w)
	rows, _ := l.rows(w)
	return vg.Length(len(rows))*l.rowHeight() + legendGap
}

// fitted returns l, or a copy with a smaller font (down to 70% of its
// size, not below 6 pt) when its widest entry is wider than width (a
// narrow panel), so that names are not cut at the edge of the chart.
func (l *TopLegend) fitted(width vg.Length) *TopLegend {
	widest := func(m *TopLegend) vg.Length {
		var w vg.Length
		for _, e := range m.Entries {
			w = max(w, m.entryWidth(e)-3*legendGap)
		}
		return w
	}
	if widest(l) <= width {
		return l
	}
	out := *l
	floor := max(6, 0.7*l.TextStyle.Font.Size)
	for out.TextStyle.Font.Size > floor && widest(&out) > width {
		out.TextStyle.Font.Size = max(floor, out.TextStyle.Font.Size-0.5)
	}
	return &out
}

// compact returns a copy of l in a smaller font (6 pt, or its own if
// smaller) with short thumbnails (12 pt) that may start lead left of the
// data area (over the y axis's labels), so that more entries share a row
// of a narrow chart.
func (l *TopLegend) compact(lead vg.Length) *TopLegend {
	out := *l
	out.lead = lead
	out.TextStyle.Font.Size = min(out.TextStyle.Font.Size, 6)
	out.ThumbW = min(out.ThumbW, vg.Points(12))
	return &out
}

// without returns a copy of l without the entries named in names.
func (l *TopLegend) without(names map[string]bool) *TopLegend {
	out := *l
	out.Entries = nil
	for _, e := range l.Entries {
		if !names[e.Name] {
			out.Entries = append(out.Entries, e)
		}
	}
	return &out
}

func (l *TopLegend) rowHeight() vg.Length { return l.TextStyle.Rectangle("Xg").Size().Y * 1.25 }

func (l *TopLegend) entryWidth(e LegendEntry) vg.Length {
	return l.ThumbW + 3 + l.TextStyle.Rectangle(e.Name).Size().X*fontSlack + 3*legendGap
}

// rows splits the entries, in reading order, into rows that fit width:
// all on one row when they fit, else in the most columns whose widths
// (each the widest entry of its column) add up to at most width, so that
// the entries of every row start at the same x positions; one entry per
// row when even that does not fit. It returns the rows and the column
// widths.
func (l *TopLegend) rows(width vg.Length) ([][]LegendEntry, []vg.Length) {
	ws := make([]vg.Length, len(l.Entries))
	for i, e := range l.Entries {
		ws[i] = l.entryWidth(e)
	}
	cols := len(l.Entries)
	var colW []vg.Length
	for ; cols >= 1; cols-- {
		colW = make([]vg.Length, cols)
		var total vg.Length
		for i, w := range ws {
			colW[i%cols] = max(colW[i%cols], w)
		}
		for _, w := range colW {
			total += w
		}
		if total <= width || cols == 1 {
			break
		}
	}
	var out [][]LegendEntry
	for i := 0; i < len(l.Entries); i += max(cols, 1) {
		out = append(out, l.Entries[i:min(i+cols, len(l.Entries))])
	}
	if len(out) == 0 {
		out = [][]LegendEntry{nil}
	}
	return out, colW
}

// Plot implements plot.Plotter: the rows above the data area, unless the
// legend has fewer than MinLegendEntries entries; a panel of a Grid draws
// only the entries the Grid does not show once for all panels.
func (l *TopLegend) Plot(c draw.Canvas, plt *plot.Plot) {
	if l = legendFor(plt, l); !l.shown() {
		return
	}
	l.drawAt(c, c.Min.X-l.lead, c.Max.Y+legendGap, c.Max.X-c.Min.X+l.lead)
}

// drawAt draws the legend laid out for width with its left edge at x0 and
// the bottom of its last row at y0.
func (l *TopLegend) drawAt(c draw.Canvas, x0, y0, width vg.Length) {
	l = l.fitted(width)
	rows, colW := l.rows(width)
	h := l.rowHeight()
	sty := l.TextStyle
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YCenter
	for r, row := range rows {
		yc := y0 + h*(vg.Length(len(rows)-r)-0.5)
		x := x0
		for k, e := range row {
			tc := draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
				Min: vg.Point{X: x, Y: yc - h*0.3}, Max: vg.Point{X: x + l.ThumbW, Y: yc + h*0.3}}}
			e.Thumb.Thumbnail(&tc)
			c.FillText(sty, vg.Point{X: x + l.ThumbW + 3, Y: yc}, e.Name)
			x += colW[k]
		}
	}
}
