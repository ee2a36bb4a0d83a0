package exercise

import (
	"math"
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
)

func TestCorrectAnswers(t *testing.T) {
	c := New("task").Number("f(1)", 0.1+0.2, 0.3, 1e-12).
		Numbers("g(x)", []float64{math.NaN(), 1, 2}, []float64{math.NaN(), 1, 2 + 1e-13}, 1e-12).Hint("never shown")
	if err := c.Err(); err != nil {
		t.Fatalf("correct answers: %v", err)
	}
	if got := c.Verdict(); got != "correct: all 2 checks of task hold" {
		t.Errorf("Verdict() = %q", got)
	}
}

// Each mistake is named: the stub's zero, the sign, percent, NaN, an
// undefined value given a number, missing values.
func TestExplanations(t *testing.T) {
	nan := math.NaN()
	cases := []struct {
		name string
		c    *Check
		want []string
	}{
		{"stub", New("price").Number("price(5%)", 0, 0.92, 1e-9),
			[]string{`exercise: Check "price": 1 of 1 checks are wrong`, "price(5%): got 0, expected about 0.92", "stub's zero value"}},
		{"sign", New("t").Number("r", -0.25, 0.25, 1e-6), []string{"the sign is wrong"}},
		{"percent", New("t").Number("r", 5, 0.05, 1e-6), []string{"100 times too large", "decimals"}},
		{"per cent too small", New("t").Number("r", 0.0005, 0.05, 1e-6), []string{"100 times too small"}},
		{"nan", New("t").Number("r", nan, 0.05, 1e-6), []string{"got NaN, expected about 0.05"}},
		{"undefined", New("t").Number("r", 0.3, nan, 1e-6), []string{"expected NaN"}},
		{"off", New("t").Number("r", 0.11, 0.1, 1e-6), []string{"off by 0.01 (10% of the expected value)"}},
		{"off zero", New("t").Number("r", 0.01, 0, 1e-6), []string{"off by 0.01"}},
		{"nil", New("t").Numbers("rho", nil, []float64{1, 2}, 0), []string{"got no values, expected 2", "stub"}},
		{"length", New("t").Numbers("rho", []float64{1}, []float64{1, 2}, 0), []string{"got 1 values, expected 2"}},
		{"elements", New("t").Numbers("rho", []float64{0.5, 1, 3, 4}, []float64{nan, 1, 2, 5}, 1e-9),
			[]string{"rho: 3 of 4 values are wrong; the first, element 0: got 0.5, expected NaN"}},
		{"hint", New("t").Number("a", 1, 1, 0).Hint("not this").Number("b", 1, 2, 0).Hint("use the formula"),
			[]string{"1 of 2 checks are wrong", "\nHint: use the formula"}},
	}
	for _, tc := range cases {
		errtest.Says(t, tc.name, tc.c.Err(), tc.want...)
		if err := tc.c.Err(); err != nil && strings.Contains(err.Error(), "not this") {
			t.Errorf("%s: a hint of a check that held is shown", tc.name)
		}
	}
}
