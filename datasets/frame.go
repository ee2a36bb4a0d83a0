package datasets

import (
	"fmt"
	"math"
	"time"
)

// Frame is a set of series aligned on one calendar: every column has the
// frame's Dates (the same slice) and its own name, unit and provenance.
// Multi-column files (Treasury curves, Ken French, OHLC bars) parse into a
// Frame, and joins return one.
type Frame struct {
	Dates []time.Time
	Cols  []Series
}

// Col returns the column named name, or an error listing the names
// available.
func (f Frame) Col(name string) (Series, error) {
	for _, c := range f.Cols {
		if c.Name == name {
			return c, nil
		}
	}
	return Series{}, fmt.Errorf("datasets: no column %q (have %v)", name, f.Names())
}

// MustCol is Col that panics when the column is missing (for column names
// fixed in code).
func (f Frame) MustCol(name string) Series {
	c, err := f.Col(name)
	if err != nil {
		panic("sbcorr: datasets.MustCol: " + err.Error())
	}
	return c
}

// Names returns the column names in order.
func (f Frame) Names() []string {
	out := make([]string, len(f.Cols))
	for i, c := range f.Cols {
		out[i] = c.Name
	}
	return out
}

// Len returns the number of rows.
func (f Frame) Len() int { return len(f.Dates) }

// Floats returns a copy of every column's values, in column order, as
// plain slices for estimators.
func (f Frame) Floats() [][]float64 {
	out := make([][]float64, len(f.Cols))
	for i, c := range f.Cols {
		out[i] = c.Floats()
	}
	return out
}

// rows returns a frame holding only the rows whose index keep returns true.
func (f Frame) rows(keep func(i int) bool) Frame {
	idx := make([]int, 0, len(f.Dates))
	for i := range f.Dates {
		if keep(i) {
			idx = append(idx, i)
		}
	}
	return f.take(idx)
}

// take returns the rows at the given indices, in order.
func (f Frame) take(idx []int) Frame {
	dates := make([]time.Time, len(idx))
	for j, i := range idx {
		dates[j] = f.Dates[i]
	}
	out := Frame{Dates: dates, Cols: make([]Series, len(f.Cols))}
	for k, c := range f.Cols {
		v := make([]float64, len(idx))
		for j, i := range idx {
			v[j] = c.Values[i]
		}
		c.Dates, c.Values = dates, v
		out.Cols[k] = c
	}
	return out
}

// DropNaN returns the rows where no column is missing. This is how the
// joint calendar of several markets is built: InnerJoin(a, b).DropNaN().
func (f Frame) DropNaN() Frame {
	return f.rows(func(i int) bool {
		for _, c := range f.Cols {
			if math.IsNaN(c.Values[i]) {
				return false
			}
		}
		return true
	})
}

// Between returns the rows with from <= date <= to (see Series.Between).
func (f Frame) Between(from, to time.Time) Frame {
	return f.rows(func(i int) bool { return inRange(f.Dates[i], from, to) })
}

// frameOf wraps series that already share one calendar.
func frameOf(dates []time.Time, cols []Series) Frame {
	for i := range cols {
		cols[i].Dates = dates
	}
	return Frame{Dates: dates, Cols: cols}
}
