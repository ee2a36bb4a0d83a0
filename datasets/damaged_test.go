package datasets

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

// parserCase is one of the 11 parsers with a small well-formed input whose
// last line is a data row ending in a newline.
type parserCase struct {
	name  string
	parse func(r io.Reader, file string) (rows int, err error)
	in    string
	// bad is a row (without newline) that replaces the first data row to
	// check value syntax; "1_000" is substituted for "@".
	bad string
}

// frameRows adapts a Frame parser.
func frameRows(p func(io.Reader, string) (series.Frame, error)) func(io.Reader, string) (int, error) {
	return func(r io.Reader, file string) (int, error) {
		f, err := p(r, file)
		return f.Len(), err
	}
}

// damodaranRow builds a 37-column Damodaran row for year y ending in last.
func damodaranRow(y, last string) string {
	return y + strings.Repeat(",1.5%", 35) + "," + last
}

var damodaranHead = "Year,S&P 500 (includes dividends),US Small cap (bottom decile),3-month T.Bill,US T. Bond (10-year)" +
	strings.Repeat(",x", 32)

var parserCases = []parserCase{
	{"CSV", frameRows(func(r io.Reader, f string) (series.Frame, error) { return ParseCSV(r, f, CSVOptions{}) }),
		"Date,A,B\n2002-12-30,3.82,4.5\n2002-12-31,3.83,4.25\n", "2002-12-30,@,4.5"},
	{"FRED", func(r io.Reader, f string) (int, error) { s, err := ParseFRED(r, f); return s.Len(), err },
		"DATE,DGS10\n2002-12-30,3.82\n2002-12-31,3.83\n", "2002-12-30,@"},
	{"Yahoo", frameRows(ParseYahoo), "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n" +
		"2024-06-28 00:00:00-04:00,5488.48,5523.64,5451.12,5460.48,3398690000,0.0,0.0\n" +
		"2024-07-01 00:00:00-04:00,5471.08,5479.55,5446.53,5475.09,3488760000,0.0,0.25\n",
		"2024-06-28 00:00:00-04:00,5488.48,5523.64,5451.12,@,3398690000,0.0,0.0"},
	{"Shiller", frameRows(ParseShiller), "Date,SP500,Dividend,Earnings,Consumer Price Index,Long Interest Rate,Real Price,Real Dividend,Real Earnings,PE10\n" +
		"1871-01-01,4.44,0.26,0.4,12.46,5.32,109.05,6.39,9.82,0.0\n1871-02-01,4.5,0.26,0.4,12.84,5.32,107.27,6.21,9.53,12.25\n",
		"1871-01-01,@,0.26,0.4,12.46,5.32,109.05,6.39,9.82,0.0"},
	{"ParCurve", frameRows(ParseParCurve), "Date,1 Mo,10 Yr\r\n12/31/2021,0.06,1.52\r\n12/30/2021,0.06,1.55\r\n",
		"12/31/2021,@,1.52"},
	{"ACM", frameRows(ParseACM), `"DATE","ACMY10","ACMTP10"` + "\n" + `"30-Jun-1961",3.867,0.5` + "\n" + `"31-Jul-1961",3.9,0.51` + "\n",
		`"30-Jun-1961",@,0.5`},
	{"Damodaran", frameRows(ParseDamodaran), damodaranHead + "\r\n" + damodaranRow("1928", "9.66%") + "\r\n" +
		damodaranRow("1929", "13.15%") + "\r\n", damodaranRow("1928", "@")},
	{"MoFJapan", frameRows(ParseMoFJapan), "Date,1Y,10Y,40Y\n24/09/1974,10.327,-,-\n25/09/1974,10.335,9.5,-\n",
		"24/09/1974,@,-,-"},
	{"DXY", frameRows(ParseDXY), "Date,Open,High,Low,Close,Adj Close,Volume\n04/01/1971,120.53,120.53,120.53,120.53,120.53,0\n" +
		"05/01/1971,120.5,120.5,120.5,120.5,120.5,10\n", "04/01/1971,120.53,120.53,120.53,@,120.53,0"},
	{"French", func(r io.Reader, f string) (int, error) { ff, err := ParseFrench(r, f); return ff.Rows(), err },
		"  Average Value Weighted Returns -- Monthly\r\n,NoDur,Hlth \r\n192607,   1.45,   0.97\r\n192608,   3.97,  -0.55\r\n",
		"192607,   @,   0.97"},
	{"Stooq", func(r io.Reader, f string) (int, error) { b, err := ParseStooqIntraday(r, f); return b.Len(), err },
		stooqHeader + "\r\nSPY.US,5,20250307,153000,575,576,574,575.5,100,0\r\nSPY.US,5,20250307,153500,575.5,577,575,576.25,200,0\r\n",
		"SPY.US,5,20250307,153000,575,576,574,575.5,@,0"},
}

// lineCount returns the number of lines of a newline-terminated input.
func lineCount(s string) int { return strings.Count(s, "\n") }

// TestParsersWellFormedSamples checks that every sample parses, so that
// the damaged variants below fail for the damage only.
func TestParsersWellFormedSamples(t *testing.T) {
	for _, pc := range parserCases {
		if n, err := pc.parse(strings.NewReader(pc.in), "ok.csv"); err != nil || n != 2 {
			t.Errorf("%s: %d rows, %v", pc.name, n, err)
		}
	}
}

// TestParsersRejectCutLastLine cuts every sample at each byte inside its
// last line (newline included): each cut is an error naming the file and
// the last line, never a shorter number or a NaN.
func TestParsersRejectCutLastLine(t *testing.T) {
	for _, pc := range parserCases {
		last := strings.LastIndexByte(pc.in[:len(pc.in)-1], '\n') + 1
		for cut := last + 1; cut < len(pc.in); cut++ {
			in := pc.in[:cut]
			n, err := pc.parse(strings.NewReader(in), "cut.csv")
			if err == nil {
				t.Errorf("%s cut to %q: %d rows, no error", pc.name, in[last:], n)
				continue
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "cut.csv" || pe.Line != lineCount(pc.in) {
				t.Errorf("%s cut to %q: error %v, want cut.csv line %d", pc.name, in[last:], err, lineCount(pc.in))
			}
		}
	}
}

// TestParsersRejectNonDecimalNumbers: strconv.ParseFloat accepts "1_000",
// hexadecimal floats and "infinity"; a data file means none of them.
func TestParsersRejectNonDecimalNumbers(t *testing.T) {
	for _, pc := range parserCases {
		for _, v := range []string{"1_000", "0x1p4", "1e1_0", "infinity", "+Inf", "1__0"} {
			lines := strings.SplitAfter(pc.in, "\n")
			head := 1
			if pc.name == "French" {
				head = 2
			}
			lines[head] = strings.Replace(pc.bad, "@", v, 1) + "\n"
			_, err := pc.parse(strings.NewReader(strings.Join(lines, "")), "num.csv")
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line != head+1 || !strings.Contains(err.Error(), v) {
				t.Errorf("%s with %q: error %v, want num.csv line %d naming the value", pc.name, v, err, head+1)
			}
		}
	}
}

// TestParsersAcceptBOM: a UTF-8 byte order mark (Excel's "CSV UTF-8") is
// skipped by every parser.
func TestParsersAcceptBOM(t *testing.T) {
	for _, pc := range parserCases {
		if n, err := pc.parse(strings.NewReader("\ufeff"+pc.in), "bom.csv"); err != nil || n != 2 {
			t.Errorf("%s with a BOM: %d rows, %v", pc.name, n, err)
		}
	}
}

// TestParsersWholeFileErrorsSayWhatIsExpected: an empty file, a header
// alone or a lone CR is a *ParseError that says what the file should hold.
func TestParsersWholeFileErrorsSayWhatIsExpected(t *testing.T) {
	for _, pc := range parserCases {
		header := pc.in[:strings.IndexByte(pc.in, '\n')+1]
		for _, in := range []string{"", "\r", "\n", "\ufeff", header, "\r\r\n"} {
			_, err := pc.parse(strings.NewReader(in), "whole.csv")
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "whole.csv" || !strings.Contains(pe.Msg, "want ") {
				t.Errorf("%s on %q: error %v, want a *ParseError saying what was expected", pc.name, in, err)
			}
		}
	}
}

// TestFrenchTableEndsOnlyAtABlankLine: inside a table every line is a row
// or the blank line that ends it; a row outside any table is an error.
func TestFrenchTableEndsOnlyAtABlankLine(t *testing.T) {
	head := "  Average Value Weighted Returns -- Monthly\n,NoDur,Hlth\n192607,1.45,0.97\n"
	for _, tc := range []struct {
		name, in string
		line     int
	}{
		{"garbage line", head + "#####\n192608,3.97,-0.55\n", 4},
		{"garbage with commas", head + "oops,1,2\n192608,3.97,-0.55\n", 4},
		{"ISO date", head + "1990-01-02,3.97,-0.55\n", 4},
		{"daily date in a monthly table", head + "19260802,3.97,-0.55\n", 4},
		{"row after the trailer", head + "\nCopyright 2024 Eugene F. Fama and Kenneth R. French\n192608,3.97,-0.55\n", 6},
		{"row after a blank line", head + "\n192608,3.97,-0.55\n", 5},
		{"header inside a table", head + ",A,B\n192608,3.97,-0.55\n", 4},
	} {
		_, err := ParseFrench(strings.NewReader(tc.in), "ff.CSV")
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != "ff.CSV" || pe.Line != tc.line {
			t.Errorf("%s: error %v, want ff.CSV line %d", tc.name, err, tc.line)
		}
	}
}

// TestStoredCopiesWithoutFinalNewline: the two stored copies whose last
// row has no line ending are read whole (their sha256 is known), and the
// same bytes cut by one character are an error at the last line.
func TestStoredCopiesWithoutFinalNewline(t *testing.T) {
	dir := needData(t)
	for _, rel := range []string{"ken_french/F-F_Momentum_Factor_daily.CSV", "damodaran/histretSP.csv"} {
		p, err := Locate(dir, rel)
		if err != nil {
			t.Fatal(err)
		}
		data, sum, err := readSum(p)
		if err != nil {
			t.Fatal(err)
		}
		if completeUnterminated[sum] != rel || data[len(data)-1] == '\n' {
			t.Fatalf("%s: sha256 %s not listed, or the file ends with a newline", rel, sum)
		}
		parse := func(b []byte) error { _, err := parseFrench(b, rel); return err }
		if strings.HasPrefix(rel, "damodaran") {
			parse = func(b []byte) error { _, err := damodaranFormat.parse(b, rel); return err }
		}
		if err := parse(data); err != nil {
			t.Errorf("stored copy: %v", err)
		}
		var pe *ParseError
		if err := parse(data[:len(data)-1]); !errors.As(err, &pe) || pe.Line != lineCount(string(data))+1 {
			t.Errorf("%s cut by one byte: %v, want an error at line %d", rel, err, lineCount(string(data))+1)
		}
	}
}
