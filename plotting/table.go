package plotting

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/check"
)

// Table is a titled table of numbers and text for notebooks and write-ups,
// rendered by HTML, Markdown, LaTeX and CSV. Numbers are stored as decimals
// and printed with their column's check.Format (percent, basis points or
// fixed decimals); flagged cells (out of tolerance, significant, ...) are
// marked in every format.
type Table struct {
	Title   string
	Columns []Column
	Rows    [][]Cell
	Note    string // printed under the table (source, units, sample)
}

// Column is a table column: its header and the format of its numbers.
type Column struct {
	Name   string
	Format check.Format
}

// Cell is one table entry: a number printed with the column format, or
// Text when it is not empty. Flag marks the cell.
type Cell struct {
	Value float64
	Text  string
	Flag  bool
	text  bool // made by Text: printed as Text even when empty
}

// Num returns a number cell.
func Num(v float64) Cell { return Cell{Value: v} }

// Text returns a text cell.
func Text(s string) Cell { return Cell{Value: math.NaN(), Text: s, text: true} }

// Flagged returns a flagged number cell.
func Flagged(v float64) Cell { return Cell{Value: v, Flag: true} }

// NewTable returns an empty table with the given title and columns.
func NewTable(title string, cols ...Column) *Table { return &Table{Title: title, Columns: cols} }

// AddRow appends a row and returns t. It panics if the row does not have
// one cell per column (a programming error).
func (t *Table) AddRow(cells ...Cell) *Table {
	if len(cells) != len(t.Columns) {
		panic(fmt.Sprintf("plotting: Table.AddRow %q: %d cells for %d columns", t.Title, len(cells), len(t.Columns)))
	}
	t.Rows = append(t.Rows, cells)
	return t
}

// String returns the cell as printed: its text, its value in format f, or
// an en dash for a NaN value (a missing entry).
func (c Cell) String(f check.Format) string {
	switch {
	case c.Text != "" || c.text:
		return c.Text
	case math.IsNaN(c.Value):
		return Missing
	}
	return f.Value(c.Value)
}

// Missing is how tables print a NaN number (LaTeX gets "--").
const Missing = "\u2013"

// isText reports whether column j holds only text cells (text and no
// number; it is then left-aligned).
func (t *Table) isText(j int) bool {
	for _, r := range t.Rows {
		if !r[j].text && (r[j].Text == "" || finite(r[j].Value)) {
			return false
		}
	}
	return len(t.Rows) > 0
}

// FromCheck converts a "source vs ours" check table into a Table with the
// columns name, source, ours, diff, tol, status (the row's label, "FAIL: "
// before it for a row that fails), where (the row's source document and
// place; only when some row names one) and note (the reason of a row not
// reproduced or not attempted, then its note). The "ours" cell of a failing
// row is flagged. Values keep each row's format, so the columns use Plain
// format and cells carry their printed text (CSV keeps the numbers; a row
// not attempted has no "ours" number).
func FromCheck(c *check.Comparison) *Table {
	where := false
	for _, r := range c.Rows {
		where = where || r.Where(check.Doc{}) != ""
	}
	cols := []Column{{Name: ""}, {Name: "source"}, {Name: "ours"}, {Name: "diff"}, {Name: "tol"}, {Name: "status"}}
	if where {
		cols = append(cols, Column{Name: "where"})
	}
	t := NewTable(c.Title, append(cols, Column{Name: "note"})...)
	for _, r := range c.Rows {
		ours := Cell{Value: r.Ours, Text: r.OursText(), Flag: !r.Pass()}
		if r.Status() == check.NotAttempted {
			ours = Num(math.NaN())
		}
		cells := []Cell{Text(r.Name), printed(r.Source, r.SourceText()), ours,
			printed(r.Diff(), r.DiffText()), printed(r.Tol, r.TolText()), Text(r.StatusText())}
		if where {
			cells = append(cells, Text(r.Where(check.Doc{})))
		}
		t.AddRow(append(cells, Text(r.NoteText()))...)
	}
	return t
}

// printed returns a cell that prints s and holds the number v for CSV, or
// an empty text cell when s is empty (a condition's diff and tolerance).
func printed(v float64, s string) Cell {
	if s == "" {
		return Text("")
	}
	return Cell{Value: v, Text: s}
}
