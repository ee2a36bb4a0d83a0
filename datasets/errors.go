package datasets

import (
	"errors"
	"fmt"
)

// ErrNoData reports that a data file was not found in any of the searched
// locations (see Locate). Notebooks test it with errors.Is to skip an
// empirical section:
//
//	s, err := datasets.SP500Daily("")
//	if errors.Is(err, datasets.ErrNoData) { /* say so and skip */ }
//
// When SBCORR_REQUIRE_DATA=1 a missing file is reported by an error that
// does NOT match ErrNoData, so that CI fails instead of skipping.
var ErrNoData = errors.New("datasets: data not found")

// ParseError is the error returned by every parser for malformed input. It
// names the file (as given to the parser) and the 1-based line, e.g.
//
//	datasets: DGS10.csv line 1834: column "DGS10": bad value "N/A": want a decimal number
//
// Line is 0 when the problem concerns the file as a whole (empty file, a
// header without rows); the message then says what the file should hold.
// A last data row without a line ending is an error at its line: the file
// may have been cut inside it (see the package documentation).
type ParseError struct {
	File string
	Line int
	Msg  string
}

// Error returns "datasets: <file> line <n>: <msg>", or
// "datasets: <file>: <msg>" when Line is 0.
func (e *ParseError) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("datasets: %s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("datasets: %s line %d: %s", e.File, e.Line, e.Msg)
}

// parseErr builds a *ParseError with a formatted message.
func parseErr(file string, line int, format string, args ...any) error {
	return &ParseError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// isNoData reports whether err wraps ErrNoData.
func isNoData(err error) bool { return errors.Is(err, ErrNoData) }
