package dated

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/sbcorr/copula"
	"github.com/stockbond/sbcorr/series"
)

func TestDependogram(t *testing.T) {
	d := []time.Time{series.Date(2020, 1, 31), series.Date(2020, 2, 29), series.Date(2020, 3, 31)}
	x := series.New("x", d, []float64{0.01, -0.02, 0.03})
	y := series.New("y", d, []float64{0.5, 0.1, -0.2})
	u, v, err := Dependogram(x, y)
	wu, wv, _ := copula.Dependogram(x.Values, y.Values)
	if err != nil || !slices.Equal(u, wu) || !slices.Equal(v, wv) || !slices.Equal(u, []float64{0.5, 0.25, 0.75}) {
		t.Errorf("Dependogram: %v %v (%v), want %v %v", u, v, err, wu, wv)
	}
	_, _, err = Dependogram(x, y.WithValues([]float64{1, math.NaN(), 2}))
	errtest.Says(t, "NaN", err, `dated: Dependogram: "x" and "y": `)
	errtest.Panics(t, "dates differ", func() { Dependogram(x, y.Years(2021, 0)) }, "dated: Dependogram: ")
}
