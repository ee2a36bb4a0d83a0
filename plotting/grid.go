package plotting

import (
	"cmp"
	"fmt"
	"image/color"
	"math"
	"slices"

	"github.com/stockbond/sbcorr/series"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Grid tiles plots row by row into Cols columns with aligned data areas
// (gonum's plot.Align), under an optional overall title: small multiples of
// countries, sectors or maturities, or two dependograms side by side.
// Missing cells at the end of the last row stay empty. The entries of the
// panels' legends (their TopLegends) that every panel shares are drawn
// once for the grid, under its title and outside the panels (see Legend).
type Grid struct {
	// Name is the chart's figure name (see FigureName: the file name under
	// `make figures`); empty, the name comes from the title.
	Name   string
	Title  string
	Cols   int
	Plots  []*plot.Plot
	Legend LegendPlacement
	Theme  *Theme
}

// LegendPlacement says where the legends of a Grid's panels go.
type LegendPlacement int

const (
	// LegendAuto (the default) draws once for the grid, under its title,
	// the entries that every panel with a legend names (all of them in the
	// usual small multiples, where each panel has the same series; a
	// shading such as "NBER recession" when the panels show different
	// series), and leaves the others to the panels, where a panel left with
	// a single entry draws none (its title names its series).
	LegendAuto LegendPlacement = iota
	// LegendShared draws one legend for the grid: the entries of all
	// panels, each name once (with the first panel's sample), in order of
	// first appearance. Use it when a name means the same line in every
	// panel even if not every panel has every line.
	LegendShared
	// LegendPerPanel keeps each panel's legend above its data.
	LegendPerPanel
)

// sharedLegend returns the grid's legend, styled as the first panel's
// (see LegendPlacement), the names it shows for the panels, and whether it
// is drawn: with at least MinLegendEntries entries, or with one when the
// panels keep entries of their own (a shading common to panels of
// different series). It returns nil and nil when the panels keep their
// legends.
func (g *Grid) sharedLegend() (*TopLegend, map[string]bool, bool) {
	if g.Legend == LegendPerPanel {
		return nil, nil, false
	}
	out := &TopLegend{ThumbW: vg.Points(20)}
	var lists [][]string
	var union []LegendEntry
	seen := map[string]bool{}
	for _, p := range g.Plots {
		if p == nil {
			continue
		}
		l := legendOf(p)
		if l == nil || len(l.Entries) == 0 {
			continue
		}
		names := make([]string, len(l.Entries))
		for i, e := range l.Entries {
			names[i] = e.Name
			if !seen[e.Name] {
				seen[e.Name] = true
				union = append(union, e)
			}
		}
		if lists == nil {
			out.TextStyle, out.ThumbW = l.TextStyle, l.ThumbW
		}
		lists = append(lists, names)
	}
	shared := map[string]bool{}
	for _, e := range union {
		in := true
		for _, names := range lists {
			in = in && (g.Legend == LegendShared || slices.Contains(names, e.Name))
		}
		if in {
			shared[e.Name] = true
			out.Entries = append(out.Entries, e)
		}
	}
	if len(shared) == 0 {
		return nil, nil, false
	}
	split := len(shared) < len(union)
	return out, shared, len(out.Entries) >= MinLegendEntries || split
}

// ShareX sets every plot's x range to the union of their ranges, so that
// panels compare directly; it returns g.
func (g *Grid) ShareX() *Grid {
	share(g.Plots, func(p *plot.Plot) *plot.Axis { return &p.X })
	return g
}

// ShareY sets every plot's y range to the union of their ranges; it
// returns g.
func (g *Grid) ShareY() *Grid {
	share(g.Plots, func(p *plot.Plot) *plot.Axis { return &p.Y })
	return g
}

func share(plots []*plot.Plot, axis func(*plot.Plot) *plot.Axis) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range plots {
		lo, hi = math.Min(lo, axis(p).Min), math.Max(hi, axis(p).Max)
	}
	for _, p := range plots {
		axis(p).Min, axis(p).Max = lo, hi
	}
}

// Draw implements Drawer, drawing each panel fitted to its tile (see fit:
// smaller or wrapped titles, fewer tick labels and more legend rows in
// narrow panels, all panel titles at the size the longest fits at); a
// long overall title wraps too (see fitText). A shared
// legend (see Legend) is centred under the title, in as many rows as the
// grid's width needs. It panics if Cols < 1.
func (g *Grid) Draw(c draw.Canvas) {
	if g.Cols < 1 {
		panic(fmt.Sprintf("plotting: Grid.Draw: Cols %d < 1", g.Cols))
	}
	theme := themeOr(g.Theme)
	if g.Title != "" {
		sty := text.Style{Font: font.From(theme.Font, theme.TitleSize+1), XAlign: draw.XCenter, YAlign: draw.YTop,
			Handler: theme.handler(), Color: color.Black}
		var title string
		title, sty.Font.Size = fitText(sty, g.Title, c.Max.X-c.Min.X)
		c.FillText(sty, vg.Point{X: c.Center().X, Y: c.Max.Y}, title)
		c.Max.Y -= sty.Rectangle(title).Size().Y + vg.Points(6)
	}
	l, shared, show := g.sharedLegend()
	if show {
		width := c.Max.X - c.Min.X
		l = l.fitted(width)
		rows, colW := l.rows(width)
		var used vg.Length
		for _, w := range colW {
			used += w
		}
		used -= 3 * legendGap // the last column's trailing gap
		rowsH := vg.Length(len(rows)) * l.rowHeight()
		l.drawAt(c, max(c.Min.X, c.Center().X-used/2), c.Max.Y-rowsH, width)
		c.Max.Y -= rowsH + legendGap
	}
	rows := (len(g.Plots) + g.Cols - 1) / g.Cols
	tiles := draw.Tiles{Rows: rows, Cols: g.Cols, PadX: vg.Points(10), PadY: vg.Points(8)}
	tw := (c.Max.X - c.Min.X - tiles.PadX*vg.Length(g.Cols-1)) / vg.Length(g.Cols)
	th := (c.Max.Y - c.Min.Y - tiles.PadY*vg.Length(rows-1)) / vg.Length(rows)
	titleMax := vg.Length(0) // the smallest size a panel title fits its tile at
	for _, p := range g.Plots {
		if p != nil && p.Title.Text != "" && p.Title.Text != " " {
			_, size := fitText(p.Title.TextStyle, p.Title.Text, tw)
			titleMax = min(cmp.Or(titleMax, size), size)
		}
	}
	grid := make([][]*plot.Plot, rows)
	for r := range grid {
		grid[r] = make([]*plot.Plot, g.Cols)
		for k := range g.Cols {
			if i := r*g.Cols + k; i < len(g.Plots) {
				grid[r][k] = fitPanel(g.Plots[i], tw, th, shared, titleMax)
			}
		}
	}
	canvases := plot.Align(grid, tiles, c)
	for r := range grid {
		for k, p := range grid[r] {
			if p != nil {
				p.Draw(canvases[r][k])
			}
		}
	}
}

// SmallMultiples describes a grid of time-series panels (one per country,
// sector or maturity) sharing the date axis and, when ShareY, the value
// axis. Each panel is a TimeSeries (its Title names the panel); Percent,
// Zero and Shade given here apply to every panel. A panel, 1/Cols of the
// chart's width, thins its lines above MaxPoints/Cols points.
type SmallMultiples struct {
	// Name is the chart's figure name (see FigureName: the file name under
	// `make figures`); empty, the name comes from the title.
	Name   string
	Title  string
	Cols   int // panels per row; 0 means 2
	Panels []TimeSeries
	ShareY bool

	Percent   bool
	Zero      bool
	Shade     []series.Period
	ShadeName string
	Theme     *Theme
}

// Grid builds the panels. It returns an error when there is no panel or a
// panel cannot be built (naming it).
func (sm SmallMultiples) Grid() (*Grid, error) {
	if len(sm.Panels) == 0 {
		return nil, fmt.Errorf("plotting: SmallMultiples %q: no panels", sm.Title)
	}
	cols := sm.Cols
	if cols <= 0 {
		cols = 2
	}
	g := &Grid{Name: sm.Name, Title: sm.Title, Cols: cols, Theme: sm.Theme}
	for _, panel := range sm.Panels {
		panel.Percent = panel.Percent || sm.Percent
		panel.Zero = panel.Zero || sm.Zero
		if panel.Shade == nil {
			panel.Shade, panel.ShadeName = sm.Shade, sm.ShadeName
		}
		if panel.Theme == nil {
			panel.Theme = sm.Theme
		}
		panel.thinTo = MaxPoints / cols // a panel is 1/cols of the width
		p, err := panel.Plot()
		if err != nil {
			return nil, fmt.Errorf("plotting: SmallMultiples %q: %w", sm.Title, err)
		}
		p.Title.TextStyle.Font.Size = themeOr(sm.Theme).LabelSize + 1
		g.Plots = append(g.Plots, p)
	}
	g.ShareX()
	if sm.ShareY {
		g.ShareY()
	}
	return g, nil
}
