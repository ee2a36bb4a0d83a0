package datasets_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// Parse a FRED download: '.' marks a holiday, kept as NaN so that it can
// be reported, then dropped explicitly.
func ExampleParseFRED() {
	in := "DATE,DGS10\n2019-10-11,1.73\n2019-10-14,.\n2019-10-15,1.77\n"
	s, err := datasets.ParseFRED(strings.NewReader(in), "DGS10.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name, s.Len(), "rows,", s.CountNaN(), "missing on", s.MissingDates()[0].Format("2006-01-02"))
	fmt.Println(s.DropNaN().PercentToDecimal().Values)

	_, err = datasets.ParseFRED(strings.NewReader("DATE,DGS10\n2019-10-11,N/A\n"), "DGS10.csv")
	fmt.Println(err)
	// Output:
	// DGS10 3 rows, 1 missing on 2019-10-14
	// [0.0173 0.0177]
	// datasets: DGS10.csv line 2: column "DGS10": bad value "N/A": want a decimal number
}

// Join a stock index and a yield on their joint calendar before taking
// returns: Columbus Day (2019-10-14) has a stock close but no yield.
func ExampleInnerJoin() {
	stock, _ := datasets.ParseCSV(strings.NewReader("Date,SPX\n2019-10-11,2970.27\n2019-10-14,2966.15\n2019-10-15,2995.68\n"), "spx.csv", datasets.CSVOptions{})
	yield, _ := datasets.ParseFRED(strings.NewReader("DATE,DGS10\n2019-10-11,1.73\n2019-10-14,.\n2019-10-15,1.77\n"), "DGS10.csv")
	joint := series.InnerJoin(stock.Cols[0], yield.PercentToDecimal()).DropNaN()
	r := joint.Cols[0].SimpleReturns()
	dy := joint.Cols[1].Diff()
	fmt.Printf("%s: stock %.4f, yield change %+.4f\n", r.Dates[0].Format("2006-01-02"), r.Values[0], dy.Values[0])
	// Output:
	// 2019-10-15: stock 0.0086, yield change +0.0004
}

// Month-end sampling keeps the last observation of each month, dated at
// that observation.
func ExampleSeries_ResampleLast() {
	f, _ := datasets.ParseCSV(strings.NewReader("Date,X\n2019-11-27,1\n2019-11-29,2\n2019-12-30,3\n2019-12-31,4\n"), "x.csv", datasets.CSVOptions{})
	m := f.Cols[0].ResampleLast(series.Monthly)
	for i, d := range m.Dates {
		fmt.Println(d.Format("2006-01-02"), m.Values[i])
	}
	// Output:
	// 2019-11-29 2
	// 2019-12-31 4
}

// Notebooks use the real data when SBCORR_DATA points to it, and the
// synthetic sample with a loud notice otherwise.
func ExampleStockBondDailyOrSample() {
	sb, err := datasets.StockBondDailyOrSample("")
	if err != nil {
		fmt.Println(err) // SBCORR_REQUIRE_DATA=1 and no data: a hard error
		return
	}
	if sb.Synthetic {
		fmt.Println(datasets.SyntheticNotice)
	}
	early := sb.In(series.Period1980to1999)
	r, dy := early.Stock.LogReturns().Floats(), early.Yield.Diff().Floats()
	fmt.Println(len(r) == len(dy))
}

// The synthetic sample is seeded: the same numbers on every run.
func ExampleSampleStockBondDaily() {
	sb := datasets.SampleStockBondDaily()
	fmt.Println(sb.Synthetic, sb.Len(), sb.Stock.First().Format("2006-01-02"), sb.Stock.Last().Format("2006-01-02"))
	fmt.Printf("%.2f %.4f\n", sb.Stock.Values[sb.Len()-1], sb.Yield.Values[sb.Len()-1])
	// Output:
	// true 10378 1980-01-02 2019-12-31
	// 3230.78 0.0192
}

// Monthly AVERAGES (the convention of the Shiller and H.15 monthly files,
// dated the 1st) differ from month-end values (the last observation).
func ExampleSeries_Aggregate() {
	f, _ := datasets.ParseFRED(strings.NewReader("DATE,DGS10\n2020-02-27,1.30\n2020-02-28,1.13\n2020-03-02,1.16\n2020-03-31,0.70\n"), "DGS10.csv")
	avg := f.Aggregate(series.Monthly, series.AggMean)
	end := f.ResampleLast(series.Monthly)
	for i := range avg.Dates {
		fmt.Printf("%s average %.3f | %s month-end %.2f\n", avg.Dates[i].Format("2006-01-02"), avg.Values[i],
			end.Dates[i].Format("2006-01-02"), end.Values[i])
	}
	// Output:
	// 2020-02-01 average 1.215 | 2020-02-28 month-end 1.13
	// 2020-03-01 average 0.930 | 2020-03-31 month-end 0.70
}

// Forward-filling happens only when asked, and at most limit observations
// in a row.
func ExampleSeries_FillForward() {
	s, _ := datasets.ParseFRED(strings.NewReader("DATE,X\n2020-01-01,1\n2020-01-02,.\n2020-01-03,.\n2020-01-06,.\n2020-01-07,2\n"), "x.csv")
	fmt.Println(s.FillForward(2).Values)
	// Output:
	// [1 1 1 NaN 2]
}

// Shiller's 0.0 fill values come out as missing, never as a zero dividend.
func ExampleParseShiller() {
	in := "Date,SP500,Dividend,Earnings,Consumer Price Index,Long Interest Rate,Real Price,Real Dividend,Real Earnings,PE10\n" +
		"2023-06-01,4345.37,67.84,181.17,305.11,3.75,4362.4,68.11,181.88,30.1\n" +
		"2023-07-01,4508.08,0.0,0.0,305.69,3.9,4508.08,0.0,0.0,31.1\n"
	f, err := datasets.ParseShiller(strings.NewReader(in), "shiller.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.MustCol("Dividend").Values, f.MustCol("Long Interest Rate").Unit)
	// Output:
	// [67.84 NaN] percent
}

// Stooq stamps bars in Warsaw time; they come back in New York time, with
// both zones' daylight-saving rules (the US switched on 2025-03-09, Europe
// on 2025-03-30).
func ExampleParseStooqIntraday() {
	in := "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>\r\n" +
		"SPY.US,5,20250307,153000,575,576,574,575.5,100,0\r\n" +
		"SPY.US,5,20250310,143000,570,571,569,570.5,200,0\r\n" +
		"SPY.US,5,20250331,153000,560,561,559,560.5,300,0\r\n"
	b, err := datasets.ParseStooqIntraday(strings.NewReader(in), "spy.us.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range b.Times {
		fmt.Println(t.Format("2006-01-02 15:04 MST"))
	}
	// Output:
	// 2025-03-07 09:30 EST
	// 2025-03-10 09:30 EDT
	// 2025-03-31 09:30 EDT
}

// A download is checked before it replaces anything: a wrong checksum
// leaves no file behind.
func ExampleDownload() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "DATE,DGS10\n2021-01-04,0.93\n")
	}))
	defer srv.Close()
	dir, _ := os.MkdirTemp("", "sbcorr-example")
	defer os.RemoveAll(dir)
	dest := filepath.Join(dir, "fred_daily", "DGS10.csv")
	err := datasets.Download{URL: srv.URL, Dest: dest, SHA256: strings.Repeat("0", 64)}.Run(context.Background())
	_, statErr := os.Stat(dest)
	fmt.Println(strings.Contains(err.Error(), "sha256"), os.IsNotExist(statErr))

	check := func(data []byte, file string) error {
		_, err := datasets.ParseFRED(bytes.NewReader(data), file)
		return err
	}
	err = datasets.Download{URL: srv.URL, Dest: dest, Check: check}.Run(context.Background())
	s, _ := datasets.ReadFRED(dest)
	fmt.Println(err, s.Values)
	// Output:
	// true true
	// <nil> [0.93]
}

// Provenance prints the exact data version on one line.
func ExampleProvenance_String() {
	s, _ := datasets.ParseFRED(strings.NewReader("DATE,DGS10\n2021-01-04,0.93\n2021-01-05,0.96\n"), "/data/fred_daily/DGS10.csv")
	fmt.Println(s.Prov[0])
	// Output:
	// DGS10.csv sha256: 2 rows 2021-01-04..2021-01-05
}
