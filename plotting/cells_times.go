package plotting

import (
	"strings"
	"time"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/series"
)

// Times returns a text cell listing the times ts in layout (a time.Format
// layout), separated by ", ": the stock-only days of a calendar
// ("Mon 2006-01-02"), the bars flagged in an intraday file ("01-02 15:04"),
// or one instant with its zone ("2006-01-02 15:04 MST"). Times print in
// their own location; no times give an empty cell.
func Times(layout string, ts ...time.Time) Cell {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.Format(layout)
	}
	return Text(strings.Join(s, ", "))
}

// SeriesTableLayout is SeriesTable with its "date" column printed in
// layout, e.g. "2006" for annual series dated on 1 January (a year per
// row) or "2006-01" for monthly ones. Errors are SeriesTable's.
func SeriesTableLayout(title, layout string, f check.Format, ss ...series.Series) (*Table, error) {
	t, err := SeriesTable(title, f, ss...)
	if err != nil {
		return nil, err
	}
	for _, row := range t.Rows {
		d, err := time.Parse(time.DateOnly, row[0].Text)
		if err != nil {
			panic("plotting: SeriesTableLayout: " + err.Error()) // SeriesTable prints time.DateOnly
		}
		row[0] = Text(d.Format(layout))
	}
	return t, nil
}

// Cols returns text columns named names, in order, for NewTable:
// plotting.NewTable("Files", plotting.Cols("name", "sha256", "rows")...).
// Use Col for a column printed with a number format.
func Cols(names ...string) []Column {
	out := make([]Column, len(names))
	for i, n := range names {
		out[i] = Col(n)
	}
	return out
}
