package datasets

import (
	"io"
	"slices"

	"github.com/stockbond/sbcorr/series"
)

// Tenor names a curve column and its maturity in years.
type Tenor struct {
	Name  string
	Years float64
}

// ParCurveTenors lists the columns of the US Treasury par yield curve in
// tenor order.
var ParCurveTenors = []Tenor{
	{"1 Mo", 1.0 / 12}, {"2 Mo", 2.0 / 12}, {"3 Mo", 0.25}, {"4 Mo", 4.0 / 12}, {"6 Mo", 0.5},
	{"1 Yr", 1}, {"2 Yr", 2}, {"3 Yr", 3}, {"5 Yr", 5}, {"7 Yr", 7}, {"10 Yr", 10}, {"20 Yr", 20}, {"30 Yr", 30},
}

var parCurveFormat = format{
	opt:  CSVOptions{DateLayout: LayoutUS, Sort: true, Unit: series.UnitPercent, Freq: series.Daily},
	want: `the Treasury par yield curve CSV: a header "Date,1 Mo,...,30 Yr", then rows "M/D/YYYY,values"`,
	post: func(f series.Frame, file string) (series.Frame, error) {
		var cols []series.Series
		for _, t := range ParCurveTenors {
			if c, err := f.Col(t.Name); err == nil {
				cols = append(cols, c)
			}
		}
		for _, c := range f.Cols {
			if !slices.ContainsFunc(ParCurveTenors, func(t Tenor) bool { return t.Name == c.Name }) {
				return series.Frame{}, parseErr(file, 1, "unknown tenor column %q", c.Name)
			}
		}
		f.Cols = cols
		return f, nil
	},
}

// ParseParCurve parses the US Treasury "Daily Treasury Par Yield Curve
// Rates" CSV: dates M/D/YYYY, rows newest first (sorted ascending here),
// columns in any order (the stored file has them alphabetical: 1 Mo, 1 Yr,
// 10 Yr, ...). Columns come back in tenor order (ParCurveTenors), values in
// PERCENT, blanks (tenors not yet or no longer issued: 1 Mo before
// 2001-07-31, 20 Yr before 1993-10-01, 30 Yr 2002-02-19..2006-02-08, 4 Mo
// before 2022) as NaN.
func ParseParCurve(r io.Reader, file string) (series.Frame, error) {
	return parCurveFormat.reader(r, file)
}

// ReadParCurve reads the par-curve file at path (see ParseParCurve).
func ReadParCurve(path string) (series.Frame, error) { return parCurveFormat.read(path) }
