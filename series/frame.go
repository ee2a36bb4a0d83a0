package series

import (
	"fmt"
	"github.com/stockbond/sbcorr/internal/must"
	"math"
	"time"
)

// Frame is a set of series aligned on one calendar: every column has the
// frame's Dates (the same slice) and its own name, unit, frequency, reasons
// and provenance. Multi-column files (Treasury curves, Ken French tables,
// OHLC bars) parse into a Frame, and joins return one.
type Frame struct {
	Dates []time.Time
	Cols  []Series
}

// NewFrame returns the frame of columns that already share the calendar
// dates (each column's Dates is set to dates). It panics when a column's
// length differs from len(dates) or the dates do not increase.
func NewFrame(dates []time.Time, cols ...Series) Frame {
	Series{Dates: dates, Values: make([]float64, len(dates))}.check("NewFrame")
	for i := range cols {
		cols[i].Dates = dates
		cols[i].check("NewFrame")
	}
	return Frame{Dates: dates, Cols: cols}
}

// Col returns the column named name, or an error listing the names
// available.
func (f Frame) Col(name string) (Series, error) {
	for _, c := range f.Cols {
		if c.Name == name {
			return c, nil
		}
	}
	return Series{}, fmt.Errorf("series: Frame.Col: no column %q (have %v)", name, f.Names())
}

// MustCol is Col that panics when the column is missing (for column names
// fixed in code).
func (f Frame) MustCol(name string) Series {
	c, err := f.Col(name)
	if err != nil {
		panic("series: MustCol: " + err.Error()[len("series: "):])
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

// Map returns the frame with every column transformed by fn (a column
// operation such as SimpleReturns, which must keep the frame's calendar
// or shorten it the same way for every column). It panics when fn is nil.
func (f Frame) Map(fn func(Series) Series) Frame {
	must.NotNil("series: Frame.Map", "fn", fn)
	cols := make([]Series, len(f.Cols))
	for i, c := range f.Cols {
		cols[i] = fn(c)
	}
	if len(cols) == 0 {
		return Frame{}
	}
	return NewFrame(cols[0].Dates, cols...)
}

// DropNaN returns the rows where no column is missing: the joint calendar
// of several markets is InnerJoin(a, b).DropNaN().
func (f Frame) DropNaN() Frame {
	return f.keep(f.complete)
}

// In returns the rows inside the period (see Series.In).
func (f Frame) In(p Period) Frame {
	return f.keep(func(i int) bool { return p.Contains(f.Dates[i]) })
}

// Between returns the rows with from <= date <= to (see Series.Between).
func (f Frame) Between(from, to time.Time) Frame { return f.In(Period{From: from, To: to}) }

// Years returns the rows of calendar years from to to (see Series.Years).
func (f Frame) Years(from, to int) Frame { return f.In(Years(from, to)) }

// complete reports whether row i has a value in every column.
func (f Frame) complete(i int) bool {
	for _, c := range f.Cols {
		if math.IsNaN(c.Values[i]) {
			return false
		}
	}
	return true
}

// keep returns the rows whose index keep accepts.
func (f Frame) keep(keep func(i int) bool) Frame {
	idx := make([]int, 0, len(f.Dates))
	for i := range f.Dates {
		if keep(i) {
			idx = append(idx, i)
		}
	}
	return f.take(idx)
}

// take returns the rows at the given increasing indices.
func (f Frame) take(idx []int) Frame {
	out := Frame{Cols: make([]Series, len(f.Cols))}
	for k, c := range f.Cols {
		c.Dates = f.Dates
		out.Cols[k] = c.take(idx)
	}
	if len(out.Cols) > 0 {
		out.Dates = out.Cols[0].Dates
		for k := range out.Cols {
			out.Cols[k].Dates = out.Dates
		}
	} else {
		out.Dates = make([]time.Time, len(idx))
		for j, i := range idx {
			out.Dates[j] = f.Dates[i]
		}
	}
	return out
}
