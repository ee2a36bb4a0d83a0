package nb

import (
	"errors"
	"math"
	"testing"
)

func TestNoErrorAndOrNaN(t *testing.T) {
	NoError(nil)
	bad := errors.New("basket: not positive semi-definite")
	func() {
		defer func() {
			if r := recover(); r != bad {
				t.Fatalf("NoError panicked with %v, want the error", r)
			}
		}()
		NoError(bad)
	}()
	if OrNaN(0.5, nil) != 0.5 || !math.IsNaN(OrNaN(0.5, bad)) {
		t.Fatal("OrNaN")
	}
}
