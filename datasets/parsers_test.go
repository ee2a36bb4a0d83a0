package datasets

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/series"
)

func TestParseFRED(t *testing.T) {
	s, err := ParseFRED(strings.NewReader("DATE,DGS10\n2021-01-01,.\n2021-01-04,0.93\n2021-01-05,\n"), "DGS10.csv")
	if err != nil {
		t.Fatal(err)
	}
	if s.Name != "DGS10" || !sameFloats(s.Values, []float64{nan, 0.93, nan}) || !s.Dates[1].Equal(day("2021-01-04")) {
		t.Fatalf("got %+v", s)
	}
	if p := s.Prov[0]; p.Rows != 3 || !p.First.Equal(day("2021-01-01")) || !p.Last.Equal(day("2021-01-05")) || p.File != "DGS10.csv" {
		t.Fatalf("provenance %+v", p)
	}
}

func TestParseErrorsNameFileAndLine(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		line     int
		msg      string
	}{
		{"bad value", "DATE,X\n2020-01-01,1\n2020-01-02,N/A\n", 3, `bad value "N/A"`},
		{"bad date", "DATE,X\n2020-01-01,1\n2020-02-30,1\n", 3, "bad date"},
		{"duplicate", "DATE,X\n2020-01-01,1\n2020-01-01,2\n", 3, "duplicate date"},
		{"unsorted", "DATE,X\n2020-01-02,1\n2020-01-01,2\n", 3, "not after"},
		{"short row", "DATE,X\n2020-01-01\n", 2, "1 fields"},
		{"extra field", "DATE,X\n2020-01-01,1,2\n", 2, "3 fields"},
		{"two columns", "DATE,X,Y\n2020-01-01,1,2\n", 1, "one value column"},
		{"NaN text", "DATE,X\r\n2020-01-01,NaN\r\n", 2, "bad value"},
		{"empty", "", 0, "empty file"},
		{"no rows", "DATE,X\n", 0, "no data rows"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseFRED(strings.NewReader(tc.in), "x.csv")
			wantParseError(t, err, "x.csv", tc.line)
			if !strings.Contains(err.Error(), tc.msg) || !strings.HasPrefix(err.Error(), "datasets: x.csv") {
				t.Fatalf("error %q does not mention %q", err, tc.msg)
			}
		})
	}
}

func TestParseCSVOptions(t *testing.T) {
	in := "exported by terminal\nTicker;Date;PX_LAST;PX_VOLUME\nSPX;31.12.2019;3230.78;NA\nSPX;02.01.2020;3257.85;#N/A\n"
	f, err := ParseCSV(strings.NewReader(in), "bbg.csv", CSVOptions{
		Skip: 1, Comma: ';', DateCol: 1, DateLayout: "02.01.2006", Cols: []string{"PX_LAST", "PX_VOLUME"},
		Missing: []string{"NA", "#N/A"}, Unit: series.UnitIndex, Freq: series.Daily,
	})
	if err != nil {
		t.Fatal(err)
	}
	if !sameDates(f.Dates, days("2019-12-31", "2020-01-02")) || !sameFloats(f.MustCol("PX_LAST").Values, []float64{3230.78, 3257.85}) ||
		!sameFloats(f.MustCol("PX_VOLUME").Values, []float64{nan, nan}) || f.Cols[0].Unit != series.UnitIndex {
		t.Fatalf("got %+v", f)
	}
	if _, err := ParseCSV(strings.NewReader(in), "bbg.csv", CSVOptions{Skip: 1, Comma: ';', Cols: []string{"PX_OPEN"}}); err == nil {
		t.Fatal("missing column accepted")
	} else {
		wantParseError(t, err, "bbg.csv", 2)
	}
}

func TestParseYahoo(t *testing.T) {
	in := "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n" +
		"1927-12-30 00:00:00-05:00,17.66,17.66,17.66,17.66,0,0.0,0.0\n" +
		"2024-07-01 00:00:00-04:00,5471.08,5479.55,5446.53,5475.09,3488760000,0.0,0.0\n"
	f, err := ParseYahoo(strings.NewReader(in), "GSPC.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !sameDates(f.Dates, days("1927-12-30", "2024-07-01")) || f.MustCol("Close").Values[1] != 5475.09 {
		t.Fatalf("got %v %v", f.Dates, f.MustCol("Close").Values)
	}
	_, err = ParseYahoo(strings.NewReader(strings.Replace(in, "-04:00", "", 1)), "GSPC.csv")
	wantParseError(t, err, "GSPC.csv", 3)
}

func TestShillerZeroFillsAreMissing(t *testing.T) {
	in := "Date,SP500,Dividend,Earnings,Consumer Price Index,Long Interest Rate,Real Price,Real Dividend,Real Earnings,PE10\n" +
		"1871-01-01,4.44,0.26,0.4,12.46,5.32,109.05,6.39,9.82,0.0\n" +
		"2023-07-01,4508.08,0.0,0.0,305.69,3.9,4508.08,0.0,0.0,31.1\n" +
		"2023-10-01,4269.4,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0\n"
	f, err := ParseShiller(strings.NewReader(in), "shiller.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		col  string
		want []float64
	}{
		{"SP500", []float64{4.44, 4508.08, 4269.4}},
		{"Dividend", []float64{0.26, nan, nan}},
		{"Consumer Price Index", []float64{12.46, 305.69, nan}},
		{"Long Interest Rate", []float64{5.32, 3.9, nan}},
		{"PE10", []float64{nan, 31.1, nan}},
	} {
		if got := f.MustCol(tc.col).Values; !sameFloats(got, tc.want) {
			t.Errorf("%s = %v, want %v", tc.col, got, tc.want)
		}
	}
	if u := f.MustCol("Long Interest Rate").Unit; u != series.UnitPercent {
		t.Errorf("long rate unit %q", u)
	}
}

func TestShillerRealFileFills(t *testing.T) {
	dir := needData(t)
	f, err := Load(dir, "shiller/shiller_sp500_monthly")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		col, date string
		missing   bool
	}{
		{"Dividend", "2023-06-01", false}, {"Dividend", "2023-07-01", true},
		{"Consumer Price Index", "2023-09-01", false}, {"Consumer Price Index", "2023-10-01", true},
		{"PE10", "1880-12-01", true}, {"PE10", "1881-01-01", false}, {"SP500", "2026-06-01", false},
	} {
		v := valueAt(t, f.MustCol(tc.col), day(tc.date))
		if math.IsNaN(v) != tc.missing {
			t.Errorf("%s on %s = %v, want missing=%v", tc.col, tc.date, v, tc.missing)
		}
	}
	if n := f.MustCol("Dividend").CountNaN(); n != 36 {
		t.Errorf("Dividend has %d missing months, want 36 (2023-07..2026-06)", n)
	}
}

func TestParseParCurve(t *testing.T) {
	in := "Date,1 Mo,1 Yr,10 Yr,2 Mo,2 Yr,20 Yr,3 Mo,3 Yr,30 Yr,4 Mo,5 Yr,6 Mo,7 Yr\r\n" +
		"12/31/2021,0.06,0.39,1.52,0.05,0.73,1.94,0.06,0.97,1.9,,1.26,0.19,1.44\r\n" +
		"1/2/1990,,7.81,7.94,,7.87,,7.83,7.9,8,,7.87,7.89,7.98\r\n"
	f, err := ParseParCurve(strings.NewReader(in), "par.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 Mo", "2 Mo", "3 Mo", "4 Mo", "6 Mo", "1 Yr", "2 Yr", "3 Yr", "5 Yr", "7 Yr", "10 Yr", "20 Yr", "30 Yr"}
	if strings.Join(f.Names(), "|") != strings.Join(want, "|") {
		t.Fatalf("columns %v", f.Names())
	}
	if !sameDates(f.Dates, days("1990-01-02", "2021-12-31")) || !sameFloats(f.MustCol("10 Yr").Values, []float64{7.94, 1.52}) ||
		!sameFloats(f.MustCol("1 Mo").Values, []float64{nan, 0.06}) {
		t.Fatalf("got %v %v", f.Dates, f.MustCol("10 Yr").Values)
	}
	_, err = ParseParCurve(strings.NewReader("Date,10 Yr,11 Yr\n1/2/1990,1,2\n"), "par.csv")
	wantParseError(t, err, "par.csv", 1)
}

func TestParseACM(t *testing.T) {
	in := `"DATE","ACMY10","ACMTP10"` + "\n" + `"30-Jun-1961",3.867,0.5` + "\n" + `"31-Jul-1961",3.9,0.51` + "\n"
	f, err := ParseACM(strings.NewReader(in), "acm.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !sameDates(f.Dates, days("1961-06-30", "1961-07-31")) || f.MustCol("ACMTP10").Values[1] != 0.51 {
		t.Fatalf("got %v", f)
	}
	_, err = ParseACM(strings.NewReader(`"DATE","X"`+"\n"+`"30-Jun-1961,1`+"\n"), "acm.csv")
	wantParseError(t, err, "acm.csv", 2)
}

const frenchSample = "This file was created by CMPT_IND_RETS using the 202412 CRSP database.\r\n" +
	"It contains value- and equal-weighted returns, over many days.\r\n\r\n\r\n" +
	"  Average Value Weighted Returns -- Monthly\r\n" +
	",NoDur,Hlth \r\n192607,   1.45,   0.97\r\n192608,   3.97,  -0.5\r\n\r\n\r\n" +
	"  Average Value Weighted Returns -- Annual\r\n" +
	",NoDur,Hlth \r\n  1927,  42.46, -99.99\r\n\r\n" +
	"  Number of Firms in Portfolios\r\n,NoDur,Hlth \r\n192607,     90,      7\r\n\r\n" +
	"Copyright 2024 Eugene F. Fama and Kenneth R. French\r\n"

func TestParseFrench(t *testing.T) {
	ff, err := ParseFrench(strings.NewReader(frenchSample), "ind.CSV")
	if err != nil {
		t.Fatal(err)
	}
	if len(ff.Sections) != 3 || ff.Rows() != 4 {
		t.Fatalf("%d sections, %d rows", len(ff.Sections), ff.Rows())
	}
	m, err := ff.Section("Average Value Weighted Returns -- Monthly")
	if err != nil {
		t.Fatal(err)
	}
	if !sameDates(m.Dates, days("1926-07-01", "1926-08-01")) || !sameFloats(m.MustCol("Hlth").Values, []float64{0.97, -0.5}) ||
		m.Cols[0].Freq != series.Monthly || m.Cols[0].Unit != series.UnitPercent {
		t.Fatalf("monthly: %v %v", m.Dates, m.MustCol("Hlth").Values)
	}
	a, _ := ff.Section("Average Value Weighted Returns -- Annual")
	if !a.Dates[0].Equal(day("1927-01-01")) || !math.IsNaN(a.MustCol("Hlth").Values[0]) || a.Cols[0].Freq != series.Annual {
		t.Fatalf("annual: %v %v", a.Dates, a.MustCol("Hlth").Values)
	}
	if n, _ := ff.Section("Number of Firms in Portfolios"); n.Cols[0].Unit != series.UnitOther {
		t.Errorf("firm counts unit %q", n.Cols[0].Unit)
	}
	if _, err := ff.Section("nope"); err == nil {
		t.Fatal("unknown section accepted")
	}
	// Untitled daily blocks separated by all-comma lines (2017 daily file).
	daily := ",NoDur,Mom   \r\n19260701,0.02,0.1\r\n19260702,0.29,0.2\r\n,,\r\n,,\r\n" +
		"  Average Equal Weighted Returns -- Daily,,\r\n,NoDur,Mom\r\n19260701,0.1,0.3\r\n,,\r\nCopyright 2017 Kenneth R. French,,"
	ff, err = ParseFrench(strings.NewReader(daily), "d.CSV")
	if err != nil {
		t.Fatal(err)
	}
	if len(ff.Sections) != 2 || ff.Sections[0].Title != "" || ff.Sections[1].Title != "Average Equal Weighted Returns -- Daily" ||
		ff.Sections[0].Names()[1] != "Mom" || ff.Sections[0].Cols[0].Freq != series.Daily {
		t.Fatalf("daily sections %+v", ff.Sections)
	}
	for _, tc := range []struct {
		in   string
		line int
	}{
		{",A\n19260701,1\n1926070,2\n", 3},
		{",A\n19260701,1\n192607,2\n", 3},
		{",A\n19260701,x\n", 2},
		{",A,B\n19260701,1\n", 2},
		{"just text\n", 0},
	} {
		_, err := ParseFrench(strings.NewReader(tc.in), "bad.CSV")
		wantParseError(t, err, "bad.CSV", tc.line)
	}
}

func TestParseDamodaran(t *testing.T) {
	head := "Year,S&P 500 (includes dividends),US Small cap (bottom decile),3-month T.Bill,US T. Bond (10-year)" +
		strings.Repeat(",x", 32) + "\r\n"
	row := func(y string) string {
		dollars := `," $ 1,133.92 "` + strings.Repeat(", $ 159.91 ", 6)
		return y + ",43.81%,62.15%,3.08%,0.84%,3.22%,1.49%,0.10%" + dollars + strings.Repeat(",1%", 4) + ",,2%" +
			strings.Repeat(",3%", 7) + dollars + ",4%,4%,\r\n"
	}
	f, err := ParseDamodaran(strings.NewReader(head+row("1928")+row("1929")), "histretSP.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !f.Dates[0].Equal(day("1928-01-01")) || f.MustCol("SP500").Values[0] != 43.81 || f.MustCol("TBond").Values[1] != 0.84 ||
		f.MustCol("Value SP500").Values[0] != 1133.92 || f.MustCol("Value SP500").Unit != "USD" || !math.IsNaN(f.MustCol("Historical ERP").Values[0]) {
		t.Fatalf("got %v", f.Floats())
	}
	_, err = ParseDamodaran(strings.NewReader(strings.Replace(head, "3-month", "6-month", 1)+row("1928")), "histretSP.csv")
	wantParseError(t, err, "histretSP.csv", 1)
}

func TestParseMoFJapanAndDXY(t *testing.T) {
	f, err := ParseMoFJapan(strings.NewReader("Date,1Y,10Y,40Y\n24/09/1974,10.327,-,-\n29/03/2024,0.054,0.75,1.939\n"), "jgb.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !sameDates(f.Dates, days("1974-09-24", "2024-03-29")) || !sameFloats(f.MustCol("10Y").Values, []float64{nan, 0.75}) {
		t.Fatalf("jgb %v %v", f.Dates, f.MustCol("10Y").Values)
	}
	d, err := ParseDXY(strings.NewReader("Date,Open,High,Low,Close,Adj Close,Volume\n04/01/1971,120.53,120.53,120.53,120.53,120.53,0\n05/01/1971,null,null,null,null,null,null\n"), "dxy.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !sameFloats(d.MustCol("Close").Values, []float64{120.53, nan}) || d.DropNaN().Len() != 1 {
		t.Fatalf("dxy %v", d.MustCol("Close").Values)
	}
	_, err = ParseDXY(strings.NewReader("Date,Close\n13/13/1971,1\n"), "dxy.csv")
	wantParseError(t, err, "dxy.csv", 2)
}

func TestParseStooqIntradayTimeZones(t *testing.T) {
	in := stooqHeader + "\r\n" +
		"SPY.US,5,20250307,153000,575,576,574,575.5,100.5,0\r\n" + // CET, EST: 09:30
		"SPY.US,5,20250310,143000,570,571,569,570.5,200,0\r\n" + // CET, EDT: 09:30 (US moved first)
		"SPY.US,5,20250331,153000,560,561,559,560.5,300,0\r\n" + // CEST, EDT: 09:30
		"SPY.US,5,20250331,215500,561,562,560,561.5,400,0\r\n" // 15:55
	b, err := ParseStooqIntraday(strings.NewReader(in), "spy.us.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2025-03-07 09:30", "2025-03-10 09:30", "2025-03-31 09:30", "2025-03-31 15:55"}
	for i, w := range want {
		if got := b.Times[i].Format("2006-01-02 15:04"); got != w || b.Times[i].Location().String() != "America/New_York" {
			t.Errorf("bar %d at %s (%s), want %s New York", i, got, b.Times[i].Location(), w)
		}
	}
	if b.Ticker != "SPY.US" || b.Minutes != 5 || !b.Adjusted[0] || b.Adjusted[1] || len(b.Seams()) != 1 || b.Seams()[0] != 1 {
		t.Fatalf("ticker %s per %d adjusted %v seams %v", b.Ticker, b.Minutes, b.Adjusted, b.Seams())
	}
	for _, tc := range []struct {
		row  string
		line int
	}{
		{"SPY.US,5,20250307,153000,575,576,574,575.5,100\r\n", 2},
		{"SPY.US,5,20250307,153060,575,576,574,575.5,100,0\r\n", 2},
		{"SPY.US,5,20250307,153000,575,576,577,575.5,100,0\r\n", 2},
		{"SPY.US,5,20250307,153000,575,576,574,575.5,1,0\r\nTLT.US,5,20250307,153500,1,1,1,1,1,0\r\n", 3},
		{"SPY.US,5,20250307,153500,575,576,574,575.5,1,0\r\nSPY.US,5,20250307,153000,1,1,1,1,1,0\r\n", 3},
	} {
		_, err := ParseStooqIntraday(strings.NewReader(stooqHeader+"\r\n"+tc.row), "bad.txt")
		wantParseError(t, err, "bad.txt", tc.line)
	}
}

func TestStooqRealFiles(t *testing.T) {
	dir := needData(t)
	// Bad ticks documented in PROVENANCE.md (Warsaw stamps converted to New York).
	wantBad := map[string][]string{
		"spy": {"2025-05-19 11:55", "2025-05-19 12:05", "2025-05-19 12:15", "2025-05-19 12:20", "2025-05-19 13:30", "2025-05-27 13:10"},
		"tlt": {"2025-05-19 11:55"},
	}
	wantAdjusted := map[string]int{"spy": 1482, "tlt": 5302}
	for _, tk := range []string{"spy", "tlt"} {
		p, err := Locate(dir, "intraday/stooq_5min/"+tk+".us.txt")
		if err != nil {
			t.Fatal(err)
		}
		b, err := ReadStooqIntraday(p)
		if err != nil {
			t.Fatal(err)
		}
		var bad []string
		for i, f := range b.BadTick {
			if f {
				bad = append(bad, b.Times[i].Format("2006-01-02 15:04"))
			}
		}
		if strings.Join(bad, ",") != strings.Join(wantBad[tk], ",") {
			t.Errorf("%s bad ticks %v, want %v", tk, bad, wantBad[tk])
		}
		if s := b.Seams(); len(s) != 1 || s[0] != wantAdjusted[tk] {
			t.Errorf("%s seams %v, want [%d]", tk, s, wantAdjusted[tk])
		}
		days := map[string]int{}
		for _, tm := range b.Times {
			days[tm.Format(time.DateOnly)]++
			if h, m, _ := tm.Clock(); h*60+m < 9*60+30 || h*60+m > 15*60+55 {
				t.Fatalf("%s bar at %s outside the regular session", tk, tm)
			}
		}
		if len(days) != 102 || days["2025-07-03"] != 43 || days["2025-03-24"] != 76 || days["2025-07-11"] != 52 {
			t.Errorf("%s: %d days, 07-03 %d bars, 03-24 %d, 07-11 %d", tk, len(days), days["2025-07-03"], days["2025-03-24"], days["2025-07-11"])
		}
	}
}
