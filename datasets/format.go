package datasets

import (
	"io"

	"github.com/stockbond/sbcorr/series"
)

// format is a CSV layout: generic options, what a file of the layout
// holds (said by the errors about a file as a whole: empty, header only)
// and an optional fix-up run on the parsed frame (renaming, unit labels,
// fill values to NaN).
type format struct {
	opt  CSVOptions
	want string
	post func(f series.Frame, file string) (series.Frame, error)
}

// parse parses data (named file in errors).
func (ft format) parse(data []byte, file string) (series.Frame, error) {
	f, err := parseCSV(data, file, ft.opt, ft.want)
	if err != nil || ft.post == nil {
		return f, err
	}
	return ft.post(f, file)
}

// reader parses everything read from r.
func (ft format) reader(r io.Reader, file string) (series.Frame, error) {
	return parseAll(r, file, ft.parse)
}

// read parses the file at path and records its sha256.
func (ft format) read(path string) (series.Frame, error) {
	return readWith(path, func(data []byte) (series.Frame, error) { return ft.parse(data, path) })
}
