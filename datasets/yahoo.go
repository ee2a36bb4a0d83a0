package datasets

import "io"

// yahooOptions reads Yahoo Finance/yfinance history exports: Date with an
// exchange UTC offset ("1927-12-30 00:00:00-05:00"), then Open, High, Low,
// Close, Volume, Dividends, Stock Splits [, Capital Gains].
var yahooOptions = CSVOptions{DateLayout: LayoutYahooTZ, Missing: []string{"null"}, Unit: UnitPrice, Freq: Daily}

// ParseYahoo parses a yfinance OHLC CSV read from r into a Frame with one
// column per field (Open, High, Low, Close, Volume, Dividends, Stock
// Splits, ...). Dates are the exchange-local calendar date of each row at
// UTC midnight: the offset is checked, not applied, so 1990-01-02
// 00:00-05:00 is 1990-01-02. Volume, Dividends and Splits columns keep the
// price unit label; see the catalogue for their meaning.
func ParseYahoo(r io.Reader, file string) (Frame, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Frame{}, err
	}
	return parseCSV(data, file, yahooOptions)
}

// ReadYahoo reads a yfinance OHLC file (see ParseYahoo), with its sha256.
func ReadYahoo(path string) (Frame, error) {
	return readWith(path, func(data []byte) (Frame, error) { return parseCSV(data, path, yahooOptions) })
}
