package nb

import "os"

// exit ends the cell's program (a variable so that tests can watch it).
var exit = os.Exit

// Need stops the cell, successfully, when one of errs says that a data
// file is missing (datasets.ErrNoData): it displays the line nb.Data
// displays, "data not found, this section is skipped", and ends the cell.
// Any other error panics, so a damaged file fails the cell; nil errors
// let the cell go on. It is the one-line guard of a cell whose inputs a
// declaration cell loaded:
//
//	var acm, acmErr = inputs.ACMTermPremium() // a declaration cell
//
//	%%
//	nb.Need(acmErr)
//	...
//
// GoNB runs every cell as a program of its own, so Need ends that program
// with exit status 0 (the line is delivered first: every display waits for
// GoNB's acknowledgement) and the notebook goes on with the next cell.
// Deferred functions do not run: call it first.
func Need(errs ...error) {
	for _, err := range errs {
		if _, ok := Data(struct{}{}, err); !ok {
			exit(0)
			return
		}
	}
}
