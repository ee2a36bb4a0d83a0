package datasets

import (
	"fmt"

	"github.com/stockbond/sbcorr/series"
)

// Load reads the catalogue entry name from the first data directory that
// holds it (see Locate; dir "" uses the environment). The returned columns
// carry the entry's unit and frequency and a provenance with file, sha256,
// range, rows and the publisher URL. Ken French files return their FIRST
// table (use ReadFrench for the others); Stooq intraday files return the
// Open/High/Low/Close/Volume columns dated at bar start (New York time).
//
// Monthly AVERAGES: the Shiller file (shiller/shiller_sp500_monthly), the
// H.15 monthly file (fed_h15_monthly/us10y_monthly, = GS10) and the OECD
// yields (oecd_fred_lt_rates) hold monthly averages of daily values dated
// the 1st of the month, not month-end values; for month-end values use
// StockBondMonthly or Series.ResampleLast on a daily series.
func Load(dir, name string) (series.Frame, error) {
	e, err := Lookup(name)
	if err != nil {
		return series.Frame{}, err
	}
	p, err := Locate(dir, e.Path)
	if err != nil {
		return series.Frame{}, err
	}
	f, err := readEntry(p, e)
	if err != nil {
		return series.Frame{}, err
	}
	for i := range f.Cols {
		c := &f.Cols[i]
		if c.Unit == "" || c.Unit == series.UnitOther {
			c.Unit = e.Unit
		}
		if c.Freq == "" {
			c.Freq = e.Freq
		}
		prov := append([]series.Provenance(nil), c.Prov...)
		for j := range prov {
			prov[j].Source = e.URL
		}
		c.Prov = prov
	}
	return f, nil
}

// LoadSeries returns the main column of entry name (Entry.Column, or the
// only column), renamed to the entry's file stem (e.g. "DGS10", "GSPC_daily")
// and labelled with the entry's unit, which is the file's (percent for
// yields: use PercentToDecimal). Monthly entries may be averages, not
// month-end values (see Load).
func LoadSeries(dir, name string) (series.Series, error) {
	f, err := Load(dir, name)
	if err != nil {
		return series.Series{}, err
	}
	e, _ := Lookup(name)
	file := f.Cols[0].Prov[0].File // the path read
	var s series.Series
	if e.Column == "" {
		s, err = singleCol(f, file)
	} else if s, err = f.Col(e.Column); err != nil {
		err = parseErr(file, 1, "%v", err) // the header lacks the main column
	}
	if err != nil {
		return series.Series{}, err
	}
	s.Name, s.Unit = stem(e.Name), e.Unit
	return s, nil
}

// stem returns the last path element of a catalogue name.
func stem(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' {
			return name[i+1:]
		}
	}
	return name
}

// readEntry reads the file at path with the entry's parser and records
// its sha256.
func readEntry(path string, e Entry) (series.Frame, error) {
	return readWith(path, func(data []byte) (series.Frame, error) { return decodeEntry(data, path, e) })
}

// decodeEntry parses data (named file) with the entry's parser.
func decodeEntry(data []byte, file string, e Entry) (series.Frame, error) {
	var ft format
	switch e.Format {
	case FormatFRED:
		ft = fredFormat
	case FormatYahoo:
		ft = yahooFormat
	case FormatCSV:
		ft = format{opt: CSVOptions{Unit: e.Unit, Freq: e.Freq}}
	case FormatShiller:
		ft = shillerFormat
	case FormatParCurve:
		ft = parCurveFormat
	case FormatACM:
		ft = acmFormat
	case FormatDamodaran:
		ft = damodaranFormat
	case FormatMoFJapan:
		ft = mofJapanFormat
	case FormatDXY:
		ft = dxyFormat
	case FormatFrench:
		ff, err := parseFrench(data, file)
		if err != nil {
			return series.Frame{}, err
		}
		return ff.Sections[0].Frame, nil
	case FormatStooq:
		b, err := parseStooq(data, file)
		if err != nil {
			return series.Frame{}, err
		}
		return b.Frame(), nil
	default:
		return series.Frame{}, fmt.Errorf("datasets: %s: unknown format %q", e.Name, e.Format)
	}
	return ft.parse(data, file)
}
