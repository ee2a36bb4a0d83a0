package badinput

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"slices"
	"strings"
)

// Exported returns, sorted, the exported functions of the package in dir
// (non-test files) and the exported methods of its exported types, as
// "Func" and "Type.Method", read from the source with go/parser (no
// reflection: a function nobody calls is listed too).
func Exported(dir string) ([]string, error) {
	fset := token.NewFileSet()
	notTest := func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }
	pkgs, err := parser.ParseDir(fset, dir, notTest, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.IsExported() {
					if name, ok := funcName(fd); ok {
						out = append(out, name)
					}
				}
			}
		}
	}
	slices.Sort(out)
	return out, nil
}

// funcName returns "Func" or "Type.Method"; ok is false for a method of an
// unexported type.
func funcName(fd *ast.FuncDecl) (string, bool) {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name, true
	}
	t := fd.Recv.List[0].Type
	for {
		switch r := t.(type) {
		case *ast.StarExpr:
			t = r.X
			continue
		case *ast.IndexExpr:
			t = r.X
			continue
		case *ast.IndexListExpr:
			t = r.X
			continue
		case *ast.Ident:
			return r.Name + "." + fd.Name.Name, r.IsExported()
		}
		return "", false
	}
}

// Uncovered compares the exported functions with the rows and the exempt
// list (function -> reason): missing are functions with neither a row nor
// an exemption, stale are rows or exemptions naming no exported function,
// and twice are functions both exempt and in rows.
func Uncovered(exported []string, cases []Case, exempt map[string]string) (missing, stale, twice []string) {
	rows := map[string]bool{}
	for _, c := range cases {
		rows[c.Func] = true
	}
	for _, f := range exported {
		_, ex := exempt[f]
		switch {
		case rows[f] && ex:
			twice = append(twice, f)
		case !rows[f] && !ex:
			missing = append(missing, f)
		}
	}
	for f := range rows {
		if !slices.Contains(exported, f) {
			stale = append(stale, f)
		}
	}
	for f := range exempt {
		if !slices.Contains(exported, f) {
			stale = append(stale, f)
		}
	}
	slices.Sort(stale)
	return missing, stale, twice
}
