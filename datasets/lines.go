package datasets

import (
	"bytes"
	"strings"
)

// lineReader iterates over the lines of a file held in memory, stripping
// CR/LF endings and counting 1-based line numbers for error messages.
type lineReader struct {
	data []byte
	pos  int
	line int
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
	r.line++
	ln = bytes.TrimSuffix(ln, []byte{'\r'})
	return string(ln), true
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
