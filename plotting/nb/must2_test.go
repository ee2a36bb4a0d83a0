package nb

import (
	"errors"
	"testing"
)

func TestMust2(t *testing.T) {
	if a, b := Must2(1, "x", nil); a != 1 || b != "x" {
		t.Fatalf("Must2 = %v, %v", a, b)
	}
	defer func() {
		if r := recover(); r == nil || r.(error).Error() != "curve: too few tenors" {
			t.Fatalf("panic %v", r)
		}
	}()
	Must2(0, 0, errors.New("curve: too few tenors"))
}
