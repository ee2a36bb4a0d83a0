package nb

import "os"

// exit ends the cell's program (a variable so that tests can watch it).
var exit = os.Exit

// Need stops the cell, successfully, when ok is false: the data its
// section needs is missing, and nb.Data has already said so. It is the
// one-line form of `if !ok { return }` as the first statement of a cell
// (after `%%`):
//
//	var acm, haveACM = nb.Data(inputs.ACMTermPremium()) // a declaration cell
//
//	%%
//	nb.Need(haveACM)
//	...
//
// GoNB runs every cell as a program of its own, so Need ends that program
// with exit status 0 (every display has been delivered: each one waits for
// GoNB's acknowledgement) and the notebook goes on with the next cell.
// Deferred functions do not run: call it first, before anything to undo.
func Need(ok bool) {
	if !ok {
		exit(0)
	}
}
