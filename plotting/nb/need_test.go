package nb

import "testing"

func TestNeed(t *testing.T) {
	defer func(e func(int)) { exit = e }(exit)
	var codes []int
	exit = func(code int) { codes = append(codes, code) }
	Need(true)
	if len(codes) != 0 {
		t.Fatalf("Need(true) exited: %v", codes)
	}
	Need(false)
	if len(codes) != 1 || codes[0] != 0 {
		t.Fatalf("Need(false): exit codes %v, want [0]", codes)
	}
}
