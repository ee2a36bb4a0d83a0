package plotting

import (
	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/series"
)

// PeriodTable lays out the mean of each series over each period as a Table:
// one row per series, its Name in a first text column headed label, then
// one column per period, headed by the period's Name and printed with
// format f, whose cell is s.In(p).Mean(), the mean of the series' non-NaN
// values dated in the period (NaN, printed as missing, when it has none).
// It is the table of a statistic averaged by sub-period, e.g. the rolling
// stock-bond correlation of each sector relative to the index over the
// columns of Portelli & Roncalli (2024), Table 17 (see series.Spans):
//
//	plotting.PeriodTable("Sector minus index", "sector", check.Percent(1), periods, diffs...)
//
// The values are in the series' unit (decimals, printed by f).
func PeriodTable(title, label string, f check.Format, periods []series.Period, ss ...series.Series) *Table {
	t := NewTable(title, Col(label))
	for _, p := range periods {
		t.Columns = append(t.Columns, Col(p.Name, f))
	}
	for _, s := range ss {
		row := []Cell{Text(s.Name)}
		for _, p := range periods {
			row = append(row, Num(s.In(p).Mean()))
		}
		t.AddRow(row...)
	}
	return t
}
