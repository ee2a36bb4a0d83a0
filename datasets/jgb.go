package datasets

import (
	"io"

	"github.com/stockbond/sbcorr/series"
)

var (
	mofJapanFormat = format{opt: CSVOptions{DateLayout: LayoutEU, Missing: []string{"-"}, Unit: series.UnitPercent, Freq: series.Daily},
		want: `the MoF Japan JGB CSV: a header "Date,1Y,...,40Y", then rows "DD/MM/YYYY,values"`}
	dxyFormat = format{opt: CSVOptions{DateLayout: LayoutEU, Missing: []string{"null"}, Unit: series.UnitIndex, Freq: series.Daily},
		want: `the DXY CSV: a header "Date,Open,High,Low,Close,Adj Close,Volume", then rows "DD/MM/YYYY,values"`}
)

// ParseMoFJapan parses the Ministry of Finance Japan JGB constant-maturity
// yields (jgbcme_all.csv as re-dated by its uploader): Date DD/MM/YYYY,
// then 1Y..10Y, 15Y, 20Y, 25Y, 30Y, 40Y in PERCENT; '-' (tenor not yet
// issued) is NaN.
func ParseMoFJapan(r io.Reader, file string) (series.Frame, error) {
	return mofJapanFormat.reader(r, file)
}

// ReadMoFJapan reads the MoF Japan file at path (see ParseMoFJapan).
func ReadMoFJapan(path string) (series.Frame, error) { return mofJapanFormat.read(path) }

// ParseDXY parses the ICE US Dollar Index in Yahoo's CSV layout with
// DD/MM/YYYY dates (Date, Open, High, Low, Close, Adj Close, Volume);
// Yahoo's 'null' placeholder rows are kept with NaN values (drop them with
// DropNaN). Index points (March 1973 = 100).
func ParseDXY(r io.Reader, file string) (series.Frame, error) { return dxyFormat.reader(r, file) }

// ReadDXY reads the DXY file at path (see ParseDXY).
func ReadDXY(path string) (series.Frame, error) { return dxyFormat.read(path) }
