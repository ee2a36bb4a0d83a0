package doccheck

import (
	"fmt"
	"go/ast"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// messagePrefix is the form of every panic and error message made in the
// module: "pkg: Func: what went wrong", pkg the package's name and Func the
// function (or Type.Method) that reports it, e.g.
// "series: Align: ..." or "copula: Gaussian.CDF: ...".
var messagePrefix = regexp.MustCompile(`^([a-z][a-z0-9]*): ((?:[A-Za-z_]\w*|%s)(?:\.(?:[A-Za-z_]\w*|%s))?)(?: %[qsv])?: `)

// anyPrefix is the start of a message that names a package.
var anyPrefix = regexp.MustCompile(`^([a-z][a-z0-9/]*): `)

// TestPanicAndErrorPrefixes walks the module's source and fails for every
// panic with a literal message, and every fmt.Errorf or errors.New, whose
// message does not start with "pkg: Func: " (DEVELOPERS.md, the error
// rule): pkg the package's name, Func the function, Type.Method or type
// (a chart builder) that the caller used, optionally followed by the name
// of what it works on ("check: Add %q: ..."); "%s" stands for a function
// name passed to a shared helper. A panic names an exported entry point. An
// error made in an unexported helper may instead carry no prefix at all:
// it is the inner message of an exported function's error (a parser's
// "bad date" inside "datasets: file line 3: ..."); if it names a package,
// it names its own. Messages that only wrap another error ("%w" first) are
// exempt: the wrapped error carries the prefix.
func TestPanicAndErrorPrefixes(t *testing.T) {
	fset, files := sourceFiles(t, 0)
	var bad []string
	calls := 0
	for rel, f := range files {
		if f.Name.Name == "main" {
			continue // commands print to the terminal
		}
		for _, m := range messages(f) {
			calls++
			if p := badPrefix(f.Name.Name, m); p != "" {
				bad = append(bad, fmt.Sprintf("%s:%d: %s", rel, fset.Position(m.pos).Line, p))
			}
		}
	}
	slices.Sort(bad)
	t.Logf("%d panic and error messages checked", calls)
	for _, b := range bad {
		t.Error(b)
	}
}

// message is a panic, fmt.Errorf or errors.New call with a literal first
// argument.
type message struct {
	pos   token.Pos
	kind  string // "panic" or "error"
	text  string // the literal (format) string
	fn    string // the enclosing function, Type.Method for a method
	check bool
}

// messages returns the messages of f with their enclosing functions.
func messages(f *ast.File) []message {
	var out []message
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		fn := fd.Name.Name
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			fn = recvName(fd.Recv.List[0].Type) + "." + fn
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			kind := ""
			switch fun := call.Fun.(type) {
			case *ast.Ident:
				if fun.Name == "panic" {
					kind = "panic"
				}
			case *ast.SelectorExpr:
				if x, ok := fun.X.(*ast.Ident); ok && (x.Name == "fmt" && fun.Sel.Name == "Errorf" || x.Name == "errors" && fun.Sel.Name == "New") {
					kind = "error"
				}
			}
			if kind == "" {
				return true
			}
			arg := call.Args[0]
			if kind == "panic" { // panic(fmt.Sprintf(...)) or panic("...")
				if inner, ok := arg.(*ast.CallExpr); ok && len(inner.Args) > 0 {
					if sel, ok := inner.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Sprintf" {
						arg = inner.Args[0]
					}
				}
			}
			if lit, ok := arg.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, err := strconv.Unquote(lit.Value)
				if err == nil {
					out = append(out, message{pos: call.Pos(), kind: kind, text: s, fn: fn})
				}
			} else if bin, ok := arg.(*ast.BinaryExpr); ok { // "pkg: Func: " + more
				if lit, ok := leftmost(bin).(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if s, err := strconv.Unquote(lit.Value); err == nil {
						out = append(out, message{pos: call.Pos(), kind: kind, text: s, fn: fn})
					}
				}
			}
			return true
		})
	}
	return out
}

// leftmost returns the first operand of a chain of + expressions.
func leftmost(e ast.Expr) ast.Expr {
	for {
		b, ok := e.(*ast.BinaryExpr)
		if !ok {
			return e
		}
		e = b.X
	}
}

// recvName returns the type name of a method receiver.
func recvName(e ast.Expr) string {
	switch r := e.(type) {
	case *ast.StarExpr:
		return recvName(r.X)
	case *ast.IndexExpr:
		return recvName(r.X)
	case *ast.IndexListExpr:
		return recvName(r.X)
	case *ast.Ident:
		return r.Name
	}
	return "?"
}

// badPrefix says what is wrong with a message of package pkg, or "".
func badPrefix(pkg string, m message) string {
	if strings.HasPrefix(m.text, "%w") || strings.HasPrefix(m.text, "%s: ") {
		return "" // a wrapped error, or a helper given its caller's "pkg: Func" prefix
	}
	exported := ast.IsExported(strings.Split(m.fn, ".")[0]) && ast.IsExported(m.fn[strings.LastIndex(m.fn, ".")+1:])
	if m.kind == "error" && !exported {
		if ap := anyPrefix.FindStringSubmatch(m.text); ap == nil || ap[1] == pkg && messagePrefix.MatchString(m.text) {
			return ""
		}
	}
	mm := messagePrefix.FindStringSubmatch(m.text)
	switch {
	case mm == nil:
		return fmt.Sprintf("%s in %s: %q does not start with \"%s: Func: \"", m.kind, m.fn, abbrev(m.text), pkg)
	case mm[1] != pkg:
		return fmt.Sprintf("%s in %s: %q names package %q, want %q", m.kind, m.fn, abbrev(m.text), mm[1], pkg)
	case m.kind == "panic" && !exported && !ast.IsExported(strings.Split(mm[2], ".")[0]) && mm[2] != "%s":
		return fmt.Sprintf("panic in %s: %q names %q: name the exported function", m.fn, abbrev(m.text), mm[2])
	}
	return ""
}

// abbrev shortens a message for the report.
func abbrev(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}
