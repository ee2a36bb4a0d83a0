package nb

import (
	"github.com/stockbond/sbcorr/plotting"
)

// Table displays a plotting.Table as HTML (flagged cells in red).
func Table(t *plotting.Table) { HTML(t.HTML()) }
