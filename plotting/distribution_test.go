package plotting

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func TestDensityLine(t *testing.T) {
	nan := math.NaN()
	v := []float64{-1, -0.6, -0.5, 0.2, 1, 1.5, nan, 0.9}
	d := DensityLine("d", v, -1, 1, 0.5)
	if !slices.Equal(d.X, []float64{-0.75, -0.25, 0.25, 0.75}) || d.Name != "d" {
		t.Fatalf("midpoints %v", d.X)
	}
	// counts 2, 1, 1, 2 over n = 8 values and width 0.5
	if want := []float64{0.5, 0.25, 0.25, 0.5}; !slices.Equal(d.Y, want) {
		t.Fatalf("density %v, want %v", d.Y, want)
	}
	defer func() {
		if r := recover(); r == nil || !strings.HasPrefix(r.(string), "plotting: DensityLine: ") {
			t.Fatalf("panic %v", r)
		}
	}()
	DensityLine("d", v, 1, -1, 0.5)
}

func TestECDF(t *testing.T) {
	v := []float64{0.3, math.NaN(), -0.2, 0.3, 0.9}
	e := ECDF("F", v, []float64{-1, -0.2, 0.3, 0.31, 2})
	if want := []float64{0, 0, 0.25, 0.75, 1}; !slices.Equal(e.Y, want) {
		t.Fatalf("ECDF %v, want %v", e.Y, want)
	}
	if y := ECDF("F", []float64{math.NaN()}, []float64{0}).Y[0]; !math.IsNaN(y) {
		t.Fatalf("empty sample: %v", y)
	}
}
