package datasets

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

func TestCached(t *testing.T) {
	t.Setenv(EnvCache, t.TempDir())
	calls := 0
	compute := func() (series.Series, error) {
		calls++
		return ser("x", []string{"2020-01-01", "2020-01-02"}, 1, math.NaN()), nil
	}
	for range 2 {
		s, err := Cached("test/series", "v1", compute)
		if err != nil || s.Name != "x" || !math.IsNaN(s.Values[1]) || !s.Dates[0].Equal(day("2020-01-01")) {
			t.Fatalf("got %+v, %v", s, err)
		}
	}
	if calls != 1 {
		t.Fatalf("compute called %d times, want 1", calls)
	}
	if _, err := Cached("test/series", "v2", compute); err != nil || calls != 2 {
		t.Fatalf("new version must recompute: calls=%d err=%v", calls, err)
	}
	boom := errors.New("boom")
	if _, err := Cached("test/err", "v1", func() (int, error) { return 0, boom }); !errors.Is(err, boom) {
		t.Fatalf("want compute error, got %v", err)
	}
	// A corrupted entry is recomputed.
	p, _ := memoPath("test/series", "v1")
	if err := os.WriteFile(p, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Cached("test/series", "v1", compute); err != nil || calls != 3 {
		t.Fatalf("corrupt entry: calls=%d err=%v", calls, err)
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(p), ".tmp-*")); len(m) != 0 {
		t.Fatalf("temporary files left: %v", m)
	}
}

func TestCachedOff(t *testing.T) {
	t.Setenv(EnvCache, "off")
	calls := 0
	for range 2 {
		if _, err := Cached("k", "v", func() (int, error) { calls++; return 1, nil }); err != nil {
			t.Fatal(err)
		}
	}
	if calls != 2 {
		t.Fatalf("cache off: compute called %d times", calls)
	}
}
