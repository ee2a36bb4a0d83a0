package badinput

import (
	"os"
	"time"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// loader is the reason for exempting a file loader: its bad inputs are
// damaged and missing files, not numbers.
const loader = "reads a file: damaged files are datasets/damaged_test.go and the fuzz targets (issue 17 item 9)"

// datasetsExempt are the exported functions of package datasets without
// rows: the loaders, parsers and downloads (tested on damaged files,
// truncated downloads and path escapes in package datasets) and the
// aliases of package series (rows in its table).
var datasetsExempt = map[string]string{
	"ParseCSV": loader, "ReadCSV": loader, "ParseFRED": loader, "ReadFRED": loader,
	"ParseShiller": loader, "ReadShiller": loader, "ParseACM": loader, "ReadACM": loader,
	"ParseDamodaran": loader, "ReadDamodaran": loader, "ParseStooqIntraday": loader, "ReadStooqIntraday": loader,
	"ParseParCurve": loader, "ReadParCurve": loader, "ParseYahoo": loader, "ReadYahoo": loader,
	"ParseFrench": loader, "ReadFrench": loader, "ParseMoFJapan": loader, "ReadMoFJapan": loader,
	"ParseDXY": loader, "ReadDXY": loader, "Load": loader, "LoadSeries": loader, "Describe": loader,
	"SP500Daily": loader, "DGS10Daily": loader, "CMTDaily": loader, "StockBondDaily": loader,
	"StockBondMonthly": loader, "TreasuryCMTDaily": loader, "StockBondDailyOrSample": loader,
	"FrenchFile.Section": "selects a parsed table by name (no number)", "FrenchFile.Rows": loader,
	"Download.Run": "downloads: interrupted and truncated transfers are datasets/download_test.go (issue 17 item 10)",
	"Fetch":        "downloads: interrupted and truncated transfers are datasets/download_test.go (issue 17 item 10)",
	"Locate":       "resolves a path: escapes are datasets/datadir_test.go (issue 17 item 11)",
	"DataDirs":     "lists folders (no number)", "CacheRoot": "returns a folder (no number)",
	"RequireData": "reads an environment variable (no number)", "Catalogue": "lists the catalogue (no number)",
	"Lookup": "finds a catalogue entry by name (no number)", "ParseError.Error": "formats text (no number)",
}

// datasetsRows are the rows of the series operations of package datasets:
// the stock-bond pair, intraday bars, fingerprints and the cache.
func datasetsRows() []Case {
	sb := datasets.SampleStockBondDaily()
	one := func(v ...float64) Out { return Nums(nil, v...) }
	pair := func(p datasets.PriceYield) Out {
		o := Of(p.Stock)
		oy := Of(p.Yield)
		o.Vals, o.Why = append(o.Vals, oy.Vals...), append(o.Why, oy.Why...)
		return o
	}
	et, _ := time.LoadLocation("America/New_York")
	bt := func(h, m int) time.Time { return time.Date(2024, 3, 4, h, m, 0, 0, et) }
	bars := datasets.IntradayBars{Ticker: "SPY", Minutes: 5,
		Times: []time.Time{bt(9, 30), bt(9, 35), bt(9, 40)},
		Open:  []float64{1, 2, 3}, High: []float64{1, 2, 3}, Low: []float64{1, 2, 3},
		Close: []float64{1, nan, 3}, Volume: []float64{10, 20, 30},
		Adjusted: []bool{true, false, false}, BadTick: []bool{false, false, false}}
	cache := func(key string, compute func() (float64, error)) Out {
		v, err := datasets.Cached(key, "v1", compute)
		return Nums(err, v)
	}
	return []Case{
		{"SampleStockBondDaily", "positive levels and yields, joint calendar", Value, func() Out {
			ok := sb.Stock.Len() == sb.Yield.Len() && sb.Synthetic
			for i, v := range sb.Stock.Values {
				ok = ok && v > 0 && sb.Yield.Values[i] > 0 && sb.Stock.Dates[i].Equal(sb.Yield.Dates[i])
			}
			return one().Check(cond(ok, "not a positive joint sample"))
		}},
		{"PriceYield.Len", "joint observations", Value, func() Out { return Same(one(float64(sb.Len())), []float64{float64(sb.Stock.Len())}, 0) }},
		{"PriceYield.In", "a period outside: empty", Value, func() Out { o := pair(sb.In(series.Years(1950, 1951))); return o.Check(lenIs(o, 0)) }},
		{"PriceYield.In", "1990: first and last dates inside", Value, func() Out {
			p := sb.In(series.Years(1990, 1990))
			return pair(p).Check(cond(p.Stock.First().Year() == 1990 && p.Yield.Last().Year() == 1990, "outside 1990"))
		}},
		{"PriceYield.ResampleLast", "Daily", Panic, func() Out { return pair(sb.ResampleLast(series.Daily)) }},
		{"PriceYield.ResampleLast", "a missing yield on the last day: the last joint day", Value, func() Out {
			p := sb.In(series.Years(1990, 1990))
			p.Yield.Values = append([]float64(nil), p.Yield.Values...)
			n := p.Len() - 1
			p.Yield.Values[n] = nan // 31 December 1990
			m := p.ResampleLast(series.Monthly)
			last := m.Len() - 1
			return Same(one(m.Stock.Values[last], m.Yield.Values[last]), []float64{p.Stock.Values[n-1], p.Yield.Values[n-1]}, 0)
		}},
		{"IntradayBars.Len", "3 bars", Value, func() Out { return Same(one(float64(bars.Len())), []float64{3}, 0) }},
		{"IntradayBars.Seams", "adjusted to raw at bar 1", Value, func() Out {
			s := bars.Seams()
			return one().Check(cond(len(s) == 1 && s[0] == 1, "seams wrong"))
		}},
		{"IntradayBars.CloseSeries", "NaN close: Missing", NaNWhy, func() Out { return Of(bars.CloseSeries()) }},
		{"IntradayBars.CloseSeries", "returns inside the session only", NaNWhy, func() Out { return Of(bars.CloseSeries().AtFreq(series.Intraday).SimpleReturns()) }},
		{"IntradayBars.Frame", "5 columns on the bar times", NaNWhy, func() Out {
			f := bars.Frame()
			o := Of(f.MustCol("Close"))
			return o.Check(cond(len(f.Cols) == 5 && f.Len() == 3, "frame shape"))
		}},
		{"IntradayBars.Frame", "unsorted times", Panic, func() Out {
			b := bars
			b.Times = []time.Time{bt(9, 40), bt(9, 35), bt(9, 30)}
			return Of(b.Frame().MustCol("Close"))
		}},
		{"Fingerprint", "same series, same digest; another range, another", Value, func() Out {
			a, b := datasets.Fingerprint(sb.Stock), datasets.Fingerprint(sb.Stock)
			c := datasets.Fingerprint(sb.In(series.Years(1990, 1990)).Stock)
			return one().Check(cond(a == b && a != c && a != "", "fingerprints"))
		}},
		{"Fingerprint", "no series", Value, func() Out {
			return one().Check(cond(datasets.Fingerprint() != datasets.Fingerprint(sb.Stock), "empty equals a series"))
		}},
		{"Cached", "NaN is stored and read back", NaNWhy, func() Out {
			cache("badinput/nan", func() (float64, error) { return nan, nil })
			v, err := datasets.Cached("badinput/nan", "v1", func() (float64, error) { return 1, nil })
			return Doc("the computed value is NaN", v).withErr(err)
		}},
		{"Cached", "compute's error is returned, not cached", Err, func() Out {
			return cache("badinput/err", func() (float64, error) { return 0, os.ErrInvalid })
		}},
		{"Cached", "nil compute", Panic, func() Out { return cache("badinput/nil", nil) }},
	}
}
