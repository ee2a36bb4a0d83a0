package nb

import "os"

// exit ends the program; a variable so that tests can observe it.
var exit = os.Exit

// Need returns v when err is nil. When err says that a data file is
// missing (datasets.ErrNoData: the data folder is not set and
// SBCORR_REQUIRE_DATA is not 1) it displays the same "data not found,
// section skipped" line as Data and ends the cell at once, successfully
// (exit status 0): GoNB runs every cell as a program of its own, so the
// rest of the cell is skipped and the notebook goes on with the next cell.
// Any other error panics, like Must. A cell that starts from data then
// needs no `if !ok { return }`:
//
//	ind := nb.Need(inputs.FrenchIndustries())
//
// Use it only in a notebook cell: outside GoNB it ends the calling program.
func Need[T any](v T, err error) T {
	v, ok := Data(v, err)
	if !ok {
		exit(0)
	}
	return v
}
