package datasets

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// maxDownload caps a download (the largest catalogue file is about 4 MB).
const maxDownload = 256 << 20

// Download fetches URL into Dest so that Dest is either absent or a
// complete, checked file: the body is read fully, unzipped (Zip), checked
// against SHA256 and parsed (Check) in memory, and only then written to a
// temporary file in Dest's folder and renamed over Dest (mode 0644). An
// HTTP error, an interrupted transfer, a checksum mismatch, a Check error
// or a failed write (disk full, read-only folder) leaves no file and an
// existing Dest untouched; every error starts with "datasets:" and names
// the URL, except Check's own. Temporary files left by a killed process
// are removed by a later write to the same folder.
//
// A server that closes the connection instead of sending a length (HTTP
// "Connection: close" without Content-Length) can cut the body at a line
// boundary without any transfer error: only Check can tell, which is why
// Fetch compares the download with the copy it would replace.
type Download struct {
	URL  string
	Dest string
	// SHA256 is the expected hex sha256 of the final file (after unzip);
	// empty skips the check (publishers revise their files).
	SHA256 string
	// Zip names the archive member to extract (case-insensitive base name);
	// empty stores the body as is.
	Zip string
	// Check parses the final bytes (file names the destination in errors);
	// nil skips it.
	Check func(data []byte, file string) error
	// Client defaults to http.DefaultClient.
	Client *http.Client
}

// Run performs the download (see Download).
func (d Download) Run(ctx context.Context) error {
	data, err := d.fetch(ctx)
	if err != nil {
		return fmt.Errorf("datasets: download %s: %w", d.URL, err)
	}
	if d.Zip != "" {
		if data, err = unzipMember(data, d.Zip); err != nil {
			return fmt.Errorf("datasets: download %s: %w", d.URL, err)
		}
	}
	if d.SHA256 != "" {
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); !strings.EqualFold(got, d.SHA256) {
			return fmt.Errorf("datasets: download %s: sha256 %s, want %s", d.URL, got, d.SHA256)
		}
	}
	if d.Check != nil {
		if err := d.Check(data, d.Dest); err != nil {
			return err
		}
	}
	if err := writeAtomic(d.Dest, data); err != nil {
		return fmt.Errorf("datasets: download %s: cannot store it: %w", d.URL, err)
	}
	return nil
}

// fetch returns the whole body of a successful GET.
func (d Download) fetch(ctx context.Context) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.URL, nil)
	if err != nil {
		return nil, err
	}
	c := d.Client
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxDownload+1))
	if err != nil {
		return nil, fmt.Errorf("transfer interrupted: %w", err)
	}
	if len(data) > maxDownload {
		return nil, fmt.Errorf("larger than %d bytes", maxDownload)
	}
	return data, nil
}

// unzipMember returns the member of a ZIP archive whose base name matches
// name (case-insensitively).
func unzipMember(data []byte, name string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a ZIP archive: %w", err)
	}
	for _, f := range zr.File {
		if strings.EqualFold(filepath.Base(f.Name), name) {
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			defer rc.Close()
			data, err := io.ReadAll(io.LimitReader(rc, maxDownload+1))
			if err != nil {
				return nil, fmt.Errorf("ZIP member %s: %w", f.Name, err)
			}
			if len(data) > maxDownload {
				return nil, fmt.Errorf("ZIP member %s larger than %d bytes", f.Name, maxDownload)
			}
			return data, nil
		}
	}
	return nil, fmt.Errorf("no member %q in ZIP", name)
}

// Fetch downloads the catalogue entry name from its publisher URL into the
// download cache (CacheRoot()/data/<Entry.Path>), where Locate finds it
// after SBCORR_DATA (an error when SBCORR_CACHE=off), and returns the path
// written ("" with an error). wantSHA256 ("" to skip) pins an exact
// version. Only entries with Fetchable set can be fetched (the others were
// converted by a third party).
//
// Before it replaces anything the download is parsed with the entry's
// format, must hold the entry's main column (Entry.Column, or the FRED
// series id), and must cover at least the history of every copy of the
// entry already in the data folders (DataDirs("")): a first date not
// later, a last date not earlier and no fewer rows. A shorter download (a
// transfer cut at a line boundary, or a publisher that shortened the file)
// is an error that says so and keeps the copy; remove the cached file to
// accept it.
func Fetch(ctx context.Context, name, wantSHA256 string) (string, error) {
	e, err := Lookup(name)
	if err != nil {
		return "", err
	}
	return fetchEntry(ctx, e, e.URL, wantSHA256, nil)
}

// fetchEntry downloads entry e from url (e.URL, or a test server) with
// client (nil: http.DefaultClient) into the download cache.
func fetchEntry(ctx context.Context, e Entry, url, wantSHA256 string, client *http.Client) (string, error) {
	if !e.Fetchable {
		return "", fmt.Errorf("datasets: Fetch: %s cannot be fetched as stored (%s); get it from %s", e.Name, e.Note, e.URL)
	}
	root, err := CacheRoot()
	if err != nil {
		return "", err
	}
	if root == "off" {
		return "", fmt.Errorf("datasets: Fetch: cannot fetch %s: %s=off disables the download cache", e.Name, EnvCache)
	}
	dest := filepath.Join(root, "data", filepath.FromSlash(e.Path))
	d := Download{URL: url, Dest: dest, SHA256: wantSHA256, Zip: e.Zip, Client: client,
		Check: func(data []byte, file string) error { return checkFetched(data, file, url, e) }}
	if err := d.Run(ctx); err != nil {
		return "", err
	}
	return dest, nil
}

// checkFetched parses a download of entry e (named file) and checks it
// against what the catalogue and the existing copies say (see Fetch).
func checkFetched(data []byte, file, url string, e Entry) error {
	f, err := decodeEntry(data, file, e)
	if err != nil {
		return err
	}
	want := e.Column
	if want == "" && e.Format == FormatFRED && f.Cols[0].Name != "value" {
		want = stem(e.Name)
	}
	if _, err := f.Col(want); want != "" && err != nil {
		return fmt.Errorf("datasets: download %s: no column %q (have %v): not the file of %s", url, want, f.Names(), e.Name)
	}
	dirs, err := DataDirs("")
	if err != nil {
		return err
	}
	for _, dir := range dirs {
		old, err := readEntry(filepath.Join(dir, filepath.FromSlash(e.Path)), e)
		if err != nil {
			continue // no copy, or a damaged one that the download may replace
		}
		if f.Len() < old.Len() || f.Dates[0].After(old.Dates[0]) || f.Dates[f.Len()-1].Before(old.Dates[old.Len()-1]) {
			return fmt.Errorf("datasets: download %s: %s, shorter than the copy %s (%s): "+
				"a transfer cut short? The copy is kept; remove it to accept a shorter history",
				url, historyOf(f), old.Cols[0].Prov[0].File, historyOf(old))
		}
	}
	return nil
}

// historyOf describes the rows and date range of f.
func historyOf(f series.Frame) string {
	return fmt.Sprintf("%d rows %s..%s", f.Len(), f.Dates[0].Format(time.DateOnly), f.Dates[f.Len()-1].Format(time.DateOnly))
}
