package datasets

import (
	"math"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/series"
	"gonum.org/v1/gonum/stat"
)

func TestStockBondDaily(t *testing.T) {
	dir := needData(t)
	sb, err := StockBondDaily(dir)
	if err != nil {
		t.Fatal(err)
	}
	if sb.Synthetic {
		t.Fatal("real data flagged synthetic")
	}
	if !sameDates(sb.Stock.Dates, sb.Yield.Dates) {
		t.Fatal("stock and yield not on one calendar")
	}
	if sb.Stock.CountNaN() != 0 || sb.Yield.CountNaN() != 0 {
		t.Fatal("joint calendar has missing values")
	}
	if got := sb.Stock.First(); !got.Equal(day("1962-01-02")) {
		t.Errorf("first joint date %v", got)
	}
	if got := sb.Stock.Last(); !got.Equal(day("2025-01-03")) {
		t.Errorf("last joint date %v", got)
	}
	// Columbus Day 2019-10-14: stocks traded, the bond market was closed.
	for _, d := range sb.Stock.Dates {
		if d.Equal(day("2019-10-14")) {
			t.Fatal("2019-10-14 (Columbus Day) must not be on the joint calendar")
		}
	}
	// Yields in decimals: DGS10 was 6.45% on 1999-12-31 and 1.92% on 2019-12-31.
	for d, want := range map[string]float64{"1999-12-31": 0.0645, "2019-12-31": 0.0192, "1962-01-02": 0.0406} {
		if got := valueAt(t, sb.Yield, day(d)); got != want {
			t.Errorf("DGS10 on %s = %v, want %v", d, got, want)
		}
	}
	if got := valueAt(t, sb.Stock, day("1999-12-31")); got != 1469.25 {
		t.Errorf("SPX on 1999-12-31 = %v", got)
	}
	if got, want := sb.Stock.Prov[0].String(), "GSPC_daily.csv sha256:1460863580f2 24369 rows 1927-12-30..2025-01-03"; got != want {
		t.Errorf("provenance %q, want %q", got, want)
	}
	if len(sb.Yield.Prov) != 2 || sb.Yield.Prov[1].String() != "DGS10.csv sha256:8617bc2aa76f 12001 rows 1980-01-01..2025-12-30" {
		t.Errorf("DGS10 splice provenance %v", sb.Yield.Prov)
	}
}

// valueAt returns s's value on date d or fails.
func valueAt(t *testing.T, s series.Series, d time.Time) float64 {
	t.Helper()
	for i, x := range s.Dates {
		if x.Equal(d) {
			return s.Values[i]
		}
	}
	t.Fatalf("%s has no value on %s", s.Name, d.Format(time.DateOnly))
	return 0
}

func TestDGS10SpliceOverlap(t *testing.T) {
	dir := needData(t)
	a, err := locateFRED(dir, "fred_h15_treasury_cmt/DGS10.csv")
	if err != nil {
		t.Fatal(err)
	}
	b, err := locateFRED(dir, "fred_daily/DGS10.csv")
	if err != nil {
		t.Fatal(err)
	}
	f := series.InnerJoin(a.DropNaN(), b.DropNaN())
	if f.Len() < 10000 {
		t.Fatalf("overlap only %d days", f.Len())
	}
	for i, d := range f.Dates {
		if x, y := f.Cols[0].Values[i], f.Cols[1].Values[i]; x != y {
			t.Errorf("H.15 and FRED DGS10 differ on %s: %v vs %v", d.Format(time.DateOnly), x, y)
		}
	}
}

func TestStockBondMonthlyPeriods(t *testing.T) {
	dir := needData(t)
	m, err := StockBondMonthly(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, b := m.In(series.Period1980to1999), m.In(series.Period2000to2019)
	if a.Len() != 240 || b.Len() != 240 {
		t.Fatalf("months: %d and %d, want 240 each", a.Len(), b.Len())
	}
	// Last joint trading days of months with a weekend or holiday end.
	for _, d := range []string{"1980-02-29", "1999-12-31", "2001-09-28", "2019-11-29"} {
		valueAt(t, m.Stock, day(d))
	}
}

func TestSampleStockBondDaily(t *testing.T) {
	sb := SampleStockBondDaily()
	if !sb.Synthetic || sb.Stock.First() != series.Date(1980, 1, 2) || sb.Stock.Last() != series.Date(2019, 12, 31) {
		t.Fatalf("sample: synthetic=%v %v..%v", sb.Synthetic, sb.Stock.First(), sb.Stock.Last())
	}
	for _, r := range sampleRegimes {
		p := sb.In(r.period)
		rs, dy := p.Stock.LogReturns().Floats(), p.Yield.LogReturns().Floats() // log-yield changes
		rho := stat.Correlation(rs, dy, nil)
		if math.Abs(rho-r.corrStockY) > 0.03 {
			t.Errorf("%s: corr(stock, dy) = %.3f, calibrated %.3f", r.period.Name, rho, r.corrStockY)
		}
		if got := p.Stock.Values[p.Stock.Len()-1]; math.Abs(got-r.endStock) > 1e-6*r.endStock {
			t.Errorf("%s: end SPX %v want %v", r.period.Name, got, r.endStock)
		}
		if got := p.Yield.Values[p.Yield.Len()-1]; math.Abs(got-r.endYield) > 1e-9 {
			t.Errorf("%s: end yield %v want %v", r.period.Name, got, r.endYield)
		}
	}
	again := SampleStockBondDaily()
	if !sameFloats(sb.Stock.Values, again.Stock.Values) {
		t.Fatal("sample not deterministic")
	}
}

func TestStockBondDailyOrSample(t *testing.T) {
	t.Setenv(EnvData, t.TempDir())
	t.Setenv(EnvCache, t.TempDir())
	t.Setenv(EnvRequire, "")
	sb, err := StockBondDailyOrSample("")
	if err != nil || !sb.Synthetic {
		t.Fatalf("want the synthetic sample, got synthetic=%v err=%v", sb.Synthetic, err)
	}
	t.Setenv(EnvRequire, "1")
	if _, err := StockBondDailyOrSample(""); err == nil || isNoData(err) {
		t.Fatalf("with %s=1 want a hard error, got %v", EnvRequire, err)
	}
}
