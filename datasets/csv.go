package datasets

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// CSVOptions configures ReadCSV/ParseCSV, the generic reader for one-header
// CSV exports (FRED, Bloomberg/Datastream-style user files, and the
// building block of the format-specific parsers).
type CSVOptions struct {
	// DateCol is the index of the date column (default 0).
	DateCol int
	// DateLayout is a Go time layout or one of the Layout constants
	// (default LayoutISO).
	DateLayout string
	// Cols selects value columns by header name (trimmed); nil keeps every
	// column except the date column.
	Cols []string
	// Missing lists cell texts (after trimming spaces) that mean "missing";
	// an empty cell is always missing.
	Missing []string
	// Comma is the field separator (default ',').
	Comma byte
	// Skip is the number of lines before the header line.
	Skip int
	// Sort accepts rows in any order (e.g. newest first) and sorts them
	// ascending; without it dates must be strictly increasing. Duplicate
	// dates are always an error.
	Sort bool
	// Clean, when set, rewrites each value cell before parsing (e.g. to
	// strip '%' or thousands separators).
	Clean func(string) string
	// Unit and Freq label every value column.
	Unit series.Unit
	Freq series.Freq
}

// ParseCSV reads a one-header CSV from r. file names the input in errors
// and in Provenance.File. Values are returned as in the file (no unit
// conversion); missing cells are NaN. Errors name file and line.
func ParseCSV(r io.Reader, file string, opt CSVOptions) (series.Frame, error) {
	return format{opt: opt}.reader(r, file)
}

// ReadCSV reads the CSV file at path (see ParseCSV) and records its sha256
// in the provenance of every column.
func ReadCSV(path string, opt CSVOptions) (series.Frame, error) { return format{opt: opt}.read(path) }

// parseCSV parses data (named file in errors); want says what the file
// should hold, for the errors about the file as a whole ("" describes the
// generic layout of opt).
func parseCSV(data []byte, file string, opt CSVOptions, want string) (series.Frame, error) {
	if opt.DateLayout == "" {
		opt.DateLayout = LayoutISO
	}
	if opt.Comma == 0 {
		opt.Comma = ','
	}
	if want == "" {
		want = fmt.Sprintf("%d line(s) to skip, a header line, then rows with the date in field %d (layout %q)",
			opt.Skip, opt.DateCol+1, opt.DateLayout)
	}
	lr, err := newLineReader(data, file)
	if err != nil {
		return series.Frame{}, err
	}
	for range opt.Skip {
		lr.next()
	}
	head, ok := lr.next()
	switch {
	case !ok && lr.line == 0:
		return series.Frame{}, parseErr(file, 0, "empty file: want %s", want)
	case !ok:
		return series.Frame{}, parseErr(file, 0, "file ends before its header line: want %s", want)
	case strings.TrimSpace(head) == "":
		return series.Frame{}, parseErr(file, lr.line, "blank line where the header should be: want %s", want)
	}
	header, ok := splitFields(head, opt.Comma, nil)
	if !ok {
		return series.Frame{}, parseErr(file, lr.line, "unterminated quote in header")
	}
	if opt.DateCol < 0 || opt.DateCol >= len(header) {
		return series.Frame{}, parseErr(file, lr.line, "date column %d out of range (header has %d fields)", opt.DateCol, len(header))
	}
	idx, names, err := selectCols(header, opt)
	if err != nil {
		return series.Frame{}, parseErr(file, lr.line, "%v", err)
	}
	b := newFrameBuilder(names, opt.Unit, opt.Freq, bytes.Count(data, []byte{'\n'}))
	var fields []string
	for {
		var more, quoted bool
		fields, more, quoted = lr.record(opt.Comma, fields)
		if !more {
			break
		}
		if !quoted {
			return series.Frame{}, parseErr(file, lr.line, "unterminated quote")
		}
		if err := lr.rowEnded(); err != nil {
			return series.Frame{}, err
		}
		if err := checkWidth(fields, len(header)); err != nil {
			return series.Frame{}, parseErr(file, lr.line, "%v", err)
		}
		d, err := parseDate(strings.TrimSpace(fields[opt.DateCol]), opt.DateLayout)
		if err != nil {
			return series.Frame{}, parseErr(file, lr.line, "%v", err)
		}
		row := b.row(d, lr.line)
		for k, i := range idx {
			cell := fields[i]
			if opt.Clean != nil {
				cell = opt.Clean(cell)
			}
			v, err := parseValue(cell, opt.Missing)
			if err != nil {
				return series.Frame{}, parseErr(file, lr.line, "column %q: %v", names[k], err)
			}
			row[k] = v
		}
	}
	if len(b.dates) == 0 {
		return series.Frame{}, parseErr(file, 0, "no data rows after the header: want %s", want)
	}
	return b.frame(file, opt.Sort)
}

// selectCols returns the field indices and names of the value columns.
func selectCols(header []string, opt CSVOptions) ([]int, []string, error) {
	var idx []int
	var names []string
	if opt.Cols == nil {
		for i, h := range header {
			if i != opt.DateCol && strings.TrimSpace(h) != "" {
				idx = append(idx, i)
				names = append(names, strings.TrimSpace(h))
			}
		}
		if len(idx) == 0 {
			return nil, nil, fmt.Errorf("no value columns in header %q", header)
		}
		return idx, names, nil
	}
	for _, want := range opt.Cols {
		i := slices.IndexFunc(header, func(h string) bool { return strings.TrimSpace(h) == want })
		if i < 0 {
			return nil, nil, fmt.Errorf("no column %q in header %q", want, header)
		}
		idx = append(idx, i)
		names = append(names, want)
	}
	return idx, names, nil
}

// checkWidth accepts rows as wide as the header, plus trailing empty cells.
func checkWidth(fields []string, width int) error {
	if len(fields) < width {
		return fmt.Errorf("%d fields, header has %d", len(fields), width)
	}
	for _, f := range fields[width:] {
		if strings.TrimSpace(f) != "" {
			return fmt.Errorf("%d fields, header has %d", len(fields), width)
		}
	}
	return nil
}

// parseValue parses a numeric cell, the one number reader of every
// parser; empty cells and the missing codes give NaN. Only plain decimals
// are numbers (see isDecimal): strconv.ParseFloat alone would also read
// "1_000" as 1000, "0x1p4" as 16 and "Inf"; non-finite values ("NaN",
// "Inf", "1e999") are rejected so that NaN always means "missing as
// declared".
func parseValue(cell string, missing []string) (float64, error) {
	s := strings.TrimSpace(cell)
	if s == "" || slices.Contains(missing, s) {
		return math.NaN(), nil
	}
	if !isDecimal(s) {
		return 0, fmt.Errorf("bad value %q: want a decimal number", s)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, fmt.Errorf("bad value %q: out of range", s)
	}
	return v, nil
}

// isDecimal reports whether s is [+-]digits[.digits][(e|E)[+-]digits],
// with at least one mantissa digit on either side of the point ("5.",
// ".5" and "5" are decimals; "_", hexadecimal, "Inf" and "NaN" are not).
func isDecimal(s string) bool {
	i := skipSign(s, 0)
	n := skipDigits(s, i)
	digits := n - i
	if n < len(s) && s[n] == '.' {
		m := skipDigits(s, n+1)
		digits += m - n - 1
		n = m
	}
	if digits == 0 {
		return false
	}
	if n < len(s) && (s[n] == 'e' || s[n] == 'E') {
		e := skipSign(s, n+1)
		n = skipDigits(s, e)
		if n == e {
			return false
		}
	}
	return n == len(s)
}

// skipSign returns i+1 when s[i] is a sign, else i.
func skipSign(s string, i int) int {
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		return i + 1
	}
	return i
}

// skipDigits returns the index of the first non-digit of s at or after i.
func skipDigits(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// frameBuilder accumulates rows and turns them into a Frame with
// provenance.
type frameBuilder struct {
	names []string
	unit  series.Unit
	freq  series.Freq
	dates []time.Time
	lines []int
	vals  []float64 // row-major, len(names) values per row
}

// newFrameBuilder starts a frame; rows is a capacity hint (e.g. the
// number of lines of the file).
func newFrameBuilder(names []string, unit series.Unit, freq series.Freq, rows int) *frameBuilder {
	return &frameBuilder{names: names, unit: unit, freq: freq, dates: make([]time.Time, 0, rows),
		lines: make([]int, 0, rows), vals: make([]float64, 0, rows*len(names))}
}

// row appends a row for date d read at line and returns its value slice
// (valid until the next call).
func (b *frameBuilder) row(d time.Time, line int) []float64 {
	b.dates = append(b.dates, d)
	b.lines = append(b.lines, line)
	n := len(b.vals)
	b.vals = append(b.vals, make([]float64, len(b.names))...)
	return b.vals[n:]
}

// frame checks date order (sorting first when allowed) and builds the
// columns; file is recorded in the provenance.
func (b *frameBuilder) frame(file string, sortRows bool) (series.Frame, error) {
	n := len(b.dates)
	if n == 0 {
		return series.Frame{}, parseErr(file, 0, "no data rows")
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if sortRows {
		slices.SortStableFunc(order, func(i, j int) int { return b.dates[i].Compare(b.dates[j]) })
	}
	dates := make([]time.Time, n)
	for k, i := range order {
		dates[k] = b.dates[i]
		if k > 0 && !dates[k].After(dates[k-1]) {
			what := "date not after previous row"
			if dates[k].Equal(dates[k-1]) {
				what = "duplicate date"
			}
			return series.Frame{}, parseErr(file, b.lines[i], "%s %s", what, dates[k].Format(time.DateOnly))
		}
	}
	prov := []series.Provenance{{File: file, First: dates[0], Last: dates[n-1], Rows: n}}
	cols := make([]series.Series, len(b.names))
	for c, name := range b.names {
		v := make([]float64, n)
		w := len(b.names)
		for k, i := range order {
			v[k] = b.vals[i*w+c]
		}
		cols[c] = series.Series{Name: name, Unit: b.unit, Freq: b.freq, Values: v, Prov: prov}
	}
	return frameOf(dates, cols), nil
}

// trimNumber strips spaces, '%', '$' and thousands separators from a
// formatted cell ("$ 1,133.92 " -> "1133.92", "43.81%" -> "43.81").
func trimNumber(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "%$, ") {
		return s
	}
	var b bytes.Buffer
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '%', '$', ',', ' ':
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
