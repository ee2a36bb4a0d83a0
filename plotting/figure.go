package plotting

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Figure is a main plot with a narrow side plot on its right (a colour bar),
// whose data area is aligned vertically with the main one. Both are
// ordinary gonum plots that can be customised.
type Figure struct {
	Main, Side *plot.Plot
	SideWidth  vg.Length // width of the side plot, including its axis
}

// Draw implements Drawer.
func (f *Figure) Draw(c draw.Canvas) {
	gap := vg.Points(8)
	main := draw.Crop(c, 0, -(f.SideWidth + gap), 0, 0)
	m := fit(f.Main, main.Max.X-main.Min.X, main.Max.Y-main.Min.Y)
	m.Draw(main)
	data := m.DataCanvas(main)
	side := c
	side.Min.X = c.Max.X - f.SideWidth
	side.Min.Y, side.Max.Y = data.Min.Y, data.Max.Y
	f.Side.Draw(side)
}
