package plotting

import (
	"fmt"

	"gonum.org/v1/plot"
)

// XY is a named set of points (X[i], Y[i]) on value axes: a point cloud, a
// fitted curve or a set of highlighted observations. NaN in X or Y marks a
// missing point (skipped in clouds, a gap in curves).
type XY struct {
	Name string
	X, Y []float64
}

// check returns an error when the lengths differ or no point is finite;
// what names the role (e.g. "curve") in the message.
func (s XY) check(what string) error {
	if len(s.X) != len(s.Y) {
		return fmt.Errorf("%s %q: %d x values but %d y values", what, s.Name, len(s.X), len(s.Y))
	}
	if len(runs(s.X, s.Y)) == 0 {
		return fmt.Errorf("%s %q: no finite point (%d points)", what, s.Name, len(s.X))
	}
	return nil
}

// finitePoints returns the points where both coordinates are finite.
func (s XY) finitePoints() (x, y []float64) {
	for i := range s.X {
		if finite(s.X[i]) && finite(s.Y[i]) {
			x, y = append(x, s.X[i]), append(y, s.Y[i])
		}
	}
	return x, y
}

// axes describes the frame of a chart: title, axis labels, which axes
// print decimals as percent, and whether grid lines are also vertical.
type axes struct {
	title, x, y        string
	xPercent, yPercent bool
	vgrid              bool
}

// chart returns a themed plot with the frame a: labels, percent tickers and
// grid lines (horizontal, and vertical when a.vgrid).
func (t Theme) chart(a axes) *plot.Plot {
	p := t.New()
	p.Title.Text, p.X.Label.Text, p.Y.Label.Text = a.title, a.x, a.y
	if a.xPercent {
		p.X.Tick.Marker = PercentTicks
	}
	if a.yPercent {
		p.Y.Tick.Marker = PercentTicks
	}
	if g := t.grid(a.vgrid); g != nil {
		p.Add(g)
	}
	return p
}

// Headroom is the fraction of the data's span that Bars, BoxPlots, TimeSeries,
// Scatter and Functions add below and above the data when they fit an axis
// to it (Scatter and Functions: the y axis, and the x axis unless XMin and
// XMax fix it), so that bars, lines and points at the extremes do not run
// along the frame.
const Headroom = 0.05

// addHeadroom widens a by Headroom times its span on each side; with
// keepZero, a side at exactly 0 (a bar baseline, a zero line the range
// was extended to) is left there. A range of zero span is left as it is.
func addHeadroom(a *plot.Axis, keepZero bool) {
	pad := Headroom * (a.Max - a.Min)
	if !(keepZero && a.Min == 0) {
		a.Min -= pad
	}
	if !(keepZero && a.Max == 0) {
		a.Max += pad
	}
}
