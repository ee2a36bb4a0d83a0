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
