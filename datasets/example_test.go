package datasets_test

import (
	"fmt"
	"strings"

	"github.com/stockbond/sbcorr/datasets"
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
	// datasets: DGS10.csv line 2: column "DGS10": bad value "N/A"
}

// Join a stock index and a yield on their joint calendar before taking
// returns: Columbus Day (2019-10-14) has a stock close but no yield.
func ExampleInnerJoin() {
	stock, _ := datasets.ParseCSV(strings.NewReader("Date,SPX\n2019-10-11,2970.27\n2019-10-14,2966.15\n2019-10-15,2995.68\n"), "spx.csv", datasets.CSVOptions{})
	yield, _ := datasets.ParseFRED(strings.NewReader("DATE,DGS10\n2019-10-11,1.73\n2019-10-14,.\n2019-10-15,1.77\n"), "DGS10.csv")
	joint := datasets.InnerJoin(stock.Cols[0], yield.PercentToDecimal()).DropNaN()
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
	m := f.Cols[0].ResampleLast(datasets.Monthly)
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
	early := sb.In(datasets.Period1980to1999)
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
