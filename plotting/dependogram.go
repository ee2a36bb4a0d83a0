package plotting

import (
	"fmt"
	"image/color"

	"github.com/stockbond/sbcorr/series"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// Dependogram describes the scatter plot of pseudo-observations
// (U[i], V[i]) in the unit square, that is the empirical copula of two
// series (Roncalli, 2020, p. 743). When Alpha > 0, dashed lines at Alpha and
// 1 - Alpha on both axes mark the bad / normal / good regimes. When Density
// is set, its contour lines (for example a fitted Gaussian copula density)
// are drawn over the points. See Portelli & Roncalli (2024), section 3.5.1,
// Figures 46-48.
type Dependogram struct {
	// Name is the chart's figure name (see FigureName: the file name under
	// `make figures`); empty, the name comes from the title.
	Name                  string
	Title, XLabel, YLabel string
	U, V                  []float64 // pseudo-observations in [0, 1]; NaN pairs are skipped
	Alpha                 float64   // frequency of bad and good times, in [0, 0.5); 0 for no lines
	// Density is a copula density c(u, v) on (0, 1)^2, evaluated on a 60 x 60
	// grid of cell centres; Levels are its contour levels (nil picks
	// NiceTicks levels between the 5% and 95% quantiles of the grid values).
	Density func(u, v float64) float64
	Levels  []float64
	Theme   *Theme
}

// UnitMargin is the margin around the unit square of a Dependogram (in
// its units), so that points at 0 or 1 are not drawn on the frame.
const UnitMargin = 0.02

// Plot builds the chart on the unit square, with UnitMargin around it and
// labelled ticks every 0.2 (fewer on a small chart). It returns
// an error when U and V are empty, differ in length or have no finite pair,
// when a value lies outside [0, 1] (naming its index), or when Alpha is
// outside [0, 0.5).
func (d Dependogram) Plot() (*plot.Plot, error) {
	th := themeOr(d.Theme)
	uv := XY{Name: "pseudo-observations", X: d.U, Y: d.V}
	if err := uv.check("dependogram"); err != nil {
		return nil, fmt.Errorf("plotting: Dependogram %q: %w", d.Title, err)
	}
	for i := range d.U {
		if d.U[i] < 0 || d.U[i] > 1 || d.V[i] < 0 || d.V[i] > 1 {
			return nil, fmt.Errorf("plotting: Dependogram %q: point %d (%v, %v) outside the unit square", d.Title, i, d.U[i], d.V[i])
		}
	}
	if !(d.Alpha >= 0 && d.Alpha < 0.5) {
		return nil, fmt.Errorf("plotting: Dependogram %q: alpha %v outside [0, 0.5)", d.Title, d.Alpha)
	}
	p := th.chart(axes{title: d.Title, x: d.XLabel, y: d.YLabel})
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Min, a.Max = -UnitMargin, 1+UnitMargin
		a.Tick.Marker = NiceTicks{Labels: 6}
	}
	dot := th.Glyph(0)
	dot.Radius = 0.9
	p.Add(&Points{X: d.U, Y: d.V, GlyphStyle: dot})
	if d.Density != nil {
		p.Add(d.contour(th))
	}
	if d.Alpha > 0 {
		ref := th.Ref(true)
		ref.Color, ref.Width = color.Black, 1
		for _, a := range []float64{d.Alpha, 1 - d.Alpha} {
			p.Add(&RefLine{At: a, LineStyle: ref}, &RefLine{At: a, Vertical: true, LineStyle: ref})
		}
	}
	return p, nil
}

// contour returns the density's contour lines in the theme's second
// colour, sampled at the centres of a 60 x 60 grid.
func (d Dependogram) contour(th Theme) *Contours {
	const n = 60
	g := &Contours{LineStyle: draw.LineStyle{Color: th.Color(1), Width: 1}, Levels: d.Levels}
	for k := range n {
		g.X = append(g.X, (float64(k)+0.5)/n)
	}
	g.Y = g.X
	var vals []float64
	for _, u := range g.X {
		col := make([]float64, n)
		for j, v := range g.Y {
			col[j] = d.Density(u, v)
		}
		g.Z = append(g.Z, col)
		vals = append(vals, col...)
	}
	if g.Levels == nil {
		lo, hi := series.Quantile(vals, 0.05), series.Quantile(vals, 0.95)
		for _, t := range (NiceTicks{Labels: 7}).Ticks(lo, hi) {
			if t.Label != "" && t.Value > 0 {
				g.Levels = append(g.Levels, t.Value)
			}
		}
	}
	return g
}
