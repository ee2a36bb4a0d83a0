package plotting

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/series"
)

func sampleTable() *Table {
	t := NewTable("Table 5 & co", Column{Name: "portfolio"}, Column{Name: "rho", Format: check.Percent(2)},
		Column{Name: "spread", Format: check.BP(0)}, Column{Name: "beta", Format: check.Decimals(3)})
	t.AddRow(Text("EW"), Num(-0.3923), Num(0.0125), Num(1.5))
	t.AddRow(Text("MV_1"), Flagged(0.1), Num(math.NaN()), Num(-0.25))
	t.AddRow(Text(""), Num(0), Num(0), Num(0))
	t.Note = "Source: 50% of | data"
	return t
}

func TestTableFormats(t *testing.T) {
	tab := sampleTable()
	for _, tc := range []struct {
		name, got string
		want      []string
	}{
		{"HTML", tab.HTML(), []string{"<caption", "Table 5 &amp; co", ">-39.23%<", ">125 bp<", ">1.500<",
			`background:#cf222e;font-weight:bold">10.00%<`, "text-align:left\">EW<", "50% of | data"}},
		{"Markdown", tab.Markdown(), []string{"**Table 5 & co**", "| portfolio | rho | spread | beta |", "|:---|---:|---:|---:|",
			"| EW | -39.23% | 125 bp | 1.500 |", "| MV_1 | **10.00%** (!) | \u2013 | -0.250 |", `50% of \| data`}},
		{"LaTeX", tab.LaTeX(), []string{` & 0.00\% & 0 bp & 0.000 \\`, `\caption{Table 5 \& co}`, `\begin{tabular}{lrrr}`, `EW & -39.23\% & 125 bp & 1.500 \\`,
			`MV\_1 & \textbf{10.00\%} & -- & -0.250 \\`, `\bottomrule`}},
		{"CSV", string(tab.CSV()), []string{"portfolio,rho,spread,beta,flag\n", "EW,-0.3923,0.0125,1.5,\n", "MV_1,0.1,,-0.25,rho\n"}},
	} {
		for _, w := range tc.want {
			if !strings.Contains(tc.got, w) {
				t.Errorf("%s: missing %q in\n%s", tc.name, w, tc.got)
			}
		}
	}
}

func TestTableAddRowPanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "1 cells for 4 columns") {
			t.Errorf("recover = %v", r)
		}
	}()
	sampleTable().AddRow(Num(1))
}

func TestFromCheck(t *testing.T) {
	c := check.New("Table 23")
	c.AddPrinted("Bad/Bad", "2.37%", 0.02371)
	c.AddPrinted("Good/Good", "0.24%", 0.0030)
	tab := FromCheck(c)
	h := tab.HTML()
	if !strings.Contains(h, `font-weight:bold">0.30%<`) || strings.Contains(h, `font-weight:bold">2.37%<`) {
		t.Errorf("out-of-tolerance row not flagged (or in-tolerance row flagged):\n%s", h)
	}
	if csv := string(tab.CSV()); !strings.Contains(csv, "Good/Good,0.0024,0.003,") || !strings.HasSuffix(csv, ",ours\n") {
		t.Errorf("CSV:\n%s", csv)
	}
	if h := tab.HTML(); !strings.Contains(h, ">FAIL: reproduced<") || strings.Contains(h, ">where<") {
		t.Errorf("status column missing, or a where column without sources:\n%s", h)
	}
}

// Statuses, sources and reasons reach every rendering of FromCheck; a row
// not reproduced is not flagged, a row not attempted has no number.
func TestFromCheckStatusAndSource(t *testing.T) {
	c := check.New("Section 3").From(check.Paper, "Table 24").
		AddPrinted("a", "2.37%", 0.0237).
		AddNotReproduced("b", 0.5, 0.08, 0.1, check.Percent(1), "other data").At("Figure 30").
		AddPrinted("c", "1.0", 7).Skip("no data").Cite(check.TwoDays, "slide 12").
		AddCondition("d", false).Cite(check.Explainer, "")
	tab := FromCheck(c)
	md := tab.Markdown()
	for _, w := range []string{
		"| a | 2.37% | 2.37% | 0.0000% | 0.0100% | reproduced | Portelli & Roncalli (2024), Table 24 |  |",
		"| b | 50.0% | 8.0% | -42.000% | 10.000% | not reproduced | Portelli & Roncalli (2024), Figure 30 | other data |",
		"| c | 1.0 | \u2013 |  | 0.100 | not attempted | Hu, Jin & Pan (2025), slide 12 | no data |",
		"| d | holds | **does not hold** (!) |  |  | FAIL: consistent (condition) | Why bonds go up when stocks go down (2025) |  |",
	} {
		if !strings.Contains(md, w) {
			t.Errorf("Markdown lacks %q:\n%s", w, md)
		}
	}
	if n := len(c.Failures()); n != 1 {
		t.Errorf("%d failures, want only the condition", n)
	}
	if csv := string(tab.CSV()); !strings.Contains(csv, "c,1,,,0.1,not attempted,") {
		t.Errorf("CSV of a row not attempted:\n%s", csv)
	}
}

func TestSeriesCSV(t *testing.T) {
	d := days(3)
	a := series.Series{Name: "a", Dates: d[:2], Values: []float64{0.01, math.NaN()}}
	b := series.Series{Name: "b", Dates: []time.Time{d[2], d[0]}, Values: []float64{2, 3}}
	got, err := SeriesCSV(a, b)
	if err != nil {
		t.Fatal(err)
	}
	want := "date,a,b\n2000-01-03,0.01,3\n2000-01-04,,\n2000-01-05,,2\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	tab, err := SeriesTable("yields", check.Percent(2), a, b)
	if err != nil {
		t.Fatal(err)
	}
	if md := tab.Markdown(); !strings.Contains(md, "| 2000-01-03 | 1.00% | 300.00% |") || !strings.Contains(md, "| 2000-01-04 | \u2013 | \u2013 |") {
		t.Errorf("SeriesTable Markdown:\n%s", md)
	}
	if _, err := SeriesCSV(series.Series{Name: "x", Dates: d, Values: nil}); err == nil || !strings.Contains(err.Error(), `"x": 3 dates but 0 values`) {
		t.Errorf("mismatch: %v", err)
	}
	if _, err := SeriesCSV(series.Series{Name: "y", Dates: []time.Time{d[0], d[0]}, Values: []float64{1, 2}}); err == nil || !strings.Contains(err.Error(), "2000-01-03 appears twice") {
		t.Errorf("duplicate: %v", err)
	}
}

func TestDateAndIntCells(t *testing.T) {
	d := time.Date(2001, 4, 30, 0, 0, 0, 0, time.UTC)
	if Month(d).Text != "2001-04" || Day(d).Text != "2001-04-30" || Int(48).Text != "48" || Month(time.Time{}).Text != "" {
		t.Fatal(Month(d), Day(d), Int(48))
	}
}

func TestTableRowConvertsValues(t *testing.T) {
	d := time.Date(2001, 4, 30, 0, 0, 0, 0, time.UTC)
	tab := NewTable("t", Col("a"), Col("b", check.Percent(1)), Col("c"), Col("d"), Col("e")).
		Row("x", 0.25, 48, d, Month(d))
	r := tab.Rows[0]
	if r[0].Text != "x" || r[1].Value != 0.25 || r[2].Text != "48" || r[3].Text != "2001-04-30" || r[4].Text != "2001-04" {
		t.Fatalf("%+v", r)
	}
	if tab.Columns[1].Format != check.Percent(1) || tab.Columns[0].Format != (check.Format{}) {
		t.Fatal("Col formats")
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "plotting: Table.Row \"t\": value 1 is a bool") {
			t.Fatalf("panic %v", r)
		}
	}()
	tab.Row(true, 1.0, 1, d, "x")
}

func TestTableFormatByName(t *testing.T) {
	tab := NewTable("t", Cols("a", "b", "c")...).Format(check.Percent(1), "b", "c")
	if tab.Columns[0].Format != (check.Format{}) || tab.Columns[1].Format != check.Percent(1) || tab.Columns[2].Format != check.Percent(1) {
		t.Fatalf("%+v", tab.Columns)
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), `plotting: Table.Format "t": no column "z"`) {
			t.Fatalf("panic %v", r)
		}
	}()
	tab.Format(check.Percent(1), "z")
}
