package plotting

import (
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/series"
)

func TestTimes(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	c := Times("Mon 2006-01-02", series.Date(2015, 10, 12), series.Date(2015, 11, 11))
	if c.Text != "Mon 2015-10-12, Wed 2015-11-11" {
		t.Errorf("days: %q", c.Text)
	}
	if c := Times("2006-01-02 15:04 MST", time.Date(2025, 4, 9, 9, 30, 0, 0, ny)); c.Text != "2025-04-09 09:30 EDT" {
		t.Errorf("instant: %q", c.Text)
	}
	if c := Times("2006"); c.Text != "" {
		t.Errorf("no times: %q", c.Text)
	}
}

func TestSeriesTableLayout(t *testing.T) {
	d := series.Date
	a := series.New("S&P 500", []time.Time{d(1931, 1, 1), d(2022, 1, 1)}, []float64{-0.4384, -0.1804})
	tab, err := SeriesTableLayout("Down years", "2006", check.Percent(2), a)
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Markdown(); !strings.Contains(got, "| 1931 | -43.84% |") || !strings.Contains(got, "| 2022 |") {
		t.Errorf("markdown:\n%s", got)
	}
	if _, err := SeriesTableLayout("x", "2006", check.Percent(2), series.Series{Name: "bad", Values: []float64{1}}); err == nil {
		t.Error("bad series: no error")
	}
}

func TestCols(t *testing.T) {
	cs := Cols("name", "rows")
	if len(cs) != 2 || cs[0].Name != "name" || cs[1].Name != "rows" || cs[1].Format != (check.Format{}) {
		t.Errorf("columns %+v", cs)
	}
	tab := NewTable("t", Cols("a", "b")...).Row("x", 3)
	if got := tab.Markdown(); !strings.Contains(got, "| x | 3 |") {
		t.Errorf("markdown:\n%s", got)
	}
}
