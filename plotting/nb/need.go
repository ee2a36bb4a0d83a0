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

// NeedAll is Need for a cell whose inputs a declaration cell loaded: it
// stops the cell, successfully, when one of errs says that a data file is
// missing (the line Data displays, then exit status 0), panics on any other
// error, and lets the cell go on when every error is nil:
//
//	var acm, acmErr = inputs.ACMTermPremium() // a declaration cell
//
//	%%
//	nb.NeedAll(acmErr)
//
// Deferred functions do not run: call it first.
func NeedAll(errs ...error) {
	for _, err := range errs {
		if _, ok := Data(struct{}{}, err); !ok {
			exit(0)
			return
		}
	}
}
