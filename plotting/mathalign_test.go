package plotting

import (
	"testing"

	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// Math aligns text by the font's height, as text.Plain does, so that a
// label with math sits on the baseline the same label without math has:
// a subscript does not push a centred legend entry or a top-aligned title
// down.
func TestMathAlignsLikePlain(t *testing.T) {
	baseline := func(txt string, y draw.YAlignment) vg.Length {
		var c recorder.Canvas
		sty := text.Style{Font: sans10, YAlign: y, Handler: mathH}
		mathH.Draw(&c, txt, sty, vg.Point{X: 0, Y: 100})
		for _, a := range c.Actions {
			if f, ok := a.(*recorder.FillString); ok {
				return f.Point.Y // the first run: the text before the math
			}
		}
		t.Fatalf("%q: nothing drawn", txt)
		return 0
	}
	for _, y := range []draw.YAlignment{draw.YTop, draw.YCenter, draw.YBottom} {
		want := baseline("x", y)
		for _, txt := range []string{`x $\rho$`, `x $\rho_{g,\pi}$`, `x $\sigma^2_{\pi}$`, `x $\tilde\rho_{2,3}$`} {
			if got := baseline(txt, y); !closeLen(got, want) {
				t.Errorf("YAlign %v: %q on baseline %v, plain text on %v", y, txt, got, want)
			}
		}
	}
}
