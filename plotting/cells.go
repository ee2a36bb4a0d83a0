package plotting

import (
	"fmt"
	"time"
)

// Month returns a text cell with the month of t, "2006-01" (an empty cell
// for the zero time).
func Month(t time.Time) Cell {
	if t.IsZero() {
		return Text("")
	}
	return Text(t.Format("2006-01"))
}

// Day returns a text cell with the date of t, "2006-01-02" (an empty cell
// for the zero time).
func Day(t time.Time) Cell {
	if t.IsZero() {
		return Text("")
	}
	return Text(t.Format(time.DateOnly))
}

// Int returns a text cell with the integer n (a count, a window length),
// so that it prints without the column's decimal format.
func Int(n int) Cell { return Text(fmt.Sprint(n)) }
