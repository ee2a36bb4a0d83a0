package doccheck

import (
	"go/ast"
	"testing"
)

// maxResults is the most results an exported function or method returns
// (DEVELOPERS.md): from four on, results get names in a struct, so that a
// caller reads p.SE rather than the third of four floats.
const maxResults = 3

// resultsExempt lists methods whose signature an interface of a dependency
// fixes: gonum/plot's plot.DataRanger is DataRange() (xmin, xmax, ymin, ymax).
var resultsExempt = map[string]string{"DataRange": "gonum/plot's plot.DataRanger"}

// TestAtMostThreeResults walks the module's source and fails for every
// exported function or method of a non-main package with more than
// maxResults results.
func TestAtMostThreeResults(t *testing.T) {
	fset, files := sourceFiles(t, 0)
	funcs := 0
	for rel, f := range files {
		if f.Name.Name == "main" {
			continue
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() {
				continue
			}
			funcs++
			if n := countResults(fd.Type); n > maxResults && resultsExempt[fd.Name.Name] == "" {
				t.Errorf("%s:%d: %s returns %d results (at most %d: return a struct)",
					rel, fset.Position(fd.Pos()).Line, fd.Name.Name, n, maxResults)
			}
		}
	}
	if funcs < 100 {
		t.Fatalf("only %d exported functions found: is the walk broken?", funcs)
	}
}

// countResults returns the number of results of a function type.
func countResults(ft *ast.FuncType) int {
	if ft.Results == nil {
		return 0
	}
	n := 0
	for _, r := range ft.Results.List {
		n += max(1, len(r.Names))
	}
	return n
}
