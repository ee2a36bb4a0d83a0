package datasets

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestLocateOrder(t *testing.T) {
	explicit, env, cache := t.TempDir(), t.TempDir(), t.TempDir()
	t.Setenv(EnvData, env)
	t.Setenv(EnvCache, cache)
	t.Setenv(EnvRequire, "")
	write := func(dir, rel string) string {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
		return p
	}
	inCache := write(filepath.Join(cache, "data"), "g/a.csv")
	if p, err := Locate(explicit, "g/a.csv"); err != nil || p != inCache {
		t.Fatalf("cache: %q %v", p, err)
	}
	inEnv := write(env, "g/a.csv")
	if p, err := Locate(explicit, "g/a.csv"); err != nil || p != inEnv {
		t.Fatalf("SBCORR_DATA before cache: %q %v", p, err)
	}
	inExplicit := write(explicit, "g/a.csv")
	if p, err := Locate(explicit, "g/a.csv"); err != nil || p != inExplicit {
		t.Fatalf("explicit dir first: %q %v", p, err)
	}
	if _, err := Locate(explicit, "g/none.csv"); !errors.Is(err, ErrNoData) {
		t.Fatalf("missing file: %v", err)
	}
	t.Setenv(EnvRequire, "1")
	if _, err := Locate(explicit, "g/none.csv"); err == nil || errors.Is(err, ErrNoData) {
		t.Fatalf("SBCORR_REQUIRE_DATA=1: want a hard error, got %v", err)
	}
	t.Setenv(EnvData, "relative/path")
	if _, err := Locate("", "g/a.csv"); err == nil {
		t.Fatal("relative SBCORR_DATA accepted")
	}
}

func TestLoadMissingDataIsErrNoData(t *testing.T) {
	t.Setenv(EnvData, t.TempDir())
	t.Setenv(EnvCache, t.TempDir())
	t.Setenv(EnvRequire, "")
	for name, load := range map[string]func() error{
		"SP500Daily":       func() error { _, err := SP500Daily(""); return err },
		"DGS10Daily":       func() error { _, err := DGS10Daily(""); return err },
		"StockBondMonthly": func() error { _, err := StockBondMonthly(""); return err },
		"TreasuryCMTDaily": func() error { _, err := TreasuryCMTDaily(""); return err },
		"Load":             func() error { _, err := Load("", "shiller/shiller_sp500_monthly"); return err },
	} {
		if err := load(); !errors.Is(err, ErrNoData) {
			t.Errorf("%s: want ErrNoData, got %v", name, err)
		}
	}
}
