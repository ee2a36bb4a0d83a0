package series

import (
	"testing"
	"time"

	"github.com/stockbond/sbcorr/internal/errtest"
)

func TestConstant(t *testing.T) {
	d := days("2024-01-31", "2024-02-29")
	c := Constant("x_S", 0.75, d)
	if !sameFloats(c.Values, []float64{0.75, 0.75}) || !sameDates(c.Dates, d) || c.Name != "x_S" || c.Unit != UnitDecimal {
		t.Fatalf("%+v", c)
	}
	errtest.Panics(t, "dates", func() { Constant("x", 1, days("2024-02-01", "2024-01-01")) }, "series: Constant: ")
}

// Between two knots the value moves linearly with calendar time; before the
// first knot it is the first value, from the last knot on the last value.
func TestInterpolate(t *testing.T) {
	at := days("2000-01-01", "2000-01-11", "2000-01-31")
	v := []float64{0.7, 0.6, 0.9}
	s := Interpolate("x", days("1999-12-01", "2000-01-01", "2000-01-06", "2000-01-11", "2000-01-16", "2000-01-31", "2000-03-01"), at, v)
	want := []float64{0.7, 0.7, 0.7 + (0.6-0.7)*5.0/10, 0.6, 0.6 + (0.9-0.6)*5.0/20, 0.9, 0.9}
	for i := range want {
		if d := s.Values[i] - want[i]; d > 1e-15 || d < -1e-15 {
			t.Fatalf("value %d = %v, want %v", i, s.Values[i], want[i])
		}
	}
	if one := Interpolate("y", days("1990-01-01", "2030-01-01"), at[:1], []float64{0.5}); !sameFloats(one.Values, []float64{0.5, 0.5}) {
		t.Fatalf("one knot: %v", one.Values)
	}
}

func TestInterpolatePanics(t *testing.T) {
	d := days("2000-01-01")
	errtest.Panics(t, "lengths", func() { Interpolate("x", d, days("2000-01-01"), []float64{1, 2}) }, "series: Interpolate: ")
	errtest.Panics(t, "no knot", func() { Interpolate("x", d, nil, nil) }, "series: Interpolate: ")
	errtest.Panics(t, "order", func() { Interpolate("x", d, days("2000-02-01", "2000-01-01"), []float64{1, 2}) }, "series: Interpolate: ")
	errtest.Panics(t, "NaN", func() { Interpolate("x", d, days("2000-01-01"), []float64{nan}) }, "series: Interpolate: ")
	errtest.Panics(t, "dates", func() { Interpolate("x", []time.Time{day("2000-02-01"), day("2000-01-01")}, d, []float64{1}) }, "series: Interpolate: ")
}
