package datasets

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"

	"github.com/stockbond/sbcorr/series"
)

// readSum returns the bytes of the file at path and their hex sha256.
func readSum(path string) ([]byte, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("datasets: read: %w", err)
	}
	sum := sha256.Sum256(data)
	h := hex.EncodeToString(sum[:])
	logRead(path, h)
	return data, h, nil
}

// parseAll reads r to the end and parses it (file names it in errors).
func parseAll[T any](r io.Reader, file string, parse func(data []byte, file string) (T, error)) (T, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("datasets: %s: %w", file, err)
	}
	return parse(data, file)
}

// readWith reads the file at path, parses it and stamps the sha256 of its
// bytes into the provenance of every column.
func readWith(path string, parse func(data []byte) (series.Frame, error)) (series.Frame, error) {
	return readStamped(path, func(data []byte, _ string) (series.Frame, error) { return parse(data) },
		func(f *series.Frame, h string) { stampSHA(*f, h) })
}

// readStamped reads the file at path, parses it and lets stamp record the
// file's sha256 in the result.
func readStamped[T any](path string, parse func(data []byte, file string) (T, error), stamp func(v *T, sha string)) (T, error) {
	var zero T
	data, h, err := readSum(path)
	if err != nil {
		return zero, err
	}
	v, err := parse(data, path)
	if err != nil {
		return zero, err
	}
	stamp(&v, h)
	return v, nil
}

// stampSHA sets Provenance.SHA256 = h on every column of f.
func stampSHA(f series.Frame, h string) {
	for i := range f.Cols {
		p := append([]series.Provenance(nil), f.Cols[i].Prov...)
		for j := range p {
			p[j].SHA256 = h
		}
		f.Cols[i].Prov = p
	}
}

// singleCol returns the only column of a frame read from file.
func singleCol(f series.Frame, file string) (series.Series, error) {
	if len(f.Cols) != 1 {
		return series.Series{}, parseErr(file, 1, "want one value column, header has %v", f.Names())
	}
	return f.Cols[0], nil
}
