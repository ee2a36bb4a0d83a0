package plotting

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
)

// Functions describes curves y = F(x) over [XMin, XMax], for closed-form
// results such as a payoff against the stock return or a premium against
// the correlation rho.
type Functions struct {
	Title, XLabel, YLabel string
	XPercent, YPercent    bool // label the axis in percent (values are decimals)
	XMin, XMax            float64
	Funcs                 []Func
	Samples               int  // evaluation points per curve; 0 means 401
	Zero                  bool // reference line at y = 0
	Theme                 *Theme
}

// Func is a named function of one variable; NaN or infinite results leave
// gaps (a pole or an undefined region is not drawn across).
type Func struct {
	Name string
	F    func(x float64) float64
}

// Plot evaluates each function on an even grid of Samples points and draws
// it in palette and dash order. It returns an error when there is no
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
		XPercent: fs.XPercent, YPercent: fs.YPercent, Curves: curves, XMin: fs.XMin, XMax: fs.XMax, Theme: fs.Theme}.Plot()
	if err != nil {
		return nil, err // names the curve and the title
	}
	if fs.Zero {
		p.Add(&RefLine{At: 0, LineStyle: th.Ref(false)})
	}
	return p, nil
}
