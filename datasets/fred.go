package datasets

import "io"

// fredOptions reads FRED CSV downloads: a header "DATE,<ID>",
// "observation_date,<ID>" or "date,value", ISO dates, and '.' (legacy
// FRED) or an empty cell for a missing value.
var fredOptions = CSVOptions{DateLayout: LayoutISO, Missing: []string{"."}, Unit: UnitOther}

// ParseFRED parses a FRED CSV (one date column and one value column) read
// from r; file names the input in errors. The series is named after the
// value column header ("value" for date,value files: Load renames it to the
// FRED id). Values are as published (percent for yields); '.' and empty
// cells are NaN. Rows are kept even when missing, so holidays stay visible.
func ParseFRED(r io.Reader, file string) (Series, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Series{}, err
	}
	return parseFRED(data, file)
}

// ReadFRED reads a FRED CSV file (see ParseFRED), with its sha256.
func ReadFRED(path string) (Series, error) {
	f, err := readWith(path, func(data []byte) (Frame, error) {
		s, err := parseFRED(data, path)
		return Frame{Dates: s.Dates, Cols: []Series{s}}, err
	})
	if err != nil {
		return Series{}, err
	}
	return f.Cols[0], nil
}

func parseFRED(data []byte, file string) (Series, error) {
	f, err := parseCSV(data, file, fredOptions)
	if err != nil {
		return Series{}, err
	}
	return singleCol(f, file)
}
