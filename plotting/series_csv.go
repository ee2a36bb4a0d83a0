package plotting

import (
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// SeriesCSV writes series as one CSV table for write-ups: a "date" column
// (YYYY-MM-DD) over the sorted union of all dates, then one column per
// series named by its Name, values as decimals at full precision, empty
// where a series has no observation or a NaN. It returns an error when a
// series' Dates and Values differ in length or a series repeats a date
// (naming the series and the date).
func SeriesCSV(series ...Series) ([]byte, error) {
	cols := make([]map[time.Time]float64, len(series))
	var dates []time.Time
	seen := map[time.Time]bool{}
	for k, s := range series {
		if len(s.Dates) != len(s.Values) {
			return nil, fmt.Errorf("plotting: SeriesCSV: series %q: %d dates but %d values", s.Name, len(s.Dates), len(s.Values))
		}
		cols[k] = make(map[time.Time]float64, len(s.Dates))
		for i, d := range s.Dates {
			if _, dup := cols[k][d]; dup {
				return nil, fmt.Errorf("plotting: SeriesCSV: series %q: date %s appears twice", s.Name, d.Format(time.DateOnly))
			}
			cols[k][d] = s.Values[i]
			if !seen[d] {
				seen[d] = true
				dates = append(dates, d)
			}
		}
	}
	slices.SortFunc(dates, func(a, b time.Time) int { return a.Compare(b) })
	var b strings.Builder
	w := csv.NewWriter(&b)
	head := []string{"date"}
	for _, s := range series {
		head = append(head, s.Name)
	}
	_ = w.Write(head) // writes to a strings.Builder cannot fail
	for _, d := range dates {
		rec := []string{d.Format(time.DateOnly)}
		for k := range series {
			v, ok := cols[k][d]
			field := ""
			if ok && finite(v) {
				field = strconv.FormatFloat(v, 'g', -1, 64)
			}
			rec = append(rec, field)
		}
		_ = w.Write(rec)
	}
	w.Flush()
	return []byte(b.String()), nil
}
