package plotting

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/check"
)

// Col returns a column named name, printed with format f when given (a
// number column: check.Percent(1), check.Decimals(2), ...) and as text
// otherwise:
//
//	plotting.NewTable("Regimes", plotting.Col("from"), plotting.Col("mean", check.Percent(1)))
func Col(name string, f ...check.Format) Column {
	c := Column{Name: name}
	if len(f) > 0 {
		c.Format = f[0]
	}
	return c
}

// Row appends a row of values, one per column, converted to cells: a
// string is a Text cell, a float64 a Num cell (printed with the column's
// format), an int an Int cell, a time.Time a Day cell, and a Cell is kept
// (plotting.Month for a month, plotting.Flagged for a flagged number). It
// panics on another type or a wrong number of values (programming errors).
//
//	tab.Row("3M", a.Len(), tau, "lower")
func (t *Table) Row(values ...any) *Table {
	cells := make([]Cell, len(values))
	for i, v := range values {
		switch x := v.(type) {
		case Cell:
			cells[i] = x
		case string:
			cells[i] = Text(x)
		case float64:
			cells[i] = Num(x)
		case int:
			cells[i] = Int(x)
		case time.Time:
			cells[i] = Day(x)
		default:
			panic(fmt.Sprintf("plotting: Table.Row %q: value %d is a %T (want string, float64, int, time.Time or Cell)", t.Title, i+1, v))
		}
	}
	return t.AddRow(cells...)
}

// Format sets the format of the named columns, so that a table is declared
// in two lines, its column names and then its number formats:
//
//	tab := plotting.NewTable("Regimes", plotting.Cols("from", "to", "mean", "peak")...).
//		Format(check.Percent(1), "mean", "peak")
//
// It panics when a name is not a column of t (a programming error).
func (t *Table) Format(f check.Format, names ...string) *Table {
	for _, name := range names {
		k := -1
		for i, c := range t.Columns {
			if c.Name == name {
				k = i
			}
		}
		if k < 0 {
			panic(fmt.Sprintf("plotting: Table.Format %q: no column %q", t.Title, name))
		}
		t.Columns[k].Format = f
	}
	return t
}
