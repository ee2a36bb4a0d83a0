package datasets

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// fredDays returns a FRED download of DGS10 with n daily rows from 1990.
func fredDays(n int) string {
	var b strings.Builder
	b.WriteString("observation_date,DGS10\n")
	d := series.Date(1990, 1, 1)
	for i := range n {
		fmt.Fprintf(&b, "%s,%d.%02d\n", d.AddDate(0, 0, i).Format(time.DateOnly), 4+i%5, i%100)
	}
	return b.String()
}

// closeDelimited serves body as an HTTP/1.1 200 response delimited by
// closing the connection (no Content-Length, no chunking), as a server
// that dies mid-transfer looks to the client.
func closeDelimited(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		defer conn.Close()
		buf.WriteString("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/csv\r\n\r\n" + body)
		buf.Flush()
	}
}

// fetchFixture is a local publisher for the DGS10 entry: /full serves
// 2,000 rows, /cut the first 999 of them ending at a line boundary, /other
// another series.
func fetchFixture(t *testing.T) (srv *httptest.Server, e Entry, full, cut string) {
	full = fredDays(2000)
	lines := strings.SplitAfter(full, "\n")
	cut = strings.Join(lines[:1000], "")
	mux := http.NewServeMux()
	mux.HandleFunc("/full", closeDelimited(full))
	mux.HandleFunc("/cut", closeDelimited(cut))
	mux.HandleFunc("/other", closeDelimited(strings.Replace(full, "DGS10", "DGS2", 1)))
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	e, err := Lookup("fred_h15_treasury_cmt/DGS10")
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvCache, t.TempDir())
	t.Setenv(EnvData, "")
	return srv, e, full, cut
}

// TestFetchKeepsLongerCopy: a 200 response cut at a line boundary with
// Connection: close parses cleanly, so Fetch compares it with the copy it
// would replace and keeps the complete file.
func TestFetchKeepsLongerCopy(t *testing.T) {
	srv, e, full, _ := fetchFixture(t)
	ctx := context.Background()
	p, err := fetchEntry(ctx, e, srv.URL+"/full", "", srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	p2, err := fetchEntry(ctx, e, srv.URL+"/cut", "", srv.Client())
	if err == nil || p2 != "" || !strings.HasPrefix(err.Error(), "datasets: download "+srv.URL+"/cut") ||
		!strings.Contains(err.Error(), "999 rows") || !strings.Contains(err.Error(), "2000 rows") {
		t.Fatalf("cut download: path %q, error %v", p2, err)
	}
	if got, _ := os.ReadFile(p); string(got) != full {
		t.Fatalf("the complete copy was replaced (%d of %d bytes)", len(got), len(full))
	}
	if _, err := fetchEntry(ctx, e, srv.URL+"/other", "", srv.Client()); err == nil || !strings.Contains(err.Error(), `no column "DGS10"`) {
		t.Fatalf("another series accepted: %v", err)
	}
	// The copy in SBCORR_DATA counts too, when the cache is empty.
	os.Remove(p)
	data := t.TempDir()
	os.MkdirAll(filepath.Join(data, "fred_h15_treasury_cmt"), 0o755)
	os.WriteFile(filepath.Join(data, filepath.FromSlash(e.Path)), []byte(full), 0o644)
	t.Setenv(EnvData, data)
	if _, err := fetchEntry(ctx, e, srv.URL+"/cut", "", srv.Client()); err == nil || !strings.Contains(err.Error(), "shorter") {
		t.Fatalf("cut download beside a complete SBCORR_DATA copy: %v", err)
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Fatalf("cache file written: %v", err)
	}
}

// TestFetchReplacesShorterCopy: a longer download replaces the cached copy
// with a world-readable file, and stale temporary files of killed writers
// are removed (fresh ones, maybe another writer's, are kept).
func TestFetchReplacesShorterCopy(t *testing.T) {
	srv, e, full, _ := fetchFixture(t)
	ctx := context.Background()
	p, err := fetchEntry(ctx, e, srv.URL+"/cut", "", srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	stale, fresh := filepath.Join(filepath.Dir(p), ".tmp-111"), filepath.Join(filepath.Dir(p), ".tmp-222")
	os.WriteFile(stale, []byte("half"), 0o600)
	os.WriteFile(fresh, []byte("half"), 0o600)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(stale, old, old)
	if p, err = fetchEntry(ctx, e, srv.URL+"/full", "", srv.Client()); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(p); string(got) != full {
		t.Fatalf("cache holds %d bytes, want %d", len(got), len(full))
	}
	if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o644 {
		t.Fatalf("cache file mode %v, %v", st.Mode(), err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temporary file kept: %v", err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("fresh temporary file removed: %v", err)
	}
}

// TestDownloadWriteErrors: a folder that cannot be created or a
// destination that cannot be replaced give errors with the package prefix
// and the URL, and leave no temporary file.
func TestDownloadWriteErrors(t *testing.T) {
	srv := httptest.NewServer(closeDelimited(fredBody))
	defer srv.Close()
	dir := t.TempDir()
	notDir := filepath.Join(dir, "file")
	os.WriteFile(notDir, []byte("x"), 0o644)
	isDir := filepath.Join(dir, "dir")
	os.MkdirAll(filepath.Join(isDir, "sub"), 0o755)
	for _, dest := range []string{filepath.Join(notDir, "DGS10.csv"), isDir} {
		err := Download{URL: srv.URL + "/x.csv", Dest: dest, Client: srv.Client()}.Run(context.Background())
		if err == nil || !strings.HasPrefix(err.Error(), "datasets: download "+srv.URL+"/x.csv: cannot store it: ") {
			t.Errorf("dest %s: %v", dest, err)
		}
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "*", ".tmp-*")); len(m) != 0 {
		t.Errorf("temporary files left: %v", m)
	}
}
