package datasets

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// provRow is one file row of PROVENANCE.md.
type provRow struct {
	path, first, last, sha string
	rows                   int
}

var (
	provSection = regexp.MustCompile("^## ([a-z0-9_/]+)/ ")
	provFile    = regexp.MustCompile("^\\| `([^`]+)` \\| `[^`]+` \\| (.+?) \\| ([0-9,]+)[^|]*\\| [0-9,]+ \\| `([0-9a-f]{64})` \\|$")
	provRange   = regexp.MustCompile(`^(\d{4}-\d{2}(?:-\d{2})?(?: \d{6})?) \.\. (\d{4}-\d{2}(?:-\d{2})?(?: \d{6})?)`)
)

// readProvenance parses the file tables of PROVENANCE.md.
func readProvenance(t *testing.T, dir string) []provRow {
	f, err := os.Open(filepath.Join(dir, "PROVENANCE.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []provRow
	section := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if m := provSection.FindStringSubmatch(line); m != nil {
			section = m[1]
			continue
		}
		m := provFile.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		r := provRange.FindStringSubmatch(m[2])
		if r == nil {
			t.Fatalf("PROVENANCE.md: cannot read range %q", m[2])
		}
		rows, _ := strconv.Atoi(strings.ReplaceAll(m[3], ",", ""))
		out = append(out, provRow{path: section + "/" + m[1], first: r[1], last: r[2], rows: rows, sha: m[4]})
	}
	return out
}

// TestProvenance loads every file listed in PROVENANCE.md through the
// catalogue and checks sha256, row count and first/last dates.
func TestProvenance(t *testing.T) {
	dir := needData(t)
	rows := readProvenance(t, dir)
	if len(rows) != 62 {
		t.Fatalf("PROVENANCE.md lists %d files, want 62", len(rows))
	}
	seen := map[string]bool{}
	for _, r := range rows {
		t.Run(r.path, func(t *testing.T) {
			e := entryByPath(t, r.path)
			seen[e.Path] = true
			p, err := Locate(dir, e.Path)
			if err != nil {
				t.Fatal(err)
			}
			prov, nrows, err := loadProv(p, e)
			if err != nil {
				t.Fatal(err)
			}
			if prov.SHA256 != r.sha {
				t.Errorf("sha256 %s, PROVENANCE.md %s", prov.SHA256, r.sha)
			}
			if nrows != r.rows {
				t.Errorf("rows %d, PROVENANCE.md %d", nrows, r.rows)
			}
			if got := provFormat(prov.First, r.first); got != r.first {
				t.Errorf("first %s, PROVENANCE.md %s", got, r.first)
			}
			if got := provFormat(prov.Last, r.last); got != r.last {
				t.Errorf("last %s, PROVENANCE.md %s", got, r.last)
			}
		})
	}
	for _, e := range Catalogue() {
		if !seen[e.Path] {
			t.Errorf("catalogue entry %s not in PROVENANCE.md", e.Path)
		}
	}
}

// entryByPath finds the catalogue entry of a relative path.
func entryByPath(t *testing.T, rel string) Entry {
	t.Helper()
	for _, e := range Catalogue() {
		if e.Path == rel {
			return e
		}
	}
	t.Fatalf("no catalogue entry for %s", rel)
	return Entry{}
}

// loadProv reads a file as Load does and returns the provenance of its
// first table and the number of data rows of the whole file (all Ken
// French sections).
func loadProv(path string, e Entry) (series.Provenance, int, error) {
	if e.Format == FormatFrench {
		ff, err := ReadFrench(path)
		if err != nil {
			return series.Provenance{}, 0, err
		}
		return ff.Sections[0].Cols[0].Prov[0], ff.Rows(), nil
	}
	f, err := readEntry(path, e)
	if err != nil {
		return series.Provenance{}, 0, err
	}
	p := f.Cols[0].Prov[0]
	return p, p.Rows, nil
}

// provFormat prints t like the PROVENANCE.md example: month precision
// ("1926-07"), day, or Warsaw "YYYY-MM-DD HHMMSS" for intraday bars.
func provFormat(t time.Time, like string) string {
	switch len(like) {
	case len("2006-01"):
		return t.Format("2006-01")
	case len("2006-01-02 150405"):
		return t.In(warsaw).Format("2006-01-02 150405")
	}
	return t.Format(time.DateOnly)
}
