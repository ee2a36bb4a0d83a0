package datasets

import (
	"io"

	"github.com/stockbond/sbcorr/series"
)

// fredFormat reads FRED CSV downloads: a header "DATE,<ID>",
// "observation_date,<ID>" or "date,value", ISO dates, and '.' (legacy
// FRED) or an empty cell for a missing value; exactly one value column.
var fredFormat = format{
	opt:  CSVOptions{DateLayout: LayoutISO, Missing: []string{"."}, Unit: series.UnitOther},
	want: `a FRED CSV: a header "DATE,<series id>" (or "observation_date,<id>", "date,value"), then rows "YYYY-MM-DD,value"`,
	post: func(f series.Frame, file string) (series.Frame, error) {
		_, err := singleCol(f, file)
		return f, err
	},
}

// ParseFRED parses a FRED CSV (one date column and one value column) read
// from r; file names the input in errors. The series is named after the
// value column header ("value" for date,value files: Load renames it to the
// FRED id). Values are as published (percent for yields; Unit is
// UnitOther until the catalogue labels it); '.' and empty cells are NaN.
// Rows are kept even when missing, so holidays stay visible.
func ParseFRED(r io.Reader, file string) (series.Series, error) {
	f, err := fredFormat.reader(r, file)
	return firstCol(f, err)
}

// ReadFRED reads a FRED CSV file (see ParseFRED), with its sha256.
func ReadFRED(path string) (series.Series, error) {
	f, err := fredFormat.read(path)
	return firstCol(f, err)
}

// firstCol returns the first column of f, or err.
func firstCol(f series.Frame, err error) (series.Series, error) {
	if err != nil {
		return series.Series{}, err
	}
	return f.Cols[0], nil
}
