package plotting

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// Functions describes curves y = F(x) over [XMin, XMax], for closed-form
// results such as a payoff against the stock return or a premium against
// the correlation rho.
type Functions struct {
	// Name is the chart's figure name (see FigureName: the file name under
	// `make figures`); empty, the name comes from the title.
	Name                  string
	Title, XLabel, YLabel string
	XPercent, YPercent    bool // label the axis in percent (values are decimals)
	XMin, XMax            float64
	Funcs                 []Func
	Samples               int  // evaluation points per curve; 0 means 401
	Zero                  bool // reference line at y = 0
	LogY                  bool // log-scale y axis (see Scatter.LogY)
	// YMin and YMax fix the y axis to [YMin, YMax] when YMin < YMax (in
	// the units of the values: decimals on a YPercent axis), the curves
	// and marks clipped to it: a chart whose scale must not move with a
	// parameter (an interactive chart, nb.Explore). Otherwise the range
	// fits the curves with Headroom. Not with LogY (an error).
	YMin, YMax float64
	// Marks are points marked on the first function, at (X, F(X)), each
	// labelled with its Name (math allowed: `$\rho^\star = -17.78\%$`)
	// where the label covers no curve (see Marker); a mark where the
	// function is not finite is an error.
	Marks []Mark
	Theme *Theme
}

// Func is a named function of one variable; NaN or infinite results leave
// gaps (a pole or an undefined region is not drawn across).
type Func struct {
	Name string
	F    func(x float64) float64
	// Group, when not empty, puts the curve in a colour group: the
	// functions sharing a Group (e.g. one model at several parameters)
	// share one palette colour and differ by dash pattern, in order of
	// appearance (the first solid). Functions with no Group each take a
	// colour of their own, as if alone in a group.
	Group string
}

// groupStyles returns the line style of each function: groups (an empty
// Group is a group of its own) take palette colours in order of first
// appearance; within a named group the dash pattern follows the order of
// its members, and an ungrouped function takes the dash of its colour
// index, so that charts without groups look as with Theme.Line(i).
func groupStyles(th Theme, funcs []Func) []draw.LineStyle {
	colour := map[string]int{}
	members := map[string]int{}
	styles := make([]draw.LineStyle, len(funcs))
	next := 0
	for i, f := range funcs {
		c, ok := colour[f.Group]
		if f.Group == "" || !ok {
			c, next = next, next+1
			colour[f.Group] = c
		}
		dash := c
		if f.Group != "" {
			dash = members[f.Group]
			members[f.Group]++
		}
		styles[i] = th.Line(c)
		styles[i].Dashes = th.Line(dash).Dashes
	}
	return styles
}

// Plot evaluates each function on an even grid of Samples points and draws
// it in palette and dash order (by Group when set, see Func). It returns an error when there is no
// function, XMin >= XMax, or a function has no finite value on the grid
// (naming it).
func (fs Functions) Plot() (*plot.Plot, error) {
	th := themeOr(fs.Theme)
	if len(fs.Funcs) == 0 {
		return nil, fmt.Errorf("plotting: Functions %q: no functions", fs.Title)
	}
	if !(fs.XMin < fs.XMax) {
		return nil, fmt.Errorf("plotting: Functions %q: XMin %v must be below XMax %v", fs.Title, fs.XMin, fs.XMax)
	}
	n := fs.Samples
	if n < 2 {
		n = 401
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = fs.XMin + (fs.XMax-fs.XMin)*float64(i)/float64(n-1)
	}
	curves := make([]XY, len(fs.Funcs))
	for k, f := range fs.Funcs {
		y := make([]float64, n)
		for i, xi := range x {
			if y[i] = f.F(xi); math.IsInf(y[i], 0) {
				y[i] = math.NaN()
			}
		}
		curves[k] = XY{Name: f.Name, X: x, Y: y}
	}
	p, err := Scatter{Title: fs.Title, XLabel: fs.XLabel, YLabel: fs.YLabel,
		XPercent: fs.XPercent, YPercent: fs.YPercent, Curves: curves, XMin: fs.XMin, XMax: fs.XMax, LogY: fs.LogY, Theme: fs.Theme,
		curveStyles: groupStyles(th, fs.Funcs)}.Plot()
	if err != nil {
		return nil, err // names the curve and the title
	}
	if fs.YMin < fs.YMax && fs.LogY {
		return nil, fmt.Errorf("plotting: Functions %q: LogY with a fixed y range (YMin, YMax): not supported", fs.Title)
	}
	if fs.Zero {
		if fs.LogY {
			return nil, fmt.Errorf("plotting: Functions %q: LogY with Zero: a log axis has no 0", fs.Title)
		}
		p.Add(&RefLine{At: 0, LineStyle: th.Ref(false)})
	}
	for _, m := range fs.Marks {
		y := fs.Funcs[0].F(m.X)
		if !finite(y) || !finite(m.X) {
			return nil, fmt.Errorf("plotting: Functions %q: mark %q: %q is %v at x = %v", fs.Title, m.Name, fs.Funcs[0].Name, y, m.X)
		}
		mk := th.Mark(m.X, y, m.Name)
		mk.Avoid = curves
		p.Add(mk)
	}
	if fs.YMin < fs.YMax {
		p.Y.Min, p.Y.Max = fs.YMin, fs.YMax
	}
	return p, nil
}
