package datasets

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/stockbond/sbcorr/series"
)

// EnvDataLog names the environment variable that, when set to a file
// path, makes every data file read by this package append one JSON line
// {"file": <absolute path>, "sha256": <hex>} to that file. The notebook
// runner sets it per notebook, so the reproduction report lists the exact
// files (and versions) behind each notebook's numbers. Failing to write the
// log is not an error of the read.
const EnvDataLog = "SBCORR_DATALOG"

// DataLogLine is one line of the data log (see EnvDataLog).
type DataLogLine struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
}

var dataLogMu sync.Mutex

// logRead appends the read of file (with its sha256) to the data log, if
// one is set.
func logRead(file, sha string) {
	dest := os.Getenv(EnvDataLog)
	if dest == "" {
		return
	}
	if abs, err := filepath.Abs(file); err == nil {
		file = abs
	}
	line, _ := json.Marshal(DataLogLine{File: file, SHA256: sha})
	dataLogMu.Lock()
	defer dataLogMu.Unlock()
	f, err := os.OpenFile(dest, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	defer f.Close()
	_, _ = f.Write(append(line, '\n'))
}

// Describe returns the provenance of a data file given by its path (any
// path ending in a catalogue entry's relative path, e.g. an absolute path
// under the data folder): the catalogue name, the file's sha256, its first
// and last dates and its number of rows (of the first table for Ken French
// files), read with the entry's parser. It returns an error when no
// catalogue entry matches or the file cannot be read.
func Describe(path string) (Entry, series.Provenance, error) {
	slash := filepath.ToSlash(path)
	for _, e := range catalogue {
		if slash != e.Path && !strings.HasSuffix(slash, "/"+e.Path) {
			continue
		}
		f, err := readEntry(path, e)
		if err != nil {
			return e, series.Provenance{}, err
		}
		if len(f.Cols) == 0 || len(f.Cols[0].Prov) == 0 {
			return e, series.Provenance{}, fmt.Errorf("datasets: Describe: %s has no column", path)
		}
		p := f.Cols[0].Prov[0]
		p.Source = e.URL
		return e, p, nil
	}
	return Entry{}, series.Provenance{}, fmt.Errorf("datasets: Describe: %s is not a catalogue file", path)
}
