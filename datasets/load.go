package datasets

import "fmt"

// Load reads the catalogue entry name from the first data directory that
// holds it (see Locate; dir "" uses the environment). The returned columns
// carry the entry's unit and frequency and a provenance with file, sha256,
// range, rows and the publisher URL. Ken French files return their FIRST
// table (use ReadFrench for the others); Stooq intraday files return the
// Open/High/Low/Close/Volume columns dated at bar start (New York time).
func Load(dir, name string) (Frame, error) {
	e, err := Lookup(name)
	if err != nil {
		return Frame{}, err
	}
	p, err := Locate(dir, e.Path)
	if err != nil {
		return Frame{}, err
	}
	f, err := readEntry(p, e)
	if err != nil {
		return Frame{}, err
	}
	for i := range f.Cols {
		c := &f.Cols[i]
		if c.Unit == "" || c.Unit == UnitOther {
			c.Unit = e.Unit
		}
		if c.Freq == "" {
			c.Freq = e.Freq
		}
		prov := append([]Provenance(nil), c.Prov...)
		for j := range prov {
			prov[j].Source = e.URL
		}
		c.Prov = prov
	}
	return f, nil
}

// LoadSeries returns the main column of entry name (Entry.Column, or the
// only column), renamed to the entry's file stem (e.g. "DGS10", "GSPC_daily")
// and with the file's unit (percent for yields: use PercentToDecimal).
func LoadSeries(dir, name string) (Series, error) {
	f, err := Load(dir, name)
	if err != nil {
		return Series{}, err
	}
	e, _ := Lookup(name)
	var s Series
	if e.Column == "" {
		s, err = singleCol(f, e.Path)
	} else {
		s, err = f.Col(e.Column)
	}
	if err != nil {
		return Series{}, err
	}
	s.Name = stem(e.Name)
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

// readEntry reads the file at path with the entry's parser.
func readEntry(path string, e Entry) (Frame, error) {
	switch e.Format {
	case FormatFRED:
		return fredFormat.read(path)
	case FormatYahoo:
		return yahooFormat.read(path)
	case FormatCSV:
		return ReadCSV(path, CSVOptions{Unit: e.Unit, Freq: e.Freq})
	case FormatShiller:
		return shillerFormat.read(path)
	case FormatParCurve:
		return parCurveFormat.read(path)
	case FormatACM:
		return acmFormat.read(path)
	case FormatDamodaran:
		return damodaranFormat.read(path)
	case FormatMoFJapan:
		return mofJapanFormat.read(path)
	case FormatDXY:
		return dxyFormat.read(path)
	case FormatFrench:
		ff, err := ReadFrench(path)
		if err != nil {
			return Frame{}, err
		}
		return ff.Sections[0].Frame, nil
	case FormatStooq:
		b, err := ReadStooqIntraday(path)
		if err != nil {
			return Frame{}, err
		}
		return b.Frame(), nil
	}
	return Frame{}, fmt.Errorf("datasets: %s: unknown format %q", e.Name, e.Format)
}
