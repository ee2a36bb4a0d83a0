package plotting

import (
	"math"
	"testing"
)

func TestContoursCircle(t *testing.T) {
	g := &Contours{}
	for k := range 41 {
		g.X = append(g.X, -1+float64(k)/20)
	}
	g.Y = g.X
	for _, x := range g.X {
		col := make([]float64, len(g.Y))
		for j, y := range g.Y {
			col[j] = x*x + y*y
		}
		g.Z = append(g.Z, col)
	}
	n := 0
	for i := 0; i+1 < len(g.X); i++ {
		for j := 0; j+1 < len(g.Y); j++ {
			for _, s := range g.cellSegments(i, j, 0.25) {
				n++
				for _, r := range []float64{math.Hypot(s[0], s[1]), math.Hypot(s[2], s[3])} {
					if math.Abs(r-0.5) > 0.01 { // linear interpolation error on a 0.05 grid
						t.Fatalf("segment end at radius %v, want 0.5", r)
					}
				}
			}
		}
	}
	if n < 40 {
		t.Errorf("only %d segments on the circle", n)
	}
}
