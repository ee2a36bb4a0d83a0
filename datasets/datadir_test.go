package datasets

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
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

// TestMissingDataEverywhere checks every loader: a missing file is
// ErrNoData (skip), and with SBCORR_REQUIRE_DATA=1 a hard error that is
// not ErrNoData, so that no notebook or test can skip silently in CI.
func TestMissingDataEverywhere(t *testing.T) {
	loaders := map[string]func() error{
		"SP500Daily":             func() error { _, err := SP500Daily(""); return err },
		"DGS10Daily":             func() error { _, err := DGS10Daily(""); return err },
		"StockBondDaily":         func() error { _, err := StockBondDaily(""); return err },
		"StockBondMonthly":       func() error { _, err := StockBondMonthly(""); return err },
		"TreasuryCMTDaily":       func() error { _, err := TreasuryCMTDaily(""); return err },
		"Load":                   func() error { _, err := Load("", "shiller/shiller_sp500_monthly"); return err },
		"LoadSeries":             func() error { _, err := LoadSeries("", "fred_daily/DGS10"); return err },
		"Locate":                 func() error { _, err := Locate("", "intraday/stooq_5min/spy.us.txt"); return err },
		"StockBondDailyOrSample": func() error { _, err := StockBondDailyOrSample(""); return err },
	}
	for _, require := range []string{"", "1"} {
		data := t.TempDir()
		t.Setenv(EnvData, data)
		t.Setenv(EnvCache, t.TempDir())
		t.Setenv(EnvRequire, require)
		// Half the stock-bond pair present: the missing half decides.
		p := filepath.Join(data, filepath.FromSlash("fred_h15_treasury_cmt/DGS10.csv"))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("DATE,DGS10\n2021-01-04,0.93\n"), 0o644)
		for name, load := range loaders {
			err := load()
			switch {
			case require == "" && name == "StockBondDailyOrSample":
				if err != nil {
					t.Errorf("%s without data: want the sample, got %v", name, err)
				}
			case require == "":
				if !errors.Is(err, ErrNoData) {
					t.Errorf("%s: want ErrNoData, got %v", name, err)
				}
			default:
				if err == nil || errors.Is(err, ErrNoData) || !strings.Contains(err.Error(), EnvRequire) {
					t.Errorf("%s with %s=1: want a hard error naming %s, got %v", name, EnvRequire, EnvRequire, err)
				}
			}
		}
	}
}

// TestLoadDamagedFile checks that a damaged file in the data folder gives
// a *ParseError naming the file found and the line, never ErrNoData (a
// damaged file must fail, not skip).
func TestLoadDamagedFile(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(EnvRequire, "")
	for _, tc := range []struct {
		name, rel, body string
		line            int
	}{
		{"cboe_vix/vix-daily", "cboe_vix/vix-daily.csv", "Date,OPEN,HIGH,LOW\n1990-01-02,17.24,17.24,17.24\n", 1},
		{"fred_daily/DGS10", "fred_daily/DGS10.csv", "observation_date,DGS10\n1980-01-02,10.5\n1980-01-03,10,6\n", 3},
		{"shiller/shiller_sp500_monthly", "shiller/shiller_sp500_monthly.csv", "Date,SP500\n1871-01-01,4.44\n1871-01-01,4.5\n", 3},
	} {
		p := filepath.Join(dir, filepath.FromSlash(tc.rel))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(tc.body), 0o644)
		_, err := LoadSeries(dir, tc.name)
		if errors.Is(err, ErrNoData) {
			t.Fatalf("%s: damaged file reported as missing: %v", tc.name, err)
		}
		wantParseError(t, err, p, tc.line)
	}
}

// TestLocateConfined: a name that is absolute or climbs out of the data
// folders is an error, not ErrNoData, even when the target exists; a name
// with ".." that stays inside is fine, and a symbolic link inside a data
// folder is followed (documented on Locate).
func TestLocateConfined(t *testing.T) {
	data := t.TempDir()
	t.Setenv(EnvData, data)
	t.Setenv(EnvCache, "off")
	os.MkdirAll(filepath.Join(data, "g"), 0o755)
	os.WriteFile(filepath.Join(data, "g", "a.csv"), []byte("x"), 0o644)
	outside := filepath.Join(t.TempDir(), "secret.csv")
	os.WriteFile(outside, []byte("x"), 0o644)
	up := strings.Repeat("../", strings.Count(data, "/"))
	for _, rel := range []string{"../../../../etc/passwd", up + "etc/passwd", "/etc/passwd", outside, "g/../../x", "", ".", "..", up + outside[1:]} {
		p, err := Locate("", rel)
		if err == nil || errors.Is(err, ErrNoData) || p != "" || !strings.HasPrefix(err.Error(), "datasets: ") {
			t.Errorf("Locate(%q) = %q, %v", rel, p, err)
		}
	}
	if p, err := Locate("", "g/../g/a.csv"); err != nil || p != filepath.Join(data, "g", "a.csv") {
		t.Errorf("inside path with ..: %q, %v", p, err)
	}
	os.Symlink(outside, filepath.Join(data, "g", "link.csv"))
	if p, err := Locate("", "g/link.csv"); err != nil || p != filepath.Join(data, "g", "link.csv") {
		t.Errorf("symlink inside the folder: %q, %v", p, err)
	}
}
