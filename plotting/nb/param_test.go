package nb

import (
	"math"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

func TestSliderMapsPositionsToValues(t *testing.T) {
	p := Slider("lambda", 0.90, 0.995, 0.005, 0.96)
	if p.N != 19 || p.Default != 12 {
		t.Fatalf("lambda slider: N %d, default %d; want 19 positions after the first and the default at 12", p.N, p.Default)
	}
	// The last value is exactly the literal 0.995, not 0.90 + 19*0.005.
	if got := p.value(p.N); got != 0.995 {
		t.Errorf("value(N) = %.17g, want 0.995", got)
	}
	if got := p.value(0); got != 0.90 {
		t.Errorf("value(0) = %.17g, want 0.9", got)
	}
	for pos := 0; pos <= p.N; pos++ {
		if want := 0.90 + 0.005*float64(pos); math.Abs(p.value(pos)-want) > 1e-12 {
			t.Errorf("value(%d) = %g, want %g", pos, p.value(pos), want)
		}
	}
	w := Slider("window (months)", 12, 120, 12, 48)
	v := Values{params: []Param{p, w}, pos: []int{p.Default, w.Default}}
	if v.Int("window (months)") != 48 || v.Float("lambda") != 0.96 {
		t.Errorf("defaults: window %d, lambda %g", v.Int("window (months)"), v.Float("lambda"))
	}
	if got := v.Label(); got != "lambda = 0.960 · window (months) = 48" {
		t.Errorf("Label() = %q", got)
	}
}

func TestParamText(t *testing.T) {
	rho := Slider("rho", -0.9, 0.9, 0.05, 0.3).Percent()
	days := Slider("half-life", 5, 60, 5, 20).Format("%.0f days")
	fam := Select("family", []string{"Normal", "Student t", "Clayton"}, 1)
	cases := []struct {
		p    Param
		pos  int
		want string
	}{
		{rho, rho.Default, "30%"},
		{rho, 0, "-90%"},
		{Slider("w", 0, 1, 0.005, 0.5).Percent(), 1, "0.5%"},
		{days, days.Default, "20 days"},
		{fam, 2, "Clayton"},
	}
	for _, c := range cases {
		if got := c.p.text(c.pos); got != c.want {
			t.Errorf("%s at %d: %q, want %q", c.p.Name, c.pos, got, c.want)
		}
	}
	v := Values{params: []Param{fam}, pos: []int{2}}
	if v.String("family") != "Clayton" || v.Index("family") != 2 {
		t.Errorf("select: String %q, Index %d", v.String("family"), v.Index("family"))
	}
}

func TestParamPanics(t *testing.T) {
	errtest.Panics(t, "step 0", func() { Slider("x", 0, 1, 0, 0) }, "nb: Slider: ")
	errtest.Panics(t, "max <= min", func() { Slider("x", 1, 1, 0.1, 1) }, "nb: Slider: ")
	errtest.Panics(t, "not whole", func() { Slider("x", 0, 1, 0.3, 0) }, "nb: Slider: ")
	errtest.Panics(t, "value off the grid", func() { Slider("x", 0, 1, 0.25, 0.3) }, "nb: Slider: ")
	errtest.Panics(t, "value above max", func() { Slider("x", 0, 1, 0.25, 1.25) }, "nb: Slider: ")
	errtest.Panics(t, "no options", func() { Select("x", nil, 0) }, "nb: Select: ")
	errtest.Panics(t, "index out of range", func() { Select("x", []string{"a"}, 1) }, "nb: Select: ")
	v := Values{params: []Param{Select("family", []string{"a", "b"}, 0)}, pos: []int{0}}
	errtest.Panics(t, "Float of a select", func() { v.Float("family") }, "nb: Values.Float: ")
	errtest.Panics(t, "unknown name", func() { v.Index("lambda") }, `nb: Values.Index: no control named "lambda" (the cell has "family")`)
}

func TestDecimals(t *testing.T) {
	for step, want := range map[float64]int{12: 0, 0.5: 1, 0.05: 2, 0.005: 3, 0.0025: 4, 1e-12: 9} {
		if got := decimals(step); got != want {
			t.Errorf("decimals(%g) = %d, want %d", step, got, want)
		}
	}
}
