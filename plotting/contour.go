package plotting

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Contours is a plotter drawing the level lines of a function sampled on a
// regular grid, by marching squares (saddle cells resolved by the cell's
// mean). Unlike gonum's plotter.Contour, whose output order depends on map
// iteration, it emits segments in grid order, so its SVG is
// byte-identical across runs. All levels share one line style.
type Contours struct {
	X, Y   []float64   // grid coordinates, increasing
	Z      [][]float64 // Z[i][j] is the value at (X[i], Y[j]); NaN cells are skipped
	Levels []float64
	draw.LineStyle
}

// Plot implements plot.Plotter: one path per level.
func (g *Contours) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	pt := func(x, y float64) vg.Point { return vg.Point{X: trX(x), Y: trY(y)} }
	c.SetLineStyle(g.LineStyle)
	for _, z := range g.Levels {
		var path vg.Path
		for i := 0; i+1 < len(g.X); i++ {
			for j := 0; j+1 < len(g.Y); j++ {
				for _, s := range g.cellSegments(i, j, z) {
					path.Move(pt(s[0], s[1]))
					path.Line(pt(s[2], s[3]))
				}
			}
		}
		if len(path) > 0 {
			c.Stroke(path)
		}
	}
}

// cellSegments returns the level-z segments (x0, y0, x1, y1) inside the
// cell with lower-left corner (i, j).
func (g *Contours) cellSegments(i, j int, z float64) [][4]float64 {
	// Corners counter-clockwise from lower left.
	xs := [4]float64{g.X[i], g.X[i+1], g.X[i+1], g.X[i]}
	ys := [4]float64{g.Y[j], g.Y[j], g.Y[j+1], g.Y[j+1]}
	v := [4]float64{g.Z[i][j], g.Z[i+1][j], g.Z[i+1][j+1], g.Z[i][j+1]}
	for _, w := range v {
		if !finite(w) {
			return nil
		}
	}
	// crossing returns the point where edge k (corner k to k+1) meets z.
	crossing := func(k int) [2]float64 {
		a, b := k, (k+1)%4
		t := (z - v[a]) / (v[b] - v[a])
		return [2]float64{xs[a] + t*(xs[b]-xs[a]), ys[a] + t*(ys[b]-ys[a])}
	}
	var edges []int
	for k := range 4 {
		if (v[k] > z) != (v[(k+1)%4] > z) {
			edges = append(edges, k)
		}
	}
	switch len(edges) {
	case 2:
		a, b := crossing(edges[0]), crossing(edges[1])
		return [][4]float64{{a[0], a[1], b[0], b[1]}}
	case 4:
		// Saddle: pair each crossing with its neighbour on the side the
		// cell mean says is connected.
		mean := (v[0] + v[1] + v[2] + v[3]) / 4
		p0, p1, p2, p3 := crossing(0), crossing(1), crossing(2), crossing(3)
		if (mean > z) == (v[0] > z) {
			return [][4]float64{{p0[0], p0[1], p1[0], p1[1]}, {p2[0], p2[1], p3[0], p3[1]}}
		}
		return [][4]float64{{p0[0], p0[1], p3[0], p3[1]}, {p1[0], p1[1], p2[0], p2[1]}}
	}
	return nil
}
