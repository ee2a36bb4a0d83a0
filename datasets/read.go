package datasets

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
)

// readWith reads the file at path, parses it and stamps the sha256 of its
// bytes into the provenance of every column.
func readWith(path string, parse func(data []byte) (Frame, error)) (Frame, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Frame{}, fmt.Errorf("datasets: %w", err)
	}
	f, err := parse(data)
	if err != nil {
		return Frame{}, err
	}
	stampSHA(f, data)
	return f, nil
}

// stampSHA sets Provenance.SHA256 on every column of f.
func stampSHA(f Frame, data []byte) {
	sum := sha256.Sum256(data)
	h := hex.EncodeToString(sum[:])
	for i := range f.Cols {
		p := append([]Provenance(nil), f.Cols[i].Prov...)
		for j := range p {
			p[j].SHA256 = h
		}
		f.Cols[i].Prov = p
	}
}

// singleCol returns the only column of a frame read from file.
func singleCol(f Frame, file string) (Series, error) {
	if len(f.Cols) != 1 {
		return Series{}, parseErr(file, 1, "want one value column, header has %v", f.Names())
	}
	return f.Cols[0], nil
}
