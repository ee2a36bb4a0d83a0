package doccheck

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestExportedNamesHaveDocComments fails with the list of every exported
// identifier of the module that has no doc comment, or one that does not
// start with its name (file:line: name).
func TestExportedNamesHaveDocComments(t *testing.T) {
	fset, files := sourceFiles(t, parser.ParseComments)
	pkgs := map[string][]*ast.File{} // by directory
	for rel, f := range files {
		pkgs[filepath.Dir(rel)] = append(pkgs[filepath.Dir(rel)], f)
	}
	var missing []string
	n := 0
	for _, files := range pkgs {
		n += len(files)
		sortable := sortableTypes(files)
		for _, f := range files {
			for _, p := range undocumented(f, sortable) {
				pos := fset.Position(p.pos)
				missing = append(missing, fmt.Sprintf("%s:%d: %v", pos.Filename, pos.Line, p))
			}
		}
	}
	t.Logf("%d files in %d packages", n, len(pkgs))
	if len(missing) > 0 {
		slices.Sort(missing)
		t.Errorf("%d exported identifiers without a doc comment starting with their name:\n\t%s", len(missing), strings.Join(missing, "\n\t"))
	}
}

// TestUndocumentedRules checks the rules on a small source.
func TestUndocumentedRules(t *testing.T) {
	const src = `package p

// A is documented.
func A() {}
func B() {}
func c() {}

// Returns nothing: the comment does not start with the name.
func E() {}

// T is documented.
type T struct{}
type U int
type v int

// An Art may start with an article.
type Art int

func (T) M() {}

// N is documented.
func (*T) N() {}
func (T) String() string { return "" }
func (v) M() {}
func (G[K]) M() {}

type (
	// G is documented.
	G[K any] struct{}
	H int
)

// A block comment may say anything and covers both.
const (
	C1 = iota // a trailing comment
	C2
)

const (
	// D1 is documented.
	D1 = 1
	D2 = 2 // a trailing comment does not count
	d3 = 3
	// Wrong start.
	D4 = 4
)

var V, W int

// X is documented.
var X int

// Wrong start.
var Y int

// S is sortable.
type S []int

func (S) Len() int           { return 0 }
func (S) Less(i, j int) bool { return false }
func (S) Swap(i, j int)      {}
func (U) Len() int           { return 0 }
`
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range undocumented(f, sortableTypes([]*ast.File{f})) {
		got = append(got, p.String())
	}
	want := []string{
		"func B", `func E: doc comment should start with "E "`, "type U", "method T.M", "method G.M",
		"type H", "const D2", `const D4: doc comment should start with "D4 "`, "var V", "var W",
		`var Y: doc comment should start with "Y "`, "method U.Len",
	}
	if !slices.Equal(got, want) {
		t.Errorf("undocumented =\n%q\nwant\n%q", got, want)
	}
}

// problem is an exported identifier whose doc comment is missing or does
// not start with its name.
type problem struct {
	pos  token.Pos
	name string // "func F", "method T.M", "type T", "const C", "var V"
	bad  bool   // the comment exists but does not start with the name
}

// String returns "name" or "name: doc comment should start with ...".
func (p problem) String() string {
	if p.bad {
		return p.name + `: doc comment should start with "` + p.name[strings.LastIndexAny(p.name, " .")+1:] + ` "`
	}
	return p.name
}

// undocumented returns golint's doc-comment problems of the exported
// identifiers of f, in source order; sortable holds the package's types with
// Len, Less and Swap methods.
func undocumented(f *ast.File, sortable map[string]bool) []problem {
	var out []problem
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if name, ok := needsFuncDoc(d, sortable); ok {
				out = appendProblem(out, d.Pos(), name, d.Doc, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				out = append(out, specProblems(d, spec)...)
			}
		}
	}
	return out
}

// specProblems returns the problems of one spec of declaration d: a type
// or value without a comment of its own or on its block, or whose comment
// does not start with its name (a comment on a parenthesised const or var
// block may say anything).
func specProblems(d *ast.GenDecl, spec ast.Spec) []problem {
	switch s := spec.(type) {
	case *ast.TypeSpec:
		if !s.Name.IsExported() {
			return nil
		}
		doc := cmp.Or(s.Doc, d.Doc)
		return appendProblem(nil, s.Pos(), "type "+s.Name.Name, doc, articleless(doc, s.Name.Name))
	case *ast.ValueSpec:
		doc := cmp.Or(s.Doc, d.Doc)
		if doc == nil {
			var out []problem
			for _, n := range s.Names {
				if n.IsExported() {
					out = append(out, problem{n.Pos(), d.Tok.String() + " " + n.Name, false})
				}
			}
			return out
		}
		if n := s.Names[0]; n.IsExported() && !(d.Lparen.IsValid() && d.Doc != nil) {
			return appendProblem(nil, n.Pos(), d.Tok.String()+" "+n.Name, doc, n.Name)
		}
	}
	return nil
}

// appendProblem appends the problem of name at pos if doc is nil or its
// text does not start with prefix followed by a space.
func appendProblem(out []problem, pos token.Pos, name string, doc *ast.CommentGroup, prefix string) []problem {
	switch {
	case doc == nil:
		return append(out, problem{pos, name, false})
	case !strings.HasPrefix(doc.Text(), prefix+" "):
		return append(out, problem{pos, name, true})
	}
	return out
}

// articleless returns the prefix a type's doc comment must start with:
// its name, after an optional leading "A ", "An " or "The ".
func articleless(doc *ast.CommentGroup, name string) string {
	if doc == nil {
		return name
	}
	for _, a := range []string{"A ", "An ", "The "} {
		if strings.HasPrefix(doc.Text(), a+name+" ") {
			return a + name
		}
	}
	return name
}

// commonMethods need no doc comment (golint): their meaning is the
// standard interfaces'.
var commonMethods = map[string]bool{"Error": true, "Read": true, "ServeHTTP": true, "String": true, "Unwrap": true, "Write": true}

// needsFuncDoc returns the name golint reports for d ("func F" or
// "method T.M") and whether d needs a doc comment.
func needsFuncDoc(d *ast.FuncDecl, sortable map[string]bool) (string, bool) {
	if !d.Name.IsExported() {
		return "", false
	}
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return "func " + d.Name.Name, true
	}
	recv := receiverType(d)
	switch {
	case !ast.IsExported(recv), commonMethods[d.Name.Name]:
		return "", false
	case sortable[recv] && (d.Name.Name == "Len" || d.Name.Name == "Less" || d.Name.Name == "Swap"):
		return "", false
	}
	return "method " + recv + "." + d.Name.Name, true
}

// receiverType returns the name of the receiver's type of method d,
// without pointer or type parameters.
func receiverType(d *ast.FuncDecl) string {
	e := d.Recv.List[0].Type
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}

// sortableTypes returns the types of the package's files with Len, Less
// and Swap methods.
func sortableTypes(files []*ast.File) map[string]bool {
	has := map[string]int{}
	bit := map[string]int{"Len": 1, "Less": 2, "Swap": 4}
	for _, f := range files {
		for _, decl := range f.Decls {
			if d, ok := decl.(*ast.FuncDecl); ok && d.Recv != nil && len(d.Recv.List) > 0 {
				has[receiverType(d)] |= bit[d.Name.Name]
			}
		}
	}
	sortable := map[string]bool{}
	for typ, b := range has {
		sortable[typ] = b == 7
	}
	return sortable
}

// skipDir reports whether the go command ignores the directory (testdata,
// vendor, names starting with "." or "_") or it holds another module.
func skipDir(path, name string) bool {
	if name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
		return true
	}
	_, err := os.Stat(filepath.Join(path, "go.mod"))
	return err == nil
}

// moduleRoot returns the directory holding go.mod above the test's.
func moduleRoot(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// sourceFiles parses every non-test .go file of the module (skipping what
// skipDir skips) with mode, into one FileSet, and returns the files with
// their paths relative to the module root.
func sourceFiles(t *testing.T, mode parser.Mode) (*token.FileSet, map[string]*ast.File) {
	t.Helper()
	root := moduleRoot(t)
	fset := token.NewFileSet()
	files := map[string]*ast.File{}
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
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		f, err := parser.ParseFile(fset, rel, src, mode|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files[rel] = f
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return fset, files
}
