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

func TestNeedAll(t *testing.T) {
	defer func(e func(int)) { exit = e }(exit)
	var codes []int
	exit = func(code int) { codes = append(codes, code) }
	NeedAll()
	NeedAll(nil, nil)
	if len(codes) != 0 {
		t.Fatalf("NeedAll without errors exited: %v", codes)
	}
	missing := fmt.Errorf("inputs: %w", datasets.ErrNoData)
	NeedAll(nil, missing, missing)
	if len(codes) != 1 || codes[0] != 0 {
		t.Fatalf("NeedAll(missing data): exit codes %v, want [0]", codes)
	}
	defer func() {
		if r := recover(); r == nil || r.(error).Error() != "datasets: bad line" {
			t.Fatalf("NeedAll(other error): panic %v", r)
		}
	}()
	NeedAll(errors.New("datasets: bad line"))
}
