package curve

import (
	"math"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// TestBadInputsNamed checks the bad inputs listed in the issue (zero or
// negative maturities, par yields at or below -100%, fewer curve points than
// parameters) one by one: each must return an error saying what is wrong.
// Continuously compounded zero rates have no -100% boundary (exp(-z t) > 0
// for every z), so only par yields are checked against it.
func TestBadInputsNamed(t *testing.T) {
	m, y := sampleCurve()
	cases := []struct {
		name string
		call func() error
		want string
	}{
		{"FitSvensson maturity 0", func() error { _, _, err := FitSvensson(with(0, 0, m), y, FitOptions{}); return err }, "maturity 0 (point 0) must be positive"},
		{"FitSvensson maturity -1", func() error { _, _, err := FitSvensson(with(0, -1, m), y, FitOptions{}); return err }, "maturity -1 (point 0) must be positive"},
		{"FitNelsonSiegel maturity 0", func() error {
			_, _, err := FitNelsonSiegel(with(0, 0, m), y, FitOptions{Target: ParYields})
			return err
		}, "must be positive"},
		{"Bootstrap maturity -0.5", func() error { _, err := Bootstrap(with(0, -0.5, m), y); return err }, "maturity -0.5 (point 0) must be positive"},
		{"Bootstrap par yield -100%", func() error { _, err := Bootstrap(m, with(3, -1, y)); return err }, "at or below -100%"},
		{"FitSvensson par yield -150%", func() error { _, _, err := FitSvensson(m, with(3, -1.5, y), FitOptions{Target: ParYields}); return err }, "at or below -100%"},
		{"FitSvensson 5 points for 6 parameters", func() error { _, _, err := FitSvensson(m[:5], y[:5], FitOptions{}); return err }, "5 valid yields for 6 parameters"},
		{"FitNelsonSiegel 3 points for 4 parameters", func() error { _, _, err := FitNelsonSiegel(m[:3], y[:3], FitOptions{}); return err }, "3 valid yields for 4 parameters"},
		{"FitSvensson 8 tenors, 3 NaN", func() error {
			nan := math.NaN()
			yy := with(1, nan, with(2, nan, with(4, nan, y)))
			_, _, err := FitSvensson(m, yy, FitOptions{Target: ParYields})
			return err
		}, "5 valid yields for 6 parameters"},
		{"FitACM 10 months for 5 factors", func() error {
			rows := make([][]float64, 10)
			for i := range rows {
				rows[i] = make([]float64, 60)
			}
			_, err := FitACM(rows, ACMOptions{})
			return err
		}, "10 months for 5 factors"},
	}
	for _, c := range cases {
		errtest.Says(t, c.name, c.call(), c.want)
	}
}

// sampleCurve returns eight par yields (decimals) at maturities 0.5-30
// years, the base of the bad-input cases.
func sampleCurve() (m, y []float64) {
	return []float64{0.5, 1, 2, 3, 5, 7, 10, 30}, []float64{0.01, 0.012, 0.015, 0.018, 0.02, 0.022, 0.025, 0.03}
}

// with returns a copy of x with x[k] = v.
func with(k int, v float64, x []float64) []float64 {
	out := append([]float64(nil), x...)
	out[k] = v
	return out
}
