package doccheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
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
	root := moduleRoot(t)
	funcs := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && skipDir(path, d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil || f.Name.Name == "main" {
			return err
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() {
				continue
			}
			funcs++
			if n := countResults(fd.Type); n > maxResults && resultsExempt[fd.Name.Name] == "" {
				rel, _ := filepath.Rel(root, path)
				t.Errorf("%s:%d: %s returns %d results (at most %d: return a struct)",
					rel, fset.Position(fd.Pos()).Line, fd.Name.Name, n, maxResults)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
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
