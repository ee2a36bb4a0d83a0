package datasets

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

const fredBody = "observation_date,DGS10\n2021-01-04,0.93\n2021-01-05,0.96\n"

// zipOf returns a ZIP archive holding one member.
func zipOf(t *testing.T, name, body string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(body))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func TestDownload(t *testing.T) {
	zipped := zipOf(t, "F-F_Test.CSV", fredBody)
	mux := http.NewServeMux()
	mux.HandleFunc("/fred.csv", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(fredBody)) })
	mux.HandleFunc("/french.zip", func(w http.ResponseWriter, r *http.Request) { w.Write(zipped) })
	mux.HandleFunc("/garbage.csv", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<html>moved</html>")) })
	mux.HandleFunc("/missing.csv", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusNotFound) })
	mux.HandleFunc("/cut.csv", func(w http.ResponseWriter, r *http.Request) {
		// Announce the full length, send half, then drop the connection.
		w.Header().Set("Content-Length", "1000")
		w.Write([]byte(fredBody[:20]))
		w.(http.Flusher).Flush()
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	check := func(data []byte, file string) error { _, err := fredFormat.parse(data, file); return err }

	for _, tc := range []struct {
		name, path, zip, sum, errText string
	}{
		{"plain", "/fred.csv", "", sha(fredBody), ""},
		{"zip member", "/french.zip", "f-f_test.csv", "", ""},
		{"checksum mismatch", "/fred.csv", "", sha("other"), "sha256"},
		{"http error", "/missing.csv", "", "", "404"},
		{"interrupted", "/cut.csv", "", "", "interrupted"},
		{"not a zip", "/fred.csv", "x.CSV", "", "ZIP"},
		{"zip without member", "/french.zip", "other.CSV", "", "no member"},
		{"malformed content", "/garbage.csv", "", "", "line 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			dest := filepath.Join(dir, "sub", "DGS10.csv")
			err := Download{URL: srv.URL + tc.path, Dest: dest, Zip: tc.zip, SHA256: tc.sum, Check: check}.Run(context.Background())
			if tc.errText == "" {
				if err != nil {
					t.Fatal(err)
				}
				if got, _ := os.ReadFile(dest); string(got) != fredBody {
					t.Fatalf("dest holds %q", got)
				}
			} else if err == nil || !strings.Contains(err.Error(), tc.errText) {
				t.Fatalf("want error mentioning %q, got %v", tc.errText, err)
			}
			var files []string
			filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
				if err == nil && !info.IsDir() {
					files = append(files, p)
				}
				return nil
			})
			if tc.errText != "" && len(files) != 0 || tc.errText == "" && len(files) != 1 {
				t.Fatalf("files left: %v", files)
			}
		})
	}

	t.Run("failure keeps previous file", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "DGS10.csv")
		os.WriteFile(dest, []byte("old"), 0o644)
		if err := (Download{URL: srv.URL + "/cut.csv", Dest: dest}).Run(context.Background()); err == nil {
			t.Fatal("interrupted download succeeded")
		}
		if got, _ := os.ReadFile(dest); string(got) != "old" {
			t.Fatalf("previous file replaced by %q", got)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		dest := filepath.Join(t.TempDir(), "x.csv")
		if err := (Download{URL: srv.URL + "/fred.csv", Dest: dest}).Run(ctx); err == nil {
			t.Fatal("cancelled download succeeded")
		}
		if _, err := os.Stat(dest); err == nil {
			t.Fatal("file written")
		}
	})
}

// TestFetchIntoCache fetches a Ken French ZIP from a local server into the
// cache, where Load then finds it (no SBCORR_DATA), with the publisher URL
// as provenance; a malformed archive member leaves the cache empty.
func TestFetchIntoCache(t *testing.T) {
	const body = "Fama/French factors\r\n\r\n,Mkt-RF,SMB,HML,RF\r\n19260701,    0.09,   -0.25,   -0.27,    0.01\r\n19260702,    0.45,   -0.33,   -0.06,    0.01\r\n"
	good := zipOf(t, "F-F_Research_Data_Factors_daily.CSV", body)
	bad := zipOf(t, "F-F_Research_Data_Factors_daily.CSV", ",Mkt-RF\r\n19260701,oops\r\n")
	mux := http.NewServeMux()
	mux.HandleFunc("/good.zip", func(w http.ResponseWriter, r *http.Request) { w.Write(good) })
	mux.HandleFunc("/bad.zip", func(w http.ResponseWriter, r *http.Request) { w.Write(bad) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	cache := t.TempDir()
	t.Setenv(EnvCache, cache)
	t.Setenv(EnvData, "")
	t.Setenv(EnvRequire, "")
	e, err := Lookup("ken_french/F-F_Research_Data_Factors_daily")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fetchEntry(context.Background(), e, srv.URL+"/bad.zip", "", srv.Client()); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("malformed member: %v", err)
	}
	if _, err := Load("", e.Name); !errors.Is(err, ErrNoData) {
		t.Fatalf("cache holds a file after a failed fetch: %v", err)
	}
	p, err := fetchEntry(context.Background(), e, srv.URL+"/good.zip", sha(body), srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(cache, "data", "ken_french", "F-F_Research_Data_Factors_daily.CSV"); p != want {
		t.Fatalf("written to %s, want %s", p, want)
	}
	s, err := LoadSeries("", e.Name)
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 2 || s.Values[1] != 0.45 || s.Prov[0].File != p || s.Prov[0].SHA256 != sha(body) || s.Prov[0].Source != e.URL {
		t.Fatalf("loaded %v %+v", s.Values, s.Prov[0])
	}
	t.Setenv(EnvCache, "off")
	if _, err := fetchEntry(context.Background(), e, srv.URL+"/good.zip", "", srv.Client()); err == nil {
		t.Fatal("fetch with the cache off succeeded")
	}
}

func TestFetchRefusesConvertedFiles(t *testing.T) {
	t.Setenv(EnvCache, t.TempDir())
	if _, err := Fetch(context.Background(), "damodaran/histretSP", ""); err == nil || !strings.Contains(err.Error(), "cannot be fetched") {
		t.Fatalf("got %v", err)
	}
	if _, err := Fetch(context.Background(), "no/such", ""); err == nil {
		t.Fatal("unknown entry accepted")
	}
}

func TestCatalogue(t *testing.T) {
	names := map[string]bool{}
	for _, e := range Catalogue() {
		if names[e.Name] {
			t.Errorf("duplicate name %s", e.Name)
		}
		names[e.Name] = true
		if e.Title == "" || e.Publisher == "" || e.Licence == "" || e.Freq == "" || e.Unit == "" || e.Format == "" ||
			!strings.HasPrefix(e.URL, "http") || !strings.HasPrefix(e.Path, strings.Split(e.Name, "/")[0]) {
			t.Errorf("incomplete entry %+v", e)
		}
		if e.Zip != "" && !strings.HasSuffix(e.URL, ".zip") {
			t.Errorf("%s: Zip member without a ZIP URL", e.Name)
		}
	}
	e, err := Lookup("fred_h15_treasury_cmt/DGS10")
	if err != nil || e.URL != "https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10" || !e.Fetchable {
		t.Fatalf("DGS10 entry %+v %v", e, err)
	}
	if e, _ := Lookup("ken_french/F-F_Research_Data_Factors_daily"); e.URL !=
		"https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/ftp/F-F_Research_Data_Factors_daily_CSV.zip" {
		t.Fatalf("French URL %s", e.URL)
	}
}

// TestLoadSeriesEveryEntry checks that every catalogue entry has a main
// series: the only column or Entry.Column, with the entry's unit.
func TestLoadSeriesEveryEntry(t *testing.T) {
	dir := needData(t)
	for _, e := range Catalogue() {
		s, err := LoadSeries(dir, e.Name)
		if err != nil {
			t.Errorf("%s: %v", e.Name, err)
			continue
		}
		if s.Len() == 0 || s.Len() == s.CountNaN() || s.Unit != e.Unit || len(s.Prov) != 1 || s.Prov[0].Source != e.URL {
			t.Errorf("%s: %d rows, %d missing, unit %q, prov %+v", e.Name, s.Len(), s.CountNaN(), s.Unit, s.Prov)
		}
	}
}

func TestLoadSeries(t *testing.T) {
	dir := needData(t)
	for _, tc := range []struct {
		name, series string
		unit         series.Unit
		rows         int
	}{
		{"fred_daily/DGS10", "DGS10", series.UnitPercent, 12001},
		{"yahoo_daily/GSPC_daily", "GSPC_daily", series.UnitIndex, 24369},
		{"cboe_vix/vix-daily", "vix-daily", series.UnitIndex, 9235},
		{"ken_french/F-F_Research_Data_Factors_daily", "F-F_Research_Data_Factors_daily", series.UnitPercent, 25754},
		{"intraday/stooq_5min/tlt.us", "tlt.us", series.UnitPrice, 7893},
	} {
		s, err := LoadSeries(dir, tc.name)
		if err != nil {
			t.Fatal(err)
		}
		if s.Name != tc.series || s.Unit != tc.unit || s.Len() != tc.rows || s.Prov[0].Source == "" || len(s.Prov[0].SHA256) != 64 {
			t.Errorf("%s: name %s unit %q rows %d prov %+v", tc.name, s.Name, s.Unit, s.Len(), s.Prov[0])
		}
	}
}
