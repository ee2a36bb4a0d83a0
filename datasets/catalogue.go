package datasets

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/stockbond/sbcorr/series"
)

// FileFormat names the parser of a catalogue entry.
type FileFormat string

// Formats of the catalogue.
const (
	FormatFRED      FileFormat = "fred"      // ReadFRED
	FormatYahoo     FileFormat = "yahoo"     // ReadYahoo
	FormatCSV       FileFormat = "csv"       // ReadCSV with ISO dates
	FormatShiller   FileFormat = "shiller"   // ReadShiller
	FormatParCurve  FileFormat = "parcurve"  // ReadParCurve
	FormatACM       FileFormat = "acm"       // ReadACM
	FormatFrench    FileFormat = "french"    // ReadFrench
	FormatDamodaran FileFormat = "damodaran" // ReadDamodaran
	FormatMoFJapan  FileFormat = "mofjapan"  // ReadMoFJapan
	FormatDXY       FileFormat = "dxy"       // ReadDXY
	FormatStooq     FileFormat = "stooq"     // ReadStooqIntraday
)

// Entry describes one named file of the data layout.
type Entry struct {
	// Name is the relative path without extension, e.g. "fred_daily/DGS10".
	Name string
	// Title says what the series is, with its calendar convention where it
	// matters (e.g. "MONTHLY AVERAGES").
	Title string
	// Publisher is the original publisher and, after "via", the source of
	// the stored copy.
	Publisher string
	// Licence is a short note on the terms; several vendors (Yahoo, ICE,
	// Stooq, Cboe) do not allow redistribution: keep such files internal.
	Licence string
	// Freq is the sampling frequency of the file's rows.
	Freq series.Freq
	// Unit of the values as stored in the file (the builders convert).
	Unit series.Unit
	// Path is the file's path relative to the data folder.
	Path   string
	Format FileFormat
	// Column is the main value column (LoadSeries), e.g. "Close", "SP500",
	// "10 Yr", "ACMTP10"; "" for one-column files.
	Column string
	// URL is the publisher's public download (documentation-grade: it
	// could not be checked from the build machine). Zip names the member
	// to extract when URL is a ZIP archive. Fetchable is true when the
	// download parses with Format as is (otherwise the stored file was
	// converted by a third party: see Note).
	URL       string
	Zip       string
	Fetchable bool
	Note      string
}

// Catalogue returns every named file of the data layout used by
// /work/shared/data (see its PROVENANCE.md), sorted by Name.
func Catalogue() []Entry {
	out := slices.Clone(catalogue)
	slices.SortFunc(out, func(a, b Entry) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Lookup returns the catalogue entry called name (e.g. "fred_daily/DGS10").
func Lookup(name string) (Entry, error) {
	for _, e := range catalogue {
		if e.Name == name {
			return e, nil
		}
	}
	return Entry{}, fmt.Errorf("datasets: Lookup: no catalogue entry %q (see datasets.Catalogue)", name)
}

// schwertURL is the repository of the constructed total-return series.
const schwertURL = "https://github.com/SteelCerberus/us-market-data"

// fredURL is FRED's CSV download endpoint for a series id.
func fredURL(id string) string { return "https://fred.stlouisfed.org/graph/fredgraph.csv?id=" + id }

// frenchURL is the Ken French Data Library ZIP of a file stem.
func frenchURL(stem string) string {
	return "https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/ftp/" + stem + "_CSV.zip"
}

// group holds what the files of one folder share.
type group struct {
	dir, publisher, licence string
	freq                    series.Freq
	unit                    series.Unit
	format                  FileFormat
	note                    string
}

// entry builds the entry of file (with extension) in g.
func (g group) entry(file, title, url string) Entry {
	return Entry{
		Name: strings.TrimSuffix(g.dir+"/"+file, path.Ext(file)), Title: title, Publisher: g.publisher,
		Licence: g.licence, Freq: g.freq, Unit: g.unit, Path: g.dir + "/" + file, Format: g.format,
		URL: url, Note: g.note,
	}
}

// noted returns g with another note.
func (g group) noted(note string) group {
	g.note = note
	return g
}

// with returns g with another unit and frequency.
func (g group) with(unit series.Unit, freq series.Freq) group {
	g.unit, g.freq = unit, freq
	return g
}

// fred builds FRED entries named by series id; fetchable from fredgraph.
func (g group) fred(titles map[string]string) []Entry {
	var out []Entry
	for id, title := range titles {
		e := g.entry(id+".csv", title, fredURL(id))
		e.Fetchable = true
		out = append(out, e)
	}
	return out
}

var (
	h15 = group{dir: "fred_h15_treasury_cmt", publisher: "Board of Governors of the Federal Reserve System, H.15 (via FRED)",
		licence: "public domain (US government); cite FRED", freq: series.Daily, unit: series.UnitPercent, format: FormatFRED,
		note: "snapshot ends 2021-01-04; '.' marks holidays"}
	fredDaily = group{dir: "fred_daily", publisher: "FRED (H.15; ICE BofA OAS; Fed broad dollar index)",
		licence: "H.15 public; ICE BofA series copyrighted by ICE Data Indices: keep internal", freq: series.Daily, unit: series.UnitPercent,
		format: FormatFRED, note: "empty cell marks holidays; OAS are spreads, not returns"}
	fredMacro = group{dir: "fred_macro", publisher: "FRED (BLS, BEA, NBER, Moody's)",
		licence: "BLS/BEA public; Moody's AAA copyrighted (cite)", format: FormatFRED}
	oecd = group{dir: "oecd_fred_lt_rates", publisher: "OECD Main Economic Indicators (via FRED)",
		licence: "OECD terms, free reuse with attribution", freq: series.Monthly, unit: series.UnitPercent, format: FormatFRED,
		note: "MONTHLY AVERAGES dated the 1st of the month"}
	sectors = group{dir: "sector_etfs", publisher: "Select Sector SPDR ETFs via Alpha Vantage/Stooq",
		licence: "vendor terms: keep internal", freq: series.Daily, unit: series.UnitPrice, format: FormatFRED,
		note: "split- and dividend-adjusted closes (adjustment base 2026-01)"}
	yahoo = group{dir: "yahoo_daily", publisher: "Yahoo Finance", licence: "Yahoo terms: no redistribution, keep internal",
		format: FormatYahoo}
	schwert = group{dir: "schwert_yahoo_sp500tr", publisher: "SteelCerberus/us-market-data (Schwert, Yahoo, Shiller)",
		licence: "repo MIT; underlying data own terms", freq: series.Daily, unit: series.UnitIndex, format: FormatCSV}
	french = group{dir: "ken_french", publisher: "Kenneth R. French Data Library (CRSP-based)",
		licence: "copyright Fama & French; free for research, cite the Data Library", unit: series.UnitPercent, format: FormatFrench,
		note: "returns in PERCENT; multi-section file"}
)

var catalogue = slices.Concat(
	h15.fred(map[string]string{
		"DGS1MO": "1-month Treasury CMT yield", "DGS3MO": "3-month Treasury CMT yield", "DGS6MO": "6-month Treasury CMT yield",
		"DGS1": "1-year Treasury CMT yield", "DGS2": "2-year Treasury CMT yield", "DGS3": "3-year Treasury CMT yield",
		"DGS5": "5-year Treasury CMT yield", "DGS7": "7-year Treasury CMT yield", "DGS10": "10-year Treasury CMT yield",
		"DGS20": "20-year Treasury CMT yield", "DGS30": "30-year Treasury CMT yield",
	}),
	fredDaily.fred(map[string]string{
		"DGS2": "2-year Treasury CMT yield 1980-2025", "DGS10": "10-year Treasury CMT yield 1980-2025",
		"DGS30": "30-year Treasury CMT yield 1980-2025", "BAMLC0A0CM": "ICE BofA US Corporate Index OAS",
		"BAMLH0A0HYM2": "ICE BofA US High Yield Index OAS",
	}),
	fredDaily.with(series.UnitIndex, series.Daily).fred(map[string]string{"DTWEXBGS": "Nominal broad US dollar index (Jan 2006 = 100)"}),
	fredMacro.with(series.UnitIndex, series.Monthly).fred(map[string]string{"CPIAUCSL": "CPI-U, all items, SA (1982-84 = 100)"}),
	fredMacro.with(series.UnitFlag, series.Monthly).fred(map[string]string{"USREC": "NBER recession indicator (0/1)"}),
	fredMacro.with(series.UnitPercent, series.Monthly).fred(map[string]string{"AAA": "Moody's seasoned Aaa corporate bond yield"}),
	fredMacro.with(series.UnitUSDBn, series.Quarterly).fred(map[string]string{
		"GDP": "Nominal GDP, SAAR (quarterly, dated the 1st of the quarter)", "GDPC1": "Real GDP, chained 2017 USD, SAAR (quarterly)",
	}),
	oecd.fred(map[string]string{
		"IRLTLT01AUM156N": "Australia 10y government bond yield, monthly average", "IRLTLT01CAM156N": "Canada 10y government bond yield, monthly average",
		"IRLTLT01CHM156N": "Switzerland 10y government bond yield, monthly average", "IRLTLT01DEM156N": "Germany 10y government bond yield, monthly average",
		"IRLTLT01EZM156N": "Euro area 10y government bond yield, monthly average", "IRLTLT01FRM156N": "France 10y government bond yield, monthly average",
		"IRLTLT01GBM156N": "United Kingdom 10y government bond yield, monthly average", "IRLTLT01JPM156N": "Japan 10y government bond yield, monthly average",
		"IRLTLT01USM156N": "United States 10y government bond yield, monthly average",
	}),
	sectorEntries(),
	frenchEntries(),
	[]Entry{
		withCol(group{dir: "shiller", publisher: "Robert J. Shiller (Yale), tidied by datahub.io", licence: "ODC-PDDL (package); credit Shiller",
			freq: series.Monthly, unit: series.UnitOther, format: FormatShiller,
			note: "MONTHLY AVERAGES, not month-end; 0.0 fills read as NaN; SP500 after 2023-06 appended from FRED SP500"}.
			entry("shiller_sp500_monthly.csv", "S&P composite and long rate as MONTHLY AVERAGES (not month-end), dividends, earnings, CPI, since 1871",
				"http://www.econ.yale.edu/~shiller/data/ie_data.xls"), "SP500"),
		withCol(group{dir: "fed_h15_monthly", publisher: "Federal Reserve H.15 via datahub.io (= FRED GS10)", licence: "public",
			freq: series.Monthly, unit: series.UnitPercent, format: FormatCSV, note: "MONTHLY AVERAGES of business days, dated the 1st"}.
			entry("us10y_monthly.csv", "10-year Treasury CMT yield: MONTHLY AVERAGE of business days (= GS10), not month-end", "https://datahub.io/core/bond-yields-us-10y"), "Rate"),
		fetchable(withCol(group{dir: "us_treasury_par_curve", publisher: "U.S. Department of the Treasury", licence: "public domain",
			freq: series.Daily, unit: series.UnitPercent, format: FormatParCurve, note: "par yields; uploader re-saved with alphabetical columns, newest first"}.
			entry("yield-curve-rates-1990-2021.csv", "Daily Treasury par yield curve 1990-2021 (1M..30Y)",
				"https://home.treasury.gov/system/files/276/yield-curve-rates-1990-2021.csv"), "10 Yr")),
		withCol(group{dir: "nyfed_acm", publisher: "Federal Reserve Bank of New York (Adrian, Crump & Moench)", licence: "NY Fed terms, free with attribution",
			freq: series.Monthly, unit: series.UnitPercent, format: FormatACM, note: "published as XLS; CSV conversion by fernando-duarte/hetid"}.
			entry("ACMTermPremium.csv", "ACM fitted yields, term premia, risk-neutral yields (1-10y)",
				"https://www.newyorkfed.org/medialibrary/media/research/data_indicators/ACMTermPremium.xls"), "ACMTP10"),
		withCol(yahoo.with(series.UnitIndex, series.Daily).noted("^GSPC is a PRICE index (no dividends); index values by S&P Dow Jones Indices").
			entry("GSPC_daily.csv", "S&P 500 price index (^GSPC) daily OHLC", "https://finance.yahoo.com/quote/%5EGSPC/history"), "Close"),
		withCol(yahoo.with(series.UnitPrice, series.Daily).noted("auto-adjusted OHLC (dividends folded in): Close is a total-return proxy").
			entry("SPY_daily.csv", "SPDR S&P 500 ETF (SPY) daily OHLC, adjusted", "https://finance.yahoo.com/quote/SPY/history"), "Close"),
		withCol(schwert.noted("DERIVED total-return series net of 0.0945%/yr; Dow Jones composite before 1928").
			entry("adjusted_close_data.csv", "Constructed daily US equity total-return index 1885-2024", schwertURL), "Adjusted Close"),
		withCol(schwert.noted("DERIVED; blank Return/Dividend cells by construction").
			entry("full_data.csv", "Constructed daily US equity series with dividends 1885-2023", schwertURL), "Close"),
		withCol(group{dir: "stooq_spx", publisher: "Stooq ^SPX (unverified)", licence: "unknown / Stooq terms: keep internal",
			freq: series.Daily, unit: series.UnitIndex, format: FormatCSV, note: "monthly before 1885; pre-1957 values are a reconstruction"}.
			entry("SPX_historical_data.csv", "Long S&P 500 price history 1789-2026", "https://stooq.com/q/d/l/?s=%5Espx&i=d"), "Close"),
		withCol(group{dir: "cboe_vix", publisher: "Cboe Global Markets via datahub.io", licence: "ODC-PDDL (package); VIX is a Cboe trademark",
			freq: series.Daily, unit: series.UnitIndex, format: FormatCSV, note: "Cboe's own file uses MM/DD/YYYY dates; this copy is ISO"}.
			entry("vix-daily.csv", "CBOE VIX daily OHLC", "https://cdn.cboe.com/api/global/us_indices/daily_prices/VIX_History.csv"), "CLOSE"),
		withCol(group{dir: "damodaran", publisher: "Aswath Damodaran (NYU Stern)", licence: "free from Damodaran Online; no explicit licence",
			freq: series.Annual, unit: series.UnitPercent, format: FormatDamodaran, note: "published as XLS; CSV export by LeyuanShen/7037_HF1; columns renamed by position"}.
			entry("histretSP.csv", "Annual returns on stocks, T-bonds, T-bills since 1928", "https://pages.stern.nyu.edu/~adamodar/pc/datasets/histretSP.xls"), "SP500"),
		withCol(group{dir: "mof_japan_jgb", publisher: "Ministry of Finance Japan", licence: "MoF terms, free reuse with attribution",
			freq: series.Daily, unit: series.UnitPercent, format: FormatMoFJapan, note: "MoF's file uses Japanese era dates; this copy was re-dated DD/MM/YYYY by its uploader"}.
			entry("jgbcme_all.csv", "JGB constant-maturity yields 1974-2024 (1Y..40Y)",
				"https://www.mof.go.jp/english/policy/jgbs/reference/interest_rate/historical/jgbcme_all.csv"), "10Y"),
		withCol(group{dir: "dxy", publisher: "ICE US Dollar Index via Yahoo Finance", licence: "Yahoo terms / ICE trademark: keep internal",
			freq: series.Daily, unit: series.UnitIndex, format: FormatDXY, note: "'null' rows kept as NaN"}.
			entry("dxy.csv", "US Dollar Index (DX-Y.NYB) daily", "https://finance.yahoo.com/quote/DX-Y.NYB/history"), "Close"),
	},
	stooqEntries(),
)

// withCol sets the main column of e.
func withCol(e Entry, col string) Entry {
	e.Column = col
	return e
}

// fetchable marks e as downloadable in its stored format.
func fetchable(e Entry) Entry {
	e.Fetchable = true
	return e
}

func sectorEntries() []Entry {
	names := map[string]string{"XLB": "Materials", "XLC": "Communication Services", "XLE": "Energy", "XLF": "Financials",
		"XLI": "Industrials", "XLK": "Technology", "XLP": "Consumer Staples", "XLRE": "Real Estate", "XLU": "Utilities",
		"XLV": "Health Care", "XLY": "Consumer Discretionary"}
	var out []Entry
	for t, n := range names {
		out = append(out, sectors.entry(t+".csv", "Select Sector SPDR "+n+" ETF ("+t+"), adjusted close",
			"https://www.ssga.com/us/en/intermediary/etfs/select-sector-spdr"))
	}
	return out
}

func frenchEntries() []Entry {
	files := []struct{ stem, title, col string }{
		{"12_Industry_Portfolios", "12 industry portfolios, monthly and annual (VW first)", "NoDur"},
		{"12_Industry_Portfolios_Daily", "12 industry portfolios, daily (VW block first; 2017 vintage)", "NoDur"},
		{"F-F_Research_Data_Factors_daily", "Fama-French 3 factors, daily", "Mkt-RF"},
		{"F-F_Research_Data_5_Factors_2x3_daily", "Fama-French 5 factors (2x3), daily", "Mkt-RF"},
		{"F-F_Momentum_Factor_daily", "Momentum factor, daily (2017 vintage)", "Mom"},
	}
	var out []Entry
	for _, f := range files {
		e := french.entry(f.stem+".CSV", f.title, frenchURL(f.stem))
		e.Zip, e.Column, e.Fetchable = f.stem+".CSV", f.col, true
		e.Freq = series.Daily
		if !strings.Contains(f.stem, "aily") {
			e.Freq = series.Monthly
		}
		out = append(out, e)
	}
	return out
}

func stooqEntries() []Entry {
	g := group{dir: "intraday/stooq_5min", publisher: "Stooq (stooq.com) intraday bulk data", licence: "no redistribution licence: keep internal",
		freq: series.Intraday, unit: series.UnitPrice, format: FormatStooq,
		note: "5-minute bars 2025-02-24..2025-07-21, Warsaw timestamps (converted to New York), mixed dividend adjustment, bad ticks flagged"}
	var out []Entry
	for _, t := range []string{"spy", "tlt"} {
		out = append(out, withCol(g.entry(t+".us.txt", strings.ToUpper(t)+" 5-minute bars", "https://stooq.com/db/h/"), "Close"))
	}
	return out
}
