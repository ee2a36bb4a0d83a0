package datasets

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Environment variables read by the package.
const (
	// EnvData names the data folder (absolute path) laid out like
	// /work/shared/data: <group>/<file>, e.g. fred_daily/DGS10.csv.
	EnvData = "SBCORR_DATA"
	// EnvRequire set to "1" turns a missing data file into a hard error
	// (CI sets it so that checks against the paper cannot be skipped).
	EnvRequire = "SBCORR_REQUIRE_DATA"
	// EnvCache overrides the cache root (default: os.UserCacheDir()/sbcorr).
	// Downloads go to <root>/data and memoised results to <root>/memo.
	EnvCache = "SBCORR_CACHE"
)

// RequireData reports whether SBCORR_REQUIRE_DATA=1.
func RequireData() bool { return os.Getenv(EnvRequire) == "1" }

// CacheRoot returns $SBCORR_CACHE, or os.UserCacheDir()/sbcorr.
func CacheRoot() (string, error) {
	if d := os.Getenv(EnvCache); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("datasets: CacheRoot: no cache directory: %w", err)
	}
	return filepath.Join(d, "sbcorr"), nil
}

// DataDirs returns the directories searched for data files, in order:
// dir when not empty, then $SBCORR_DATA (which must be absolute), then the
// download cache CacheRoot()/data.
func DataDirs(dir string) ([]string, error) {
	var dirs []string
	if dir != "" {
		dirs = append(dirs, dir)
	}
	if env := os.Getenv(EnvData); env != "" {
		if !filepath.IsAbs(env) {
			return nil, fmt.Errorf("datasets: DataDirs: %s=%q must be an absolute path", EnvData, env)
		}
		dirs = append(dirs, env)
	}
	if root, err := CacheRoot(); err == nil && root != "off" {
		dirs = append(dirs, filepath.Join(root, "data"))
	}
	return dirs, nil
}

// Locate returns the path of the data file rel (slash-separated, relative
// to the data folder layout, e.g. "fred_daily/DGS10.csv") in the first of
// DataDirs(dir) that holds it.
//
// rel must name a file inside the data folders: an absolute path, a ".."
// that climbs out ("../../etc/passwd", "g/../../x") or an empty name is an
// error (not ErrNoData), checked before any file is looked at. Symbolic
// links inside a data folder are followed: whoever owns the folder put
// them there (e.g. a group linked to a larger disk); what Locate confines
// is the name it is given, so that a name coming from a user or a notebook
// cannot reach files outside the folders.
//
// When no directory holds it the error wraps ErrNoData, unless
// SBCORR_REQUIRE_DATA=1, in which case it is a plain error (so that
// errors.Is(err, ErrNoData) is false and callers that skip on ErrNoData
// fail instead).
func Locate(dir, rel string) (string, error) {
	if local := filepath.FromSlash(rel); !filepath.IsLocal(local) || filepath.Clean(local) == "." {
		return "", fmt.Errorf("datasets: Locate: data file %q: want a relative path inside the data folder, "+
			"such as \"fred_daily/DGS10.csv\" (no leading /, no .. climbing out)", rel)
	}
	dirs, err := DataDirs(dir)
	if err != nil {
		return "", err
	}
	for _, d := range dirs {
		p := filepath.Join(d, filepath.FromSlash(rel))
		st, err := os.Stat(p)
		if err == nil && st.Mode().IsRegular() {
			return p, nil
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("datasets: Locate: %w", err)
		}
	}
	msg := fmt.Sprintf("%s not found in [%s]", rel, strings.Join(dirs, ", "))
	if RequireData() {
		return "", fmt.Errorf("datasets: Locate: %s (%s=1: real data required)", msg, EnvRequire)
	}
	return "", fmt.Errorf("%w: %s (set %s to the data folder)", ErrNoData, msg, EnvData)
}
