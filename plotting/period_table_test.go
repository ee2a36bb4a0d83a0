package plotting

import (
	"math"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/series"
)

func TestPeriodTable(t *testing.T) {
	d := series.Date
	dates := []time.Time{d(2000, 1, 1), d(2000, 7, 1), d(2001, 1, 1), d(2002, 1, 1)}
	a := series.New("a", dates, []float64{1, 3, math.NaN(), 8})
	b := series.New("b", dates, []float64{-1, -2, -3, -4})
	ps := []series.Period{series.Years(2000, 2000), series.Years(2001, 2001), series.Years(2000, 2002)}
	tab := PeriodTable("means", "name", check.Decimals(2), ps, a, b)
	names := []string{"name", "2000-2000", "2001-2001", "2000-2002"}
	if len(tab.Columns) != len(names) {
		t.Fatalf("%d columns, want %d", len(tab.Columns), len(names))
	}
	for i, c := range tab.Columns {
		if c.Name != names[i] || (i > 0) != (c.Format == check.Decimals(2)) {
			t.Errorf("column %d = %+v, want %q (format only on period columns)", i, c, names[i])
		}
	}
	want := [][]float64{{2, math.NaN(), 4}, {-1.5, -3, -2.5}}
	for r, row := range tab.Rows {
		if row[0].Text != []string{"a", "b"}[r] {
			t.Errorf("row %d named %q", r, row[0].Text)
		}
		for k, w := range want[r] {
			if got := row[k+1].Value; got != w && !(math.IsNaN(got) && math.IsNaN(w)) {
				t.Errorf("row %d, period %d: %v, want %v", r, k, got, w)
			}
		}
	}
}
