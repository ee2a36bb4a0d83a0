package badinput

import (
	"path/filepath"
	"testing"

	"github.com/stockbond/sbcorr/datasets"
)

// table is the matrix of one package.
type table struct {
	dir    string // relative to the module root
	rows   func() []Case
	exempt map[string]string // function -> why it has no row
}

// tables are the packages of the matrix (issue 17).
var tables = []table{
	{"sbcorr", sbcorrRows, sbcorrExempt},
	{"sbcorr/bond", bondRows, bondExempt},
	{"sbcorr/curve", curveRows, curveExempt},
	{"sbcorr/copula", copulaRows, copulaExempt},
	{"sbcorr/payoff", payoffRows, payoffExempt},
	{"sbcorr/premia", premiaRows, premiaExempt},
	{"sbcorr/basket", basketRows, basketExempt},
	{"sbcorr/macro", macroRows, macroExempt},
	{"series", seriesRows, seriesExempt},
	{"datasets", datasetsRows, datasetsExempt},
}

// TestMatrix runs every package's rows and logs the counts per package
// and in total, for the closing note of issue 17.
func TestMatrix(t *testing.T) {
	t.Setenv(datasets.EnvCache, t.TempDir()) // Cached rows write here
	var total Counts
	for _, tb := range tables {
		name := filepath.Base(tb.dir)
		c, fails := Run(name, tb.rows())
		for _, f := range fails {
			t.Error(f)
		}
		t.Logf("%-8s %v", name, c)
		total.Add(c)
	}
	t.Logf("%-8s %v", "total", total)
}

// TestEveryExportedFunction fails when an exported function or method of
// a package of the matrix has no row and no exemption, or when a row or an
// exemption names a function that does not exist.
func TestEveryExportedFunction(t *testing.T) {
	for _, tb := range tables {
		names, err := Exported(filepath.Join("..", "..", tb.dir))
		if err != nil {
			t.Fatal(err)
		}
		missing, stale, twice := Uncovered(names, tb.rows(), tb.exempt)
		for _, f := range missing {
			t.Errorf("%s.%s: exported, but no row of the bad-input matrix and not exempt", tb.dir, f)
		}
		for _, f := range stale {
			t.Errorf("%s.%s: a row or an exemption, but no such exported function", tb.dir, f)
		}
		for _, f := range twice {
			t.Errorf("%s.%s: both exempt and in rows", tb.dir, f)
		}
		for f, why := range tb.exempt {
			if why == "" {
				t.Errorf("%s.%s: exempt without a reason", tb.dir, f)
			}
		}
	}
}
