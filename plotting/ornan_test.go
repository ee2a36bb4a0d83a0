package plotting

import (
	"errors"
	"math"
	"testing"
)

func TestOrNaN(t *testing.T) {
	f := OrNaN(func(x float64) (float64, error) {
		if x == 0 {
			return 0, errors.New("zero variance")
		}
		return 1 / x, nil
	})
	if f(2) != 0.5 || !math.IsNaN(f(0)) {
		t.Fatalf("OrNaN: %v %v", f(2), f(0))
	}
}
