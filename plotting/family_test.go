package plotting

import (
	"math"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/series"
)

func TestFamily(t *testing.T) {
	fs := Family("rho = %+.0f%%", 100, []float64{-0.5, 0, 0.25}, func(p, x float64) float64 { return p * x })
	if len(fs) != 3 || fs[0].Name != "rho = -50%" || fs[1].Name != "rho = +0%" || fs[2].Name != "rho = +25%" {
		t.Fatalf("names: %+v", fs)
	}
	// each curve keeps its own parameter
	if fs[0].F(2) != -1 || fs[1].F(2) != 0 || fs[2].F(2) != 0.5 {
		t.Fatalf("values: %v %v %v", fs[0].F(2), fs[1].F(2), fs[2].F(2))
	}
	if g := Family("b = %g", 1, []float64{0.2}, math.Pow); g[0].Name != "b = 0.2" || g[0].F(2) != math.Pow(0.2, 2) {
		t.Fatalf("scale 1: %+v", g)
	}
	if len(Family("x %g", 1, nil, math.Pow)) != 0 {
		t.Fatal("no values must give no curves")
	}
}

func TestPanels(t *testing.T) {
	d := []time.Time{time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2000, 2, 1, 0, 0, 0, 0, time.UTC)}
	rho := series.New("rho", d, []float64{0.1, 0.2}).InUnit(series.UnitDecimal)
	phi := series.New("varphi", d, []float64{1.5, 2}).InUnit("ratio")
	ps := Panels(rho, phi)
	if len(ps) != 2 || ps[0].Title != "rho" || ps[1].Title != "varphi" {
		t.Fatalf("titles: %+v", ps)
	}
	if !ps[0].Percent || ps[1].Percent {
		t.Fatalf("percent from the unit: %v %v", ps[0].Percent, ps[1].Percent)
	}
	if len(ps[1].Series) != 1 || ps[1].Series[0].Values[1] != 2 {
		t.Fatalf("series: %+v", ps[1].Series)
	}
	if _, err := (SmallMultiples{Title: "two panels", Panels: ps}).Grid(); err != nil {
		t.Fatal(err)
	}
	if len(Panels()) != 0 {
		t.Fatal("no series must give no panels")
	}
}
