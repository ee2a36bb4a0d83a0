package series

import "fmt"

// Spans returns consecutive periods of n calendar years from year first,
// the last one clipped to year last, each named "from-to" like Years:
// Spans(1995, 2023, 5) is 1995-1999, 2000-2004, ..., 2015-2019, 2020-2023,
// the sub-period columns of Portelli & Roncalli (2024), Tables 17 and 18.
// They are the columns of a table by sub-period (see also Decades, aligned on
// calendar decades). It panics when last < first or n < 1.
func Spans(first, last, n int) []Period {
	if last < first || n < 1 {
		panic(fmt.Sprintf("series: Spans: years %d to %d in spans of %d", first, last, n))
	}
	var out []Period
	for y := first; y <= last; y += n {
		out = append(out, Years(y, min(y+n-1, last)))
	}
	return out
}
