package plotting

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/series"
)

// SeriesTable lays dated series out as a Table for write-ups: a "date"
// column (YYYY-MM-DD) over the sorted union of all dates, then one column
// per series named by its Name and printed with format f (CSV prints
// CSVDigits significant digits). A date a series lacks, or a NaN, is a NaN
// cell (printed as Missing, empty in CSV). It returns an error when a
// series' Dates and Values differ in length or a series repeats a date
// (naming the series and the date).
func SeriesTable(title string, f check.Format, ss ...series.Series) (*Table, error) {
	cols := make([]map[time.Time]float64, len(ss))
	var dates []time.Time
	seen := map[time.Time]bool{}
	for k, s := range ss {
		if len(s.Dates) != len(s.Values) {
			return nil, fmt.Errorf("plotting: SeriesTable: series %q: %d dates but %d values", s.Name, len(s.Dates), len(s.Values))
		}
		cols[k] = make(map[time.Time]float64, len(s.Dates))
		for i, d := range s.Dates {
			if _, dup := cols[k][d]; dup {
				return nil, fmt.Errorf("plotting: SeriesTable: series %q: date %s appears twice", s.Name, d.Format(time.DateOnly))
			}
			cols[k][d] = s.Values[i]
			if !seen[d] {
				seen[d] = true
				dates = append(dates, d)
			}
		}
	}
	slices.SortFunc(dates, func(a, b time.Time) int { return a.Compare(b) })
	t := NewTable(title, Column{Name: "date"})
	for _, s := range ss {
		t.Columns = append(t.Columns, Column{Name: s.Name, Format: f})
	}
	for _, d := range dates {
		row := []Cell{Text(d.Format(time.DateOnly))}
		for k := range ss {
			v, ok := cols[k][d]
			if !ok {
				v = math.NaN()
			}
			row = append(row, Num(v))
		}
		t.AddRow(row...)
	}
	return t, nil
}

// SeriesCSV writes series as one CSV table (see SeriesTable): a "date"
// column, one column per series, decimals at CSVDigits significant digits,
// empty where a series has no observation or a NaN.
func SeriesCSV(ss ...series.Series) ([]byte, error) {
	t, err := SeriesTable("", check.Format{}, ss...)
	if err != nil {
		return nil, err
	}
	return t.CSV(), nil
}
