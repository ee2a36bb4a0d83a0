package datasets

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Temporary files of writeAtomic: the prefix, and the age after which a
// leftover one (a process killed while writing) is removed by the next
// write in the same folder. A write takes well under a second; the margin
// spares the temporary file of another process writing at the same time.
const (
	tmpPrefix = ".tmp-"
	tmpStale  = 10 * time.Minute
)

// writeAtomic writes data to path (mode 0644: cache files are shared data,
// not secrets) through a temporary file in the same folder, synced and
// renamed, so readers never see a partial file; a failed write leaves path
// as it was. Stale temporary files of the folder are removed first (see
// tmpStale). Errors are *os.PathError values naming the file.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	removeStaleTemps(dir, time.Now().Add(-tmpStale))
	tmp, err := os.CreateTemp(dir, tmpPrefix+"*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// removeStaleTemps removes the temporary files of writeAtomic in dir last
// modified before cutoff. It is best effort: a file it cannot remove is
// left for the next time.
func removeStaleTemps(dir string, cutoff time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasPrefix(e.Name(), tmpPrefix) {
			continue
		}
		if info, err := e.Info(); err == nil && info.ModTime().Before(cutoff) {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
