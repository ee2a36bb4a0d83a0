package datasets

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDataLogAndDescribe(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "fred_daily", "DGS10.csv")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte("date,value\n2020-01-02,1.88\n2020-01-03,\n2020-01-06,1.81\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	log := filepath.Join(dir, "data.jsonl")
	t.Setenv(EnvDataLog, log)
	if _, err := LoadSeries(dir, "fred_daily/DGS10"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	var line DataLogLine
	if err := json.Unmarshal([]byte(strings.TrimSpace(string(b))), &line); err != nil || line.File != p || len(line.SHA256) != 64 {
		t.Fatalf("log %q: %v", b, err)
	}
	e, prov, err := Describe(p)
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "fred_daily/DGS10" || prov.Rows != 3 || prov.SHA256 != line.SHA256 || prov.Last.Format("2006-01-02") != "2020-01-06" {
		t.Fatalf("%s %+v", e.Name, prov)
	}
	if _, _, err := Describe(filepath.Join(dir, "nowhere.csv")); err == nil {
		t.Fatal("a file outside the catalogue must be an error")
	}
}
