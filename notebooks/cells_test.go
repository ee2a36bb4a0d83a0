package notebooks_test

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The cell bars of DEVELOPERS.md (Notebooks): a student follows every cell,
// so a code cell shows the idea of its step in a few lines and helpers live
// in packages. A cell's length is its non-blank lines, comments and %
// lines included; cells must be gofmt-clean, so the count is the one after
// gofmt.
const (
	maxCellLines   = 25   // no code cell longer
	maxMedianLines = 12   // median code cell over all notebooks
	maxLineLength  = 100  // characters per line (tabs count as one)
	maxFuncLines   = 5    // a function defined in a notebook, signature and braces included
	maxTotalLines  = 2500 // lines of code cells in all notebooks
)

// notRewritten lists the notebooks not yet moved to the short-cell style;
// they are measured and reported but exempt from the bars. It must end
// empty.
var notRewritten = []string{}

// cellStats measures one code cell and returns the problems found.
func cellStats(src string) (lines int, problems []string) {
	for i, l := range strings.Split(src, "\n") {
		if strings.TrimSpace(l) != "" {
			lines++
		}
		if n := len([]rune(l)); n > maxLineLength && !strings.HasPrefix(l, "!*go mod edit") {
			problems = append(problems, fmt.Sprintf("line %d has %d characters (max %d)", i+1, n, maxLineLength))
		}
	}
	decls, body := splitCell(src)
	if p := gofmtProblem(decls, false); p != "" {
		problems = append(problems, p)
	}
	if p := gofmtProblem(body, true); p != "" {
		problems = append(problems, p)
	}
	problems = append(problems, longFuncs(decls)...)
	return lines, problems
}

// splitCell returns the Go declarations before a `%%` line and the
// statements after it (the body of main), without GoNB's % and ! lines.
func splitCell(src string) (decls, body string) {
	var d, b []string
	inMain := false
	for _, l := range strings.Split(src, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case t == "%%" || strings.HasPrefix(t, "%main"):
			inMain = true
		case strings.HasPrefix(t, "%") || strings.HasPrefix(t, "!"):
		case inMain:
			b = append(b, l)
		default:
			d = append(d, l)
		}
	}
	return strings.Join(d, "\n"), strings.Join(b, "\n")
}

// gofmtProblem reports when the Go text is not as gofmt prints it (the
// body of main is compared inside a function, one tab deeper).
func gofmtProblem(code string, isBody bool) string {
	if strings.TrimSpace(code) == "" {
		return ""
	}
	src := "package p\n\n" + code + "\n"
	if isBody {
		var ind []string
		for _, l := range strings.Split(code, "\n") {
			if l != "" {
				l = "\t" + l
			}
			ind = append(ind, l)
		}
		src = "package p\n\nfunc main() {\n" + strings.Join(ind, "\n") + "\n}\n"
	}
	out, err := format.Source([]byte(src))
	if err != nil {
		return "does not parse as Go: " + err.Error()
	}
	norm := func(s string) string {
		var ls []string
		for _, l := range strings.Split(s, "\n") {
			if strings.TrimSpace(l) != "" {
				ls = append(ls, strings.TrimRight(l, " \t"))
			}
		}
		return strings.Join(ls, "\n")
	}
	if norm(string(out)) != norm(src) {
		return "not gofmt-clean (run gofmt on the cell)"
	}
	return ""
}

// longFuncs reports top-level functions longer than maxFuncLines.
func longFuncs(decls string) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "cell.go", "package p\n"+decls, parser.ParseComments)
	if err != nil {
		return nil // reported by gofmtProblem
	}
	var out []string
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		n := fset.Position(fd.End()).Line - fset.Position(fd.Type.Pos()).Line + 1
		if n > maxFuncLines {
			out = append(out, fmt.Sprintf("func %s has %d lines (max %d): move it to a package", fd.Name.Name, n, maxFuncLines))
		}
	}
	return out
}

func TestCellBars(t *testing.T) {
	paths, err := filepath.Glob("*.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	var all []int
	total, over := 0, 0
	for _, path := range paths {
		nb := load(t, path)
		exempt := slices.Contains(notRewritten, path)
		var lens []int
		for i, c := range nb.Cells {
			if c.CellType != "code" {
				continue
			}
			n, problems := cellStats(source(t, c.Source))
			lens = append(lens, n)
			if n > maxCellLines {
				over++
				problems = append(problems, fmt.Sprintf("%d lines (max %d)", n, maxCellLines))
			}
			if !exempt {
				for _, p := range problems {
					t.Errorf("%s cell %d: %s", path, i+1, p)
				}
			}
		}
		sum := 0
		for _, n := range lens {
			sum += n
		}
		total += sum
		all = append(all, lens...)
		t.Logf("%-40s %3d code cells, %4d lines, median %4.1f, longest %3d", path, len(lens), sum, median(lens), slices.Max(lens))
	}
	t.Logf("all notebooks: %d code cells, %d lines, median %.1f, %d cells over %d lines", len(all), total, median(all), over, maxCellLines)
	if len(notRewritten) > 0 {
		return
	}
	if total > maxTotalLines {
		t.Errorf("notebooks hold %d lines of Go, over %d", total, maxTotalLines)
	}
	if m := median(all); m > maxMedianLines {
		t.Errorf("median code cell %.1f lines, over %d", m, maxMedianLines)
	}
}

func median(v []int) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return float64(s[len(s)/2])
	}
	return float64(s[len(s)/2-1]+s[len(s)/2]) / 2
}
