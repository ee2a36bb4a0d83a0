package datasets

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// lineReader iterates over the lines of a file held in memory, stripping
// CR/LF endings and counting 1-based line numbers for error messages. It
// is the one place where every parser meets the bytes of a file: it skips
// a UTF-8 byte order mark, rejects carriage returns that are not followed
// by a line feed, and knows whether the last line ended (see rowEnded).
type lineReader struct {
	data []byte
	file string
	pos  int
	line int
	open bool // the line just returned ends the data without a line feed
}

// newLineReader starts reading data, named file in errors. A UTF-8 byte
// order mark is skipped; a CR not followed by LF (classic Mac line ends,
// or a file cut between CR and LF) is an error naming its line.
func newLineReader(data []byte, file string) (*lineReader, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	for off := 0; ; {
		i := bytes.IndexByte(data[off:], '\r')
		if i < 0 {
			break
		}
		off += i + 1
		if off == len(data) || data[off] != '\n' {
			line := bytes.Count(data[:off], []byte{'\n'}) + 1
			return nil, parseErr(file, line, "carriage return without a line feed: want LF or CRLF line endings")
		}
	}
	return &lineReader{data: data, file: file}, nil
}

// next returns the next line and true, or "" and false at the end.
func (r *lineReader) next() (string, bool) {
	if r.pos >= len(r.data) {
		return "", false
	}
	rest := r.data[r.pos:]
	i := bytes.IndexByte(rest, '\n')
	var ln []byte
	if i < 0 {
		ln = rest
		r.pos = len(r.data)
	} else {
		ln = rest[:i]
		r.pos += i + 1
	}
	r.open = i < 0
	r.line++
	ln = bytes.TrimSuffix(ln, []byte{'\r'})
	return string(ln), true
}

// completeUnterminated holds the sha256 of stored copies of the data
// folder (PROVENANCE.md) whose last data row has no line ending and is
// known to be complete: the uploaders' files end that way.
var completeUnterminated = map[string]string{
	"cdc1e82fe865e65069c6ffedb665f4b06c512c5cbd4ee5f1211b3ea1415ee0e8": "ken_french/F-F_Momentum_Factor_daily.CSV",
	"f01978f41e606462d699ed4da0995855044ef97be84c700e811cd4d01e646aed": "damodaran/histretSP.csv",
}

// rowEnded returns nil when the data row just read ended with a line
// feed, and otherwise a *ParseError for its line: a file cut inside its
// last row ("2002-12-31,3.83" cut to "2002-12-31,3") would be read as a
// different number, and nothing in the row tells a cut from a complete
// row. The stored copies of completeUnterminated are accepted.
func (r *lineReader) rowEnded() error {
	if !r.open {
		return nil
	}
	sum := sha256.Sum256(r.data)
	if _, ok := completeUnterminated[hex.EncodeToString(sum[:])]; ok {
		return nil
	}
	return parseErr(r.file, r.line, "last row has no line ending, so the file may be cut inside it: "+
		"want every row to end with a newline (add one if the row is complete)")
}

// record returns the fields of the next non-blank line (see splitFields):
// more is false at the end of the data, quoted false for an unterminated
// quote. dst is reused.
func (r *lineReader) record(comma byte, dst []string) (fields []string, more, quoted bool) {
	for {
		line, ok := r.next()
		if !ok {
			return dst, false, true
		}
		if strings.TrimSpace(line) != "" {
			fields, quoted = splitFields(line, comma, dst)
			return fields, true, quoted
		}
	}
}

// splitFields splits one CSV line on comma, honouring double-quoted fields
// ("" inside quotes is a literal quote). ok is false for an unterminated
// quote. Fields are not trimmed.
func splitFields(line string, comma byte, dst []string) ([]string, bool) {
	dst = dst[:0]
	if strings.IndexByte(line, '"') < 0 {
		for {
			i := strings.IndexByte(line, comma)
			if i < 0 {
				return append(dst, line), true
			}
			dst = append(dst, line[:i])
			line = line[i+1:]
		}
	}
	var b strings.Builder
	inQuote := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case inQuote && c == '"' && i+1 < len(line) && line[i+1] == '"':
			b.WriteByte('"')
			i++
		case c == '"':
			inQuote = !inQuote
		case c == comma && !inQuote:
			dst = append(dst, b.String())
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(dst, b.String()), !inQuote
}

// isBlankRecord reports whether every field is empty or spaces, as in the
// ",,,,," separator lines of Ken French files.
func isBlankRecord(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}
