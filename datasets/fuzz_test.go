package datasets

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

// fuzzName is the file name given to parsers under fuzzing.
const fuzzName = "fuzz.csv"

// checkFuzzErr fails unless err is a *ParseError naming fuzzName with a
// line inside the input.
func checkFuzzErr(t *testing.T, data []byte, err error) {
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error is not a *ParseError: %v", err)
	}
	if pe.File != fuzzName || pe.Line < 0 || pe.Line > bytes.Count(data, []byte{'\n'})+1 {
		t.Fatalf("error %q: bad file/line", err)
	}
}

// checkFuzzFrame fails unless f is well formed: one calendar, increasing
// dates, equal lengths.
func checkFuzzFrame(t *testing.T, f series.Frame) {
	for _, c := range f.Cols {
		if len(c.Values) != len(f.Dates) || len(c.Dates) != len(f.Dates) {
			t.Fatalf("column %q: %d values, %d dates, frame %d", c.Name, len(c.Values), len(c.Dates), len(f.Dates))
		}
		series.New(c.Name, c.Dates, c.Values) // panics on non-increasing dates
	}
}

// damagedSeeds derives from a well-formed seed the damage classes of
// the hostile cases: a UTF-8 BOM, cuts inside the last line, a lone CR, a
// number with an underscore or in hexadecimal, and the header alone.
func damagedSeeds(s string) []string {
	out := []string{"\ufeff" + s, strings.Replace(s, "\n", "\r", 1), s[:strings.IndexByte(s+"\n", '\n')] + "\n"}
	for _, cut := range []int{1, 2, 3} {
		if cut < len(s) {
			out = append(out, s[:len(s)-cut])
		}
	}
	if i := strings.LastIndexAny(s, "0123456789"); i > 0 {
		out = append(out, s[:i]+"_0"+s[i:], s[:i]+"0x1p"+s[i:])
	}
	return out
}

// fuzzFrameParser fuzzes a Frame parser from seed inputs and their
// damaged variants (damagedSeeds).
func fuzzFrameParser(f *testing.F, parse func(io.Reader, string) (series.Frame, error), seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
		for _, d := range damagedSeeds(s) {
			f.Add([]byte(d))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fr, err := parse(bytes.NewReader(data), fuzzName)
		if err != nil {
			checkFuzzErr(t, data, err)
			return
		}
		checkFuzzFrame(t, fr)
	})
}

func FuzzParseCSV(f *testing.F) {
	fuzzFrameParser(f, func(r io.Reader, file string) (series.Frame, error) {
		return ParseCSV(r, file, CSVOptions{Skip: 1, Comma: ';', DateCol: 1, DateLayout: "02.01.2006", Missing: []string{"NA"}, Sort: true})
	}, "x\nT;Date;A\nS;31.12.2019;1;\nS;01.12.2019;NA\n", "x\nT;Date;\"A;B\"\nS;31.12.2019;\"1\"\n")
}

func FuzzParseFRED(f *testing.F) {
	fuzzFrameParser(f, func(r io.Reader, file string) (series.Frame, error) {
		s, err := ParseFRED(r, file)
		return series.Frame{Dates: s.Dates, Cols: []series.Series{s}}, err
	}, "DATE,DGS10\n2021-01-01,.\n2021-01-04,0.93\n", "date,value\r\n1980-01-01,\r\n1980-01-02,10.5\r\n", "observation_date,AAA\n1919-01-01,5.35")
}

func FuzzParseYahoo(f *testing.F) {
	fuzzFrameParser(f, ParseYahoo, "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n1927-12-30 00:00:00-05:00,17.66,17.66,17.66,17.66,0,0.0,0.0\n")
}

func FuzzParseShiller(f *testing.F) {
	fuzzFrameParser(f, ParseShiller, "Date,SP500,Dividend,Earnings,Consumer Price Index,Long Interest Rate,Real Price,Real Dividend,Real Earnings,PE10\n"+
		"1871-01-01,4.44,0.26,0.4,12.46,5.32,109.05,6.39,9.82,0.0\n")
}

func FuzzParseParCurve(f *testing.F) {
	fuzzFrameParser(f, ParseParCurve, "Date,1 Mo,1 Yr,10 Yr\r\n12/31/2021,0.06,0.39,1.52\r\n1/2/1990,,7.81,7.94\r\n")
}

func FuzzParseACM(f *testing.F) {
	fuzzFrameParser(f, ParseACM, `"DATE","ACMY10","ACMTP10"`+"\n"+`"30-Jun-1961",3.867,0.5`+"\n")
}

func FuzzParseDamodaran(f *testing.F) {
	fuzzFrameParser(f, ParseDamodaran, "Year,S&P 500 (includes dividends),US Small cap (bottom decile),3-month T.Bill,US T. Bond (10-year)\n"+
		`1928,43.81%,62.15%,3.08%,0.84%," $ 1,133.92 "`+"\n")
}

func FuzzParseMoFJapan(f *testing.F) {
	fuzzFrameParser(f, ParseMoFJapan, "Date,1Y,10Y,40Y\n24/09/1974,10.327,-,-\n29/03/2024,0.054,0.75,1.939\n")
}

func FuzzParseDXY(f *testing.F) {
	fuzzFrameParser(f, ParseDXY, "Date,Open,High,Low,Close,Adj Close,Volume\n04/01/1971,120.53,120.53,120.53,120.53,120.53,0\n05/01/1971,null,null,null,null,null,null\n")
}

func FuzzParseFrench(f *testing.F) {
	fuzzFrameParser(f, func(r io.Reader, file string) (series.Frame, error) {
		ff, err := ParseFrench(r, file)
		if err != nil {
			return series.Frame{}, err
		}
		if ff.Rows() < 0 {
			panic("negative rows")
		}
		return ff.Sections[len(ff.Sections)-1].Frame, nil
	}, frenchSample, ",NoDur,Mom\r\n19260701,0.02,0.1\r\n,,\r\n  Title,,\r\n,A,B\r\n19260701,0.1,0.3\r\n",
		",A\n192607,1\n#####\n192608,2\n", ",A\n192607,1\n1990-01-02,2\n", ",A\n192607,1\n19260802,2\n",
		",A\n192607,1\n\nCopyright\n192608,2\n", ",A\n192607,1\n,B\n192608,2\n")
}

func FuzzParseStooqIntraday(f *testing.F) {
	fuzzFrameParser(f, func(r io.Reader, file string) (series.Frame, error) {
		b, err := ParseStooqIntraday(r, file)
		if err != nil {
			return series.Frame{}, err
		}
		if len(b.BadTick) != b.Len() || len(b.Adjusted) != b.Len() {
			panic("flag lengths")
		}
		return b.Frame(), nil
	}, stooqHeader+"\r\nSPY.US,5,20250307,153000,575,576,574,575.5,100.5,0\r\nSPY.US,5,20250310,143000,570,571,569,570.5,200,0\r\n")
}
