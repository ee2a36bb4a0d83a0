package datasets

import (
	"fmt"
	"io"
	"strings"

	"github.com/stockbond/sbcorr/series"
)

// FrenchSection is one table of a Ken French Data Library file.
type FrenchSection struct {
	// Title is the text line just above the table's header (trimmed), e.g.
	// "Average Equal Weighted Returns -- Daily"; "" when the table has no
	// title (the first, value-weighted block of the daily industry file and
	// the factor files).
	Title string
	series.Frame
}

// FrenchFile is a parsed Ken French CSV: its tables in file order.
type FrenchFile struct {
	File     string
	Sections []FrenchSection
}

// Section returns the first table whose title is title ("" for the first
// untitled table).
func (ff FrenchFile) Section(title string) (series.Frame, error) {
	for _, s := range ff.Sections {
		if s.Title == title {
			return s.Frame, nil
		}
	}
	titles := make([]string, len(ff.Sections))
	for i, s := range ff.Sections {
		titles[i] = s.Title
	}
	return series.Frame{}, fmt.Errorf("datasets: %s: no section %q (have %q)", ff.File, title, titles)
}

// Rows returns the number of data rows over all sections.
func (ff FrenchFile) Rows() int {
	n := 0
	for _, s := range ff.Sections {
		n += s.Len()
	}
	return n
}

// frenchMissing are the Data Library's missing-value codes.
var frenchMissing = []string{"-99.99", "-999"}

// ParseFrench parses a Ken French Data Library CSV (industry portfolios,
// Fama-French factors, momentum): free text, then tables separated by
// blank (or all-comma) lines, each with an optional title line, a header
// line starting with a comma, and rows whose first field is the date:
// YYYYMMDD (daily), YYYYMM (monthly, dated the 1st) or YYYY (annual, dated
// 1 January). CRLF or LF. Returns are in PERCENT (Unit UnitPercent); tables
// whose title does not mention returns (number of firms, firm size,
// BE/ME) get UnitOther. -99.99 and -999 are NaN.
func ParseFrench(r io.Reader, file string) (FrenchFile, error) { return parseAll(r, file, parseFrench) }

// ReadFrench reads a Ken French file at path (see ParseFrench); every
// column's provenance carries the file's sha256, and the rows and date
// range of its own table (FrenchFile.Rows counts the whole file).
func ReadFrench(path string) (FrenchFile, error) {
	return readStamped(path, parseFrench, func(ff *FrenchFile, h string) {
		for _, s := range ff.Sections {
			stampSHA(s.Frame, h)
		}
	})
}

// frenchTable accumulates one table.
type frenchTable struct {
	title  string
	header []string
	line   int // of the header
	layout string
	b      *frameBuilder
}

// frenchWant says what a Ken French file holds, for the errors about the
// file as a whole.
const frenchWant = "a Ken French Data Library CSV: tables made of a header line starting with a comma, " +
	"rows starting with a date YYYYMMDD, YYYYMM or YYYY, and a blank line ending each table"

// parseFrench reads the tables of a Ken French file. Inside a table every
// line is a row or the blank line that ends it: a text line, a second
// header or a row whose date is not a Data Library date is an error, not
// the silent end of the table; a row outside any table is an error too.
func parseFrench(data []byte, file string) (FrenchFile, error) {
	ff := FrenchFile{File: file}
	lr, err := newLineReader(data, file)
	if err != nil {
		return FrenchFile{}, err
	}
	var cur *frenchTable
	title := ""
	var fields []string
	finish := func() error {
		if cur == nil {
			return nil
		}
		if len(cur.b.dates) == 0 {
			return parseErr(file, cur.line, "table header without rows: want date rows below it")
		}
		f, err := cur.b.frame(file, false)
		if err != nil {
			return err
		}
		ff.Sections = append(ff.Sections, FrenchSection{Title: cur.title, Frame: f})
		cur = nil
		return nil
	}
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		fields, ok = splitFields(line, ',', fields)
		if !ok {
			return FrenchFile{}, parseErr(file, lr.line, "unterminated quote")
		}
		first := strings.TrimSpace(fields[0])
		switch {
		case isBlankRecord(fields):
			if err := finish(); err != nil {
				return FrenchFile{}, err
			}
			title = ""
		case cur != nil:
			if err := cur.row(lr, fields, first); err != nil {
				return FrenchFile{}, err
			}
		case first == "": // header line
			cur = newFrenchTable(title, fields, lr.line)
		case isDigits(first):
			return FrenchFile{}, parseErr(file, lr.line, "row outside a table: want a header line starting with a comma above it")
		default: // text: copyright, notes or the next table's title
			title = strings.TrimSpace(line)
			if len(fields) > 1 && isBlankRecord(fields[1:]) {
				title = first
			}
		}
	}
	if err := finish(); err != nil {
		return FrenchFile{}, err
	}
	if len(ff.Sections) == 0 {
		return FrenchFile{}, parseErr(file, 0, "no table found: want %s", frenchWant)
	}
	return ff, nil
}

// newFrenchTable starts a table from its header line (at line).
func newFrenchTable(title string, header []string, line int) *frenchTable {
	names := make([]string, 0, len(header)-1)
	for _, h := range header[1:] {
		names = append(names, strings.TrimSpace(h))
	}
	unit := series.UnitPercent
	if title != "" && !strings.Contains(strings.ToLower(title), "return") {
		unit = series.UnitOther
	}
	return &frenchTable{title: title, header: header, line: line, b: newFrameBuilder(names, unit, "", 0)}
}

// row reads a non-blank line inside the table: a data row, or an error.
func (t *frenchTable) row(lr *lineReader, fields []string, first string) error {
	switch {
	case first == "":
		return parseErr(lr.file, lr.line, "header line inside a table: want a blank line between tables")
	case !isDigits(first):
		return parseErr(lr.file, lr.line, "%q is not a row of the table: want a date (YYYYMMDD, YYYYMM or YYYY) "+
			"first, or a blank line ending the table", first)
	}
	if err := lr.rowEnded(); err != nil {
		return err
	}
	return t.add(fields, first, lr.file, lr.line)
}

// add parses one data row.
func (t *frenchTable) add(fields []string, date, file string, line int) error {
	if err := checkWidth(fields, len(t.header)); err != nil {
		return parseErr(file, line, "%v", err)
	}
	layout, freq := frenchLayout(date)
	if layout == "" {
		return parseErr(file, line, "bad date %q (want YYYYMMDD, YYYYMM or YYYY)", date)
	}
	if t.layout == "" {
		t.layout, t.b.freq = layout, freq
	} else if layout != t.layout {
		return parseErr(file, line, "date %q: frequency changes inside a table", date)
	}
	d, err := parseDate(date, layout)
	if err != nil {
		return parseErr(file, line, "%v", err)
	}
	row := t.b.row(d, line)
	for k := range row {
		v, err := parseValue(fields[k+1], frenchMissing)
		if err != nil {
			return parseErr(file, line, "column %q: %v", t.b.names[k], err)
		}
		row[k] = v
	}
	return nil
}

// frenchLayout maps the length of a French date to its layout.
func frenchLayout(date string) (string, series.Freq) {
	switch len(date) {
	case 8:
		return LayoutYMD, series.Daily
	case 6:
		return LayoutYM, series.Monthly
	case 4:
		return LayoutYear, series.Annual
	}
	return "", ""
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	_, ok := atoiN(s)
	return ok
}
