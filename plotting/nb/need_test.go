package nb

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stockbond/sbcorr/datasets"
)

func TestNeed(t *testing.T) {
	defer func(e func(int)) { exit = e }(exit)
	var codes []int
	exit = func(code int) { codes = append(codes, code) }
	Need()
	Need(nil, nil)
	if len(codes) != 0 {
		t.Fatalf("Need without errors exited: %v", codes)
	}
	missing := fmt.Errorf("inputs: %w", datasets.ErrNoData)
	Need(nil, missing, missing)
	if len(codes) != 1 || codes[0] != 0 {
		t.Fatalf("Need(missing data): exit codes %v, want [0]", codes)
	}
	defer func() {
		if r := recover(); r == nil || r.(error).Error() != "datasets: bad line" {
			t.Fatalf("Need(other error): panic %v", r)
		}
	}()
	Need(errors.New("datasets: bad line"))
}
