package datasets

import (
	"io"
	"strings"

	"github.com/stockbond/sbcorr/series"
)

// damodaranCols names the 37 columns of Damodaran's histretSP export by
// position (its own header repeats names, e.g. two "S&P 500 (includes
// dividends)3"). Groups: annual nominal returns; value of $100 invested
// at the start of 1928; annual risk premia; the historical ERP; inflation;
// annual real returns; real value of $100; two real premia.
var damodaranCols = []string{
	"SP500", "SmallCap", "TBill", "TBond", "BaaCorp", "RealEstate", "Gold",
	"Value SP500", "Value SmallCap", "Value TBill", "Value TBond", "Value BaaCorp", "Value RealEstate", "Value Gold",
	"Stocks-Bills", "Stocks-Bonds", "SmallCap-SP500", "Stocks-Baa", "Historical ERP", "Inflation",
	"Real SP500", "Real SmallCap", "Real TBill", "Real TBond", "Real BaaCorp", "Real RealEstate", "Real Gold",
	"RealValue SP500", "RealValue SmallCap", "RealValue TBill", "RealValue TBond", "RealValue BaaCorp", "RealValue RealEstate", "RealValue Gold",
	"Real Stocks-Bills", "Real Stocks-Bonds",
}

// damodaranHeader is the start of the expected header, checked so that a
// re-ordered edition is rejected instead of mislabelled.
var damodaranHeader = []string{"Year", "S&P 500 (includes dividends)", "US Small cap (bottom decile)", "3-month T.Bill", "US T. Bond (10-year)"}

var damodaranFormat = format{
	opt:  CSVOptions{DateLayout: LayoutYear, Clean: trimNumber, Freq: series.Annual},
	want: `Damodaran's histretSP CSV: a header "Year,S&P 500 (includes dividends),...", then rows "YYYY,values"`,
	post: func(f series.Frame, file string) (series.Frame, error) {
		if len(f.Cols) != len(damodaranCols) {
			return series.Frame{}, parseErr(file, 1, "want %d value columns, header has %d", len(damodaranCols), len(f.Cols))
		}
		for i, want := range damodaranHeader[1:] {
			if got := f.Cols[i].Name; got != want {
				return series.Frame{}, parseErr(file, 1, "column %d is %q, want %q", i+2, got, want)
			}
		}
		for i := range f.Cols {
			f.Cols[i].Name = damodaranCols[i]
			f.Cols[i].Unit = series.UnitPercent
			if strings.Contains(damodaranCols[i], "Value") {
				f.Cols[i].Unit = "USD"
			}
		}
		return f, nil
	},
}

// ParseDamodaran parses Aswath Damodaran's "Historical returns on stocks,
// bonds and bills" (histretSP) exported to CSV: one row per year (dated
// 1 January), formatted cells ("43.81%", " $ 143.81 ", "\" $ 1,133.92 \"")
// stripped of '%', '$', spaces and thousands separators. Returns and premia
// are in PERCENT (43.81 means 43.81%); "Value ..." columns are USD. Columns
// are renamed by position (see damodaranCols: "SP500", "TBill", "TBond",
// "Inflation", ...) because the file's header repeats names. A blank
// "Historical ERP" (before 1960) is NaN.
func ParseDamodaran(r io.Reader, file string) (series.Frame, error) {
	return damodaranFormat.reader(r, file)
}

// ReadDamodaran reads the Damodaran file at path (see ParseDamodaran).
func ReadDamodaran(path string) (series.Frame, error) { return damodaranFormat.read(path) }
