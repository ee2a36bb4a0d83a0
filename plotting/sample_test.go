package plotting

import (
	"slices"
	"strings"
	"testing"
)

func TestSample(t *testing.T) {
	s := Sample("sq", func(x float64) float64 { return x * x }, -1, 1, 5)
	if !slices.Equal(s.X, []float64{-1, -0.5, 0, 0.5, 1}) || !slices.Equal(s.Y, []float64{1, 0.25, 0, 0.25, 1}) || s.Name != "sq" {
		t.Fatalf("%+v", s)
	}
	defer func() {
		if r := recover(); r == nil || !strings.HasPrefix(r.(string), "plotting: Sample: ") {
			t.Fatalf("panic %v", r)
		}
	}()
	Sample("x", func(x float64) float64 { return x }, 0, 1, 1)
}
