package datasets

import (
	"io"

	"github.com/stockbond/sbcorr/series"
)

// yahooFormat reads Yahoo Finance/yfinance history exports: Date with an
// exchange UTC offset ("1927-12-30 00:00:00-05:00"), then Open, High, Low,
// Close, Volume, Dividends, Stock Splits [, Capital Gains].
var yahooFormat = format{opt: CSVOptions{DateLayout: LayoutYahooTZ, Missing: []string{"null"}, Unit: series.UnitPrice, Freq: series.Daily},
	want: `a yfinance CSV: a header "Date,Open,High,Low,Close,Volume,...", then rows "YYYY-MM-DD hh:mm:ss-05:00,values"`}

// yahooClose is yahooFormat reading the Date and Close columns only (the
// S&P 500 builder needs no other: parsing the six others tripled its cost).
var yahooClose = format{opt: CSVOptions{DateLayout: LayoutYahooTZ, Missing: []string{"null"}, Unit: series.UnitPrice, Freq: series.Daily,
	Cols: []string{"Close"}}, want: yahooFormat.want}

// ParseYahoo parses a yfinance OHLC CSV read from r into a Frame with one
// column per field (Open, High, Low, Close, Volume, Dividends, Stock
// Splits, ...). Dates are the exchange-local calendar date of each row at
// UTC midnight: the offset is checked, not applied, so 1990-01-02
// 00:00-05:00 is 1990-01-02. Every column is labelled UnitPrice; Volume is
// in shares and Dividends in currency per share (see the catalogue).
func ParseYahoo(r io.Reader, file string) (series.Frame, error) { return yahooFormat.reader(r, file) }

// ReadYahoo reads a yfinance OHLC file (see ParseYahoo), with its sha256.
func ReadYahoo(path string) (series.Frame, error) { return yahooFormat.read(path) }
