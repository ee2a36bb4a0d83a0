package plotting

import (
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

func TestRegimeTable(t *testing.T) {
	var a, b [3][3]float64
	a[0][2], b[2][1] = 0.0234, 0.5
	tab := RegimeTable("Regimes", []string{"copula", "data"}, a, b)
	md := tab.Markdown()
	for _, want := range []string{"| (stocks, bonds) | copula | data |", "| (Bad, Good) | 2.34% | 0.00% |",
		"| (Good, Normal) | 0.00% | 50.00% |"} {
		if !strings.Contains(md, want) {
			t.Errorf("RegimeTable lacks %q:\n%s", want, md)
		}
	}
	if n := strings.Count(md, "\n| (") - 1; n != 9 { // the header starts so too
		t.Errorf("%d regime rows, want 9:\n%s", n, md)
	}
	errtest.Panics(t, "names and tables differ", func() { RegimeTable("x", []string{"a"}, a, b) }, "plotting: RegimeTable: ")
	errtest.Panics(t, "no table", func() { RegimeTable("x", nil) }, "plotting: RegimeTable: ")
}

func TestCorrelations(t *testing.T) {
	c := Correlations("rho")
	if c.YLabel != "correlation" || !c.Percent || !c.Zero || c.Title != "rho" {
		t.Errorf("Correlations: %+v", c)
	}
}
