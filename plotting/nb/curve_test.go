package nb

import (
	"errors"
	"math"
	"testing"
)

func TestOrNaN(t *testing.T) {
	if got := OrNaN(0.382, nil); got != 0.382 {
		t.Fatalf("OrNaN(0.382, nil) = %v", got)
	}
	if got := OrNaN(0.382, errors.New("no valid root")); !math.IsNaN(got) {
		t.Fatalf("OrNaN with an error = %v, want NaN", got)
	}
}
