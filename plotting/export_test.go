package plotting

import (
	"bytes"
	"testing"

	"gonum.org/v1/plot"
)

func titled(title string) *plot.Plot {
	p := Default.New()
	p.Title.Text = title
	return p
}

func TestFigureName(t *testing.T) {
	for _, c := range []struct {
		d    Drawer
		want string
	}{
		{titled("Figure 17: rolling correlations"), "fig17"},
		{titled("Figures 52-53: estimated linear stock-bond payoff (US, daily returns)"), "fig52-53"},
		{titled("Figures 112–115: payoffs"), "fig112-115"},
		{&Grid{Plots: []*plot.Plot{titled("Figure 4: bond payoff"), titled("Figure 5: best and worst")}}, "fig4-5"},
		{&Grid{Title: "Figure 60: margins", Plots: []*plot.Plot{titled("Figure 60 (b)")}}, "fig60"},
		{&Figure{Main: titled("Figure 9a: heat")}, "fig9a"},
		{titled(`Treasury par curves and their NSS fits, $\rho_{SB}$ 1990-2021`), "treasury-par-curves-and-their-nss-fits"},
		{titled(`$\tilde\rho_{2,3}$ by decade`), "tilde-rho-2-3-by-decade"},
		{titled(" "), "chart"},
		{Named("breakeven", titled("Figure 2: premium")), "breakeven"},
	} {
		if got := FigureName(c.d); got != c.want {
			t.Errorf("FigureName(%q) = %q, want %q", ChartTitle(c.d), got, c.want)
		}
	}
	if got := ChartTitle(&Grid{Plots: []*plot.Plot{titled(""), titled("second")}}); got != "second" {
		t.Errorf("ChartTitle of a grid = %q", got)
	}
}

// A Named chart renders exactly as the chart (fitted as a plot).
func TestNamedRendersAsChart(t *testing.T) {
	p := sizeChart()
	if !bytes.Equal(Must(SVG(Named("x", p), Width, Height)), Must(SVG(p, Width, Height))) {
		t.Error("Named changes the drawing")
	}
}
