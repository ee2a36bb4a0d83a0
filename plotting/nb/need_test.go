package nb

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/datasets"
)

func TestNeed(t *testing.T) {
	code := -1
	exit = func(c int) { code = c }
	defer func() { exit = os.Exit }()
	if v := Need(7, nil); v != 7 || code != -1 {
		t.Fatalf("Need(7, nil) = %d, exit %d", v, code)
	}
	Need(0, fmt.Errorf("inputs: %w", datasets.ErrNoData))
	if code != 0 {
		t.Fatalf("missing data: exit %d, want 0", code)
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "damaged") {
			t.Fatalf("another error: recovered %v, want a panic", r)
		}
	}()
	Need(0, errors.New("datasets: damaged file"))
}
