package inputs

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// Every simulated session has 78 returns, none across the night; the
// truth is on the dates of the daily realized correlation, which recovers
// it within the sampling error of 78 returns; a seed gives the same pair.
func TestSimulatedFiveMinute(t *testing.T) {
	f := SimulatedFiveMinute(40, rand.NewPCG(7, 2025))
	n := f.Stock.Days(series.AggCount)
	if n.Len() != 40 || n.Summary().Min != 78 || n.Summary().Max != 78 || f.Stock.Freq != series.Intraday {
		t.Fatalf("%d days, returns per day %v..%v", n.Len(), n.Summary().Min, n.Summary().Max)
	}
	rho := dated.RealizedCorr(f.Stock, f.Bond, series.Daily, 30)
	for i := range rho.Values {
		if !rho.Dates[i].Equal(f.Truth.Dates[i]) || math.Abs(rho.Values[i]-f.Truth.Values[i]) > 4/math.Sqrt(75) {
			t.Fatalf("day %d: %v, truth %v", i, rho.Values[i], f.Truth.Values[i])
		}
	}
	if g := SimulatedFiveMinute(40, rand.NewPCG(7, 2025)); g.Bond.Values[100] != f.Bond.Values[100] || g.Truth.Values[7] != f.Truth.Values[7] {
		t.Fatal("same seed, different draws")
	}
	errtest.Panics(t, "no day", func() { SimulatedFiveMinute(0, rand.NewPCG(1, 2025)) }, "inputs: SimulatedFiveMinute: ")
}

// The daily correlation of the SPY/TLT bars equals the construction the
// notebook used before: bars of both files joined, log returns between
// bars of the same New York date (sbcorr.PeriodReturns), then
// sbcorr.RealizedCorr per date.
func TestSPYTLTMatchesPeriodReturns(t *testing.T) {
	f, err := SPYTLT()
	if errors.Is(err, datasets.ErrNoData) && !datasets.RequireData() {
		t.Skip("no intraday data:", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	rho := dated.RealizedCorr(f.Stock, f.Bond, series.Daily, 30)
	var closes [2]series.Series
	for i, name := range []string{"spy", "tlt"} {
		p, err := datasets.Locate("", "intraday/stooq_5min/"+name+".us.txt")
		if err != nil {
			t.Fatal(err)
		}
		b, err := datasets.ReadStooqIntraday(p)
		if err != nil {
			t.Fatal(err)
		}
		closes[i] = b.CloseSeries()
	}
	fr := series.InnerJoin(closes[0], closes[1])
	label := make([]int, fr.Len())
	for i, d := range fr.Dates {
		label[i] = d.Year()*10000 + int(d.Month())*100 + d.Day()
	}
	rs, per := sbcorr.PeriodReturns(fr.Cols[0].Values, label)
	rt, _ := sbcorr.PeriodReturns(fr.Cols[1].Values, label)
	pc := sbcorr.RealizedCorr(rs, rt, per, 30)
	if rho.Len() != len(pc.Rho) || f.Stock.Len() != len(rs) {
		t.Fatalf("%d days and %d returns, want %d and %d", rho.Len(), f.Stock.Len(), len(pc.Rho), len(rs))
	}
	for i, p := range pc.Period {
		d := series.Date(p/10000, time.Month(p/100%100), p%100)
		if !rho.Dates[i].Equal(d) || math.Abs(rho.Values[i]-pc.Rho[i]) > 1e-12 {
			t.Fatalf("%s: %v, want %v on %s", rho.Dates[i].Format(time.DateOnly), rho.Values[i], pc.Rho[i], d.Format(time.DateOnly))
		}
	}
	if f.Stock.Name != "SPY" || f.Bond.Name != "TLT" || f.Stock.Dates[0].Location().String() != "America/New_York" {
		t.Fatalf("names %q %q, location %v", f.Stock.Name, f.Bond.Name, f.Stock.Dates[0].Location())
	}
}

// Without the data folder the error wraps datasets.ErrNoData, so nb.Data
// skips the section; with SBCORR_REQUIRE_DATA=1 it does not.
func TestSPYTLTWithoutData(t *testing.T) {
	t.Setenv(datasets.EnvData, t.TempDir())
	t.Setenv(datasets.EnvCache, t.TempDir())
	t.Setenv(datasets.EnvRequire, "")
	if _, err := SPYTLT(); !errors.Is(err, datasets.ErrNoData) {
		t.Fatalf("err %v, want ErrNoData", err)
	}
	t.Setenv(datasets.EnvRequire, "1")
	if _, err := SPYTLT(); err == nil || errors.Is(err, datasets.ErrNoData) {
		t.Fatalf("required data: err %v", err)
	}
}
