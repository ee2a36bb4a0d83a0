package datasets

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/stockbond/sbcorr/internal/must"
	"github.com/stockbond/sbcorr/series"
)

// Cached returns the value memoised on disk under (key, version), calling
// compute and storing its result (gob-encoded, in CacheRoot()/memo) when
// there is none. GoNB re-runs the whole program at every cell, so notebooks
// wrap expensive results in Cached:
//
//	res, err := datasets.Cached("nb05/premia", "v1+"+datasets.Fingerprint(sb.Stock, sb.Yield), compute)
//
// Bump version whenever the computation changes, and include Fingerprint
// of the input series so that new data invalidates the entry. An entry
// that cannot be decoded (e.g. the type changed) is recomputed. Errors from
// compute are returned wrapped (datasets: Cached "key": ..., errors.Is
// still finds them) and not cached; a nil compute panics. Failing to write the cache (a
// read-only disk) is not an error: the computed value is returned. Set
// SBCORR_CACHE=off to disable the cache. T must be gob-encodable (exported
// fields; NaN and time.Time are fine).
func Cached[T any](key, version string, compute func() (T, error)) (T, error) {
	must.NotNil("datasets: Cached", "compute", compute)
	path, ok := memoPath(key, version)
	if ok {
		if data, err := os.ReadFile(path); err == nil {
			var v T
			if gob.NewDecoder(bytes.NewReader(data)).Decode(&v) == nil {
				return v, nil
			}
		}
	}
	v, err := compute()
	if err != nil {
		return v, fmt.Errorf("datasets: Cached %q: %w", key, err)
	}
	if !ok {
		return v, nil
	}
	var buf bytes.Buffer
	if gob.NewEncoder(&buf).Encode(&v) == nil {
		_ = writeAtomic(path, buf.Bytes()) // a cache miss next time is harmless
	}
	return v, nil
}

// memoPath returns the cache file for key and version; ok is false when
// the cache is disabled or has no location.
func memoPath(key, version string) (string, bool) {
	if os.Getenv(EnvCache) == "off" {
		return "", false
	}
	root, err := CacheRoot()
	if err != nil {
		return "", false
	}
	sum := sha256.Sum256([]byte(key + "\x00" + version))
	safe := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, key)
	if len(safe) > 40 {
		safe = safe[:40]
	}
	return filepath.Join(root, "memo", safe+"-"+hex.EncodeToString(sum[:8])+".gob"), true
}

// Fingerprint returns a short digest of the provenance (file sha256s) and
// date range of the given series, for cache keys.
func Fingerprint(ss ...series.Series) string {
	h := sha256.New()
	for _, s := range ss {
		h.Write([]byte(s.Name))
		for _, p := range s.Prov {
			h.Write([]byte(p.SHA256 + p.File))
		}
		b, _ := s.First().MarshalBinary()
		h.Write(b)
		b, _ = s.Last().MarshalBinary()
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
