// Package datasets turns the public data files used by sbcorr into clean,
// aligned, documented series, and says where every number came from.
//
// # Usage map
//
// The stock-bond pair of Portelli & Roncalli (2024), section 3.1 (daily
// S&P 500 price index and 10-year Treasury CMT yield):
//
//	sb, err := datasets.StockBondDaily("")   // joint daily calendar, 1962..2025-01-03
//	sb, err := datasets.StockBondMonthly("") // last joint observation of each month
//	early := sb.In(series.Period1980to1999) // also Period2000to2019
//	r := early.Stock.LogReturns().Floats()    // plain []float64 for estimators
//	dy := early.Yield.Diff().Floats()         // yield changes, decimals
//	spx, err := datasets.SP500Daily("")       // ^GSPC close, index points
//	y10, err := datasets.DGS10Daily("")       // DGS10 in DECIMALS (4.25% -> 0.0425), H.15 1962-2021 spliced with FRED to 2025
//	cmt, err := datasets.TreasuryCMTDaily("") // 11 H.15 tenors (CMTTenors) 1962-2021, decimals, outer join
//
// Joint calendar rule: the bond market closes on days the stock market
// trades (Columbus Day, Veterans Day) and the other way round, so the two
// series are joined on the dates where BOTH have a value before any return
// or difference is taken; a stock return and a yield change then always
// span the same two dates. Bond returns from yields are computed by
// sbcorr/bond, not here.
//
// Offline: when the files are missing, loaders return an error wrapping
// ErrNoData; StockBondDailyOrSample falls back to SampleStockBondDaily, a
// seeded synthetic sample (sb.Synthetic is true; print SyntheticNotice).
// With SBCORR_REQUIRE_DATA=1 missing data is a hard error instead.
//
//	sb, err := datasets.StockBondDailyOrSample("")
//	if sb.Synthetic { nb.Markdown(datasets.SyntheticNotice) }
//	s, err := datasets.SP500Daily("")
//	if errors.Is(err, datasets.ErrNoData) { /* say the data is missing, skip */ }
//
// # Where data comes from
//
// Locate(dir, rel) finds a file of the data layout (e.g.
// "fred_daily/DGS10.csv") in: dir when not empty, then $SBCORR_DATA (an
// absolute path), then the download cache CacheRoot()/data
// ($SBCORR_CACHE or os.UserCacheDir()/sbcorr). Every loader takes that dir
// argument first; "" means "use the environment". Every series carries
// Prov []Provenance (file, sha256, first/last date, rows, source URL), one
// entry per file read, so notebooks can print the exact data version.
//
// Catalogue() lists the named series (publisher, licence note, frequency,
// unit, relative path, public download URL); an entry's Name is its path
// without extension, e.g. "fred_daily/DGS10", "shiller/shiller_sp500_monthly",
// "ken_french/F-F_Research_Data_Factors_daily", "cboe_vix/vix-daily".
//
//	f, err := datasets.Load("", "us_treasury_par_curve/yield-curve-rates-1990-2021") // Frame, file units
//	s, err := datasets.LoadSeries("", "fred_macro/USREC")                              // main column (every entry has one)
//	e, err := datasets.Lookup("fred_daily/DGS10")                                      // e.URL, e.Licence, ...
//	path, err := datasets.Fetch(ctx, "fred_h15_treasury_cmt/DGS10", "")                // download into the cache
//	err = datasets.Download{URL, Dest, SHA256, Zip, Check}.Run(ctx)                     // any URL, atomically
//
// # Series (package series)
//
// Loaders return series.Series: Dates ([]time.Time at UTC midnight; intraday bars keep their
// instant), Values ([]float64, NaN = missing, never 0), Name, Unit, Freq,
// Prov. Frame: several series on one calendar (Cols share Dates).
//
//	series.InnerJoin(a, b, ...), series.OuterJoin(a, b, ...), Frame.DropNaN
//	s.Between(from, to), s.In(period), s.DropNaN(), s.CountNaN(), s.MissingDates()
//	s.ResampleLast(series.Monthly)          // last observation of each week/month/quarter/year
//	s.Aggregate(series.Monthly, series.AggMean) // calendar aggregates dated at PeriodStart
//	s.SimpleReturns(), s.LogReturns(), s.Diff(), s.Lag(k) // decimals; NaN where undefined
//	s.FillForward(limit)                      // only when asked, never implicitly
//	s.PercentToDecimal(), s.Floats(), frame.Floats(), frame.Col(name)
//
// Monthly AVERAGES versus month-end values: the Shiller file, the H.15
// monthly file (fed_h15_monthly, = FRED GS10) and the OECD yields hold
// monthly averages of daily values dated the 1st, not month-end values
// (their catalogue titles say so); StockBondMonthly is month-end.
//
// # Parsers (each returns *ParseError naming file and line)
//
//	ParseCSV/ReadCSV with CSVOptions          // generic: columns, date layout, missing codes, sorting
//	ParseFRED/ReadFRED                        // '.' and empty = missing
//	ParseYahoo/ReadYahoo                      // yfinance OHLC, dates with UTC offset
//	ParseShiller/ReadShiller                  // 0.0 fills -> NaN
//	ParseParCurve/ReadParCurve                // US Treasury par curve: M/D/YYYY, newest first, columns sorted by tenor
//	ParseACM/ReadACM                          // NY Fed ACM term premia, DD-Mon-YYYY
//	ParseFrench/ReadFrench                    // Ken French multi-section CSV, sections by title
//	ParseDamodaran/ReadDamodaran              // '%', '$', thousands separators
//	ParseMoFJapan/ReadMoFJapan, ParseDXY/ReadDXY // DD/MM/YYYY, '-' and 'null'
//	ParseStooqIntraday/ReadStooqIntraday      // Bars: 5-minute OHLCV, Warsaw -> New York, Adjusted/Seams(), BadTick
//
// Every parser reads lines the same way (LF or CRLF, a UTF-8 byte order
// mark skipped) and numbers the same way (plain decimals: "1_000", "0x1p4",
// "Inf" and "NaN" are errors, empty cells and declared codes are NaN). A
// data file damaged in transit is an error, never a shorter series or a
// different number: a last data row without its line ending (a file cut
// inside it; the two stored copies that end that way are recognised by
// their sha256), a lone CR, a Ken French table interrupted by a line that
// is not a row, a row outside any table. Errors about a whole file (empty,
// header only) say what the file should hold.
//
// # Notebook cache
//
// Cached[T](key, version, compute) memoises an expensive result on disk
// (gob under CacheRoot()/memo): every GoNB cell re-runs the whole program.
// Put Fingerprint(series...) of the inputs in the version so new data
// invalidates the entry; SBCORR_CACHE=off disables the cache.
//
// Units: yields and returns are decimals in code once they leave a
// builder; the raw parsers return the file's own unit (percent for FRED and
// Ken French) and say so in Series.Unit.
package datasets
