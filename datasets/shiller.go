package datasets

import (
	"io"

	"github.com/stockbond/sbcorr/series"
)

// shillerUnits labels the columns of the Shiller monthly file.
var shillerUnits = map[string]series.Unit{
	"SP500": series.UnitIndex, "Dividend": "USD (index units, annualised)", "Earnings": "USD (index units, trailing 12m)",
	"Consumer Price Index": series.UnitIndex, "Long Interest Rate": series.UnitPercent, "Real Price": series.UnitIndex,
	"Real Dividend": "USD (real)", "Real Earnings": "USD (real)", "PE10": "ratio",
}

var shillerFormat = format{
	opt:  CSVOptions{DateLayout: LayoutISO, Freq: series.Monthly},
	want: `Shiller's monthly CSV: a header "Date,SP500,Dividend,...,PE10", then rows "YYYY-MM-01,values"`,
	post: func(f series.Frame, file string) (series.Frame, error) {
		for i, c := range f.Cols {
			u, ok := shillerUnits[c.Name]
			if !ok {
				return series.Frame{}, parseErr(file, 1, "unexpected Shiller column %q", c.Name)
			}
			f.Cols[i].Unit = u
			for j, v := range c.Values {
				if v == 0 {
					c.Values[j] = nan64()
				}
			}
		}
		return f, nil
	},
}

// ParseShiller parses Shiller's monthly S&P composite file as tidied by
// datahub.io (Date, SP500, Dividend, Earnings, Consumer Price Index, Long
// Interest Rate, Real Price, Real Dividend, Real Earnings, PE10).
//
// Every 0.0 is a FILL value and comes out as NaN: dividends and earnings
// after 2023-06, CPI, long rate, real price and PE10 after 2023-09, PE10
// before 1881 (no 10-year earnings history). No column of this file can be
// truly zero. Values are MONTHLY AVERAGES of daily closes (SP500) and of
// the daily GS10 yield (Long Interest Rate, percent), not month-end values;
// dates are the 1st of the month.
func ParseShiller(r io.Reader, file string) (series.Frame, error) {
	return shillerFormat.reader(r, file)
}

// ReadShiller reads the Shiller file at path (see ParseShiller).
func ReadShiller(path string) (series.Frame, error) { return shillerFormat.read(path) }
