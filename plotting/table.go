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
		panic(fmt.Sprintf("sbcorr: plotting.Table.AddRow %q: %d cells for %d columns", t.Title, len(cells), len(t.Columns)))
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
// columns name, source, ours, diff, tol and note; the "ours" cell of every
// row out of tolerance is flagged. Values keep each row's format, so the
// columns use Plain format and cells carry their printed text.
func FromCheck(c *check.Table) *Table {
	t := NewTable(c.Title, Column{Name: ""}, Column{Name: "source"}, Column{Name: "ours"},
		Column{Name: "diff"}, Column{Name: "tol"}, Column{Name: "note"})
	for _, r := range c.Rows {
		ours := Text(r.OursText())
		ours.Value, ours.Flag = r.Ours, !r.OK()
		t.AddRow(Text(r.Name), Cell{Value: r.Source, Text: r.SourceText()}, ours,
			Cell{Value: r.Diff(), Text: r.DiffText()}, Cell{Value: r.Tol, Text: r.TolText()}, Text(r.Note))
	}
	return t
}
