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

// TopLegend is a plotter drawing a one-line (wrapping) legend above the data
// area, between the title and the plot, so that it never hides data.
// AddTopLegend reserves the space; adding a TopLegend by hand does not.
type TopLegend struct {
	Entries   []LegendEntry
	TextStyle text.Style
	ThumbW    vg.Length // thumbnail width
	Rows      int       // rows reserved above the data area; the first row is drawn at the top
}

const (
	legendGap   = vg.Length(5) // between data area and legend, and between entries
	legendWidth = vg.Length(400)
)

// AddTopLegend adds a TopLegend with the entries to p, styled by theme t,
// and enlarges the title padding to make room for it. Room is reserved for
// the number of rows the entries need on a data area 400 pt wide (a 16 cm
// chart); much narrower charts may need shorter names. With no entries it
// does nothing.
func (t Theme) AddTopLegend(p *plot.Plot, entries ...LegendEntry) {
	if len(entries) == 0 {
		return
	}
	l := &TopLegend{Entries: entries, TextStyle: p.Legend.TextStyle, ThumbW: vg.Points(20)}
	l.TextStyle.Font.Size = t.TickSize
	l.Rows = len(l.rows(legendWidth))
	if p.Title.Text == "" {
		p.Title.Text = " "
	}
	p.Title.Padding += vg.Length(l.Rows)*l.rowHeight() + legendGap
	p.Add(l)
}

func (l *TopLegend) rowHeight() vg.Length { return l.TextStyle.Rectangle("Xg").Size().Y * 1.25 }

func (l *TopLegend) entryWidth(e LegendEntry) vg.Length {
	return l.ThumbW + 3 + l.TextStyle.Rectangle(e.Name).Size().X*1.1 + 3*legendGap
}

// rows splits the entries into rows no wider than width (at least one
// entry per row).
func (l *TopLegend) rows(width vg.Length) [][]LegendEntry {
	var out [][]LegendEntry
	var cur []LegendEntry
	var w vg.Length
	for _, e := range l.Entries {
		ew := l.entryWidth(e)
		if len(cur) > 0 && w+ew > width {
			out, cur, w = append(out, cur), nil, 0
		}
		cur, w = append(cur, e), w+ew
	}
	return append(out, cur)
}

// Plot implements plot.Plotter.
func (l *TopLegend) Plot(c draw.Canvas, _ *plot.Plot) {
	rows := l.rows(c.Max.X - c.Min.X)
	h := l.rowHeight()
	sty := l.TextStyle
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YCenter
	for r, row := range rows {
		yc := c.Max.Y + legendGap + h*(vg.Length(max(l.Rows, 1)-r)-0.5)
		x := c.Min.X
		for _, e := range row {
			tc := draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
				Min: vg.Point{X: x, Y: yc - h*0.3}, Max: vg.Point{X: x + l.ThumbW, Y: yc + h*0.3}}}
			e.Thumb.Thumbnail(&tc)
			c.FillText(sty, vg.Point{X: x + l.ThumbW + 3, Y: yc}, e.Name)
			x += l.entryWidth(e)
		}
	}
}
