package inputs

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/sbcorr/bond"
	"github.com/stockbond/sbcorr/series"
)

func TestFilesAndFolders(t *testing.T) {
	needData(t)
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(datasets.Catalogue()) {
		t.Fatalf("%d files, catalogue has %d", len(files), len(datasets.Catalogue()))
	}
	n := 0
	for _, f := range Folders(files) {
		for i, x := range f.Files {
			if x.Folder() != f.Name || !strings.HasPrefix(x.Name, f.Name+"/") || len(x.Main.Prov) == 0 ||
				len(x.Main.Prov[0].SHA256) != 64 || f.Main()[i].Name != x.Main.Name {
				t.Errorf("folder %s: file %s (%d provenance entries)", f.Name, x.Name, len(x.Main.Prov))
			}
			if x.Entry != files[n].Entry {
				t.Errorf("file %d: %s, want catalogue order (%s)", n, x.Name, files[n].Name)
			}
			n++
		}
	}
	if n != len(files) {
		t.Errorf("folders hold %d files, want %d", n, len(files))
	}
}

func TestYieldsAndSpreads(t *testing.T) {
	needData(t)
	ys, err := Yields(2, 30)
	if err != nil || ys[0].Name != "DGS2" || ys[1].Name != "DGS30" || ys[1].Unit != series.UnitDecimal {
		t.Fatalf("yields %v %v (%v)", ys[0].Name, ys[1].Name, err)
	}
	cs, err := CreditSpreads()
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := datasets.LoadSeries("", "fred_daily/BAMLH0A0HYM2")
	hy := cs[1]
	if cs[0].Name != "IG OAS" || hy.Name != "HY OAS" || hy.CountNaN() != 0 || hy.Unit != series.UnitDecimal ||
		hy.Len() != raw.Len()-raw.CountNaN() || hy.Values[0] != raw.Values[0]/100 {
		t.Errorf("spreads %s %s: %d values, %d NaN, first %v (file %v)", cs[0].Name, hy.Name, hy.Len(), hy.CountNaN(),
			hy.Values[0], raw.Values[0])
	}
}

// Damodaran's formula on the yields of DamodaranAnnual reproduces his
// T-bond column within the bars of bond.TestDamodaranYieldConvention: 1 bp
// a year on average with December averages (to 1997), 10 bp with the last
// daily values (from 1999).
func TestDamodaranAnnual(t *testing.T) {
	needData(t)
	d, err := DamodaranAnnual()
	if err != nil {
		t.Fatal(err)
	}
	h15, _ := datasets.LoadSeries("", "fed_h15_monthly/us10y_monthly")
	daily, _ := datasets.DGS10Daily("")
	jan := func(y int) time.Time { return series.Date(y, time.January, 1) }
	if got, want := d.Yield.At(jan(1997)), h15.At(series.Date(1997, 12, 1))/100; got != want {
		t.Errorf("1997 year-end yield %v, want the December average %v", got, want)
	}
	if got, want := d.Yield.At(jan(1998)), daily.At(series.Date(1998, 12, 31)); got != want {
		t.Errorf("1998 year-end yield %v, want the last daily value %v", got, want)
	}
	dam := d.Yield.Changes(series.UnitDecimal, func(y0, y1 float64) float64 {
		r, _ := bond.DamodaranReturn(y0, y1, 10)
		return r
	})
	for _, c := range []struct {
		from, to int
		bar      float64
	}{{1954, 1997, 0.0001}, {1999, 0, 0.0010}} {
		ours, his := series.Align(dam.Years(c.from, c.to), d.Bond)
		gap := series.Combine(ours, his, func(a, b float64) float64 { return math.Abs(a - b) }).Mean()
		if gap > c.bar || ours.Len() < 20 {
			t.Errorf("%d-%d: mean |formula - his column| %.2f bp over %d years, bar %.0f bp", c.from, c.to, 1e4*gap,
				ours.Len(), 1e4*c.bar)
		}
	}
	if d.Stock.First().Year() != 1928 || d.Stock.Freq != series.Annual || d.YearEnd.First().Year() != 1962 {
		t.Errorf("stock from %d (%s), year ends from %d", d.Stock.First().Year(), d.Stock.Freq, d.YearEnd.First().Year())
	}
}

func TestShillerMonthly(t *testing.T) {
	needData(t)
	d, err := ShillerMonthly()
	if err != nil {
		t.Fatal(err)
	}
	f, _ := datasets.Load("", "shiller/shiller_sp500_monthly")
	at := series.Date(1950, 1, 1)
	want := f.MustCol("Dividend").At(at) / f.MustCol("SP500").At(at)
	if d.DY.At(at) != want || d.Rate.At(at) != f.MustCol("Long Interest Rate").At(at)/100 {
		t.Errorf("1950-01: DY %v (want %v), r %v", d.DY.At(at), want, d.Rate.At(at))
	}
	if d.DY.CountNaN() != 0 || d.Rate.CountNaN() != 0 || d.DY.Len() != d.Rate.Len() || d.DY.Freq != series.Monthly {
		t.Errorf("DY %d values (%d NaN), r %d (%d NaN), %s", d.DY.Len(), d.DY.CountNaN(), d.Rate.Len(), d.Rate.CountNaN(), d.DY.Freq)
	}
	if y := d.Years(1900, 0); y.DY.First() != series.Date(1900, 1, 1) || y.Rate.First() != y.DY.First() || y.CPI.Len() != d.CPI.Len() {
		t.Errorf("from 1900: %v %v", y.DY.First(), y.Rate.First())
	}
	if got, want := d.CPI.At(at), f.MustCol("Consumer Price Index").At(at); got != want || d.CPI.CountNaN() != 0 {
		t.Errorf("CPI 1950-01: %v, want %v (%d NaN)", got, want, d.CPI.CountNaN())
	}
}

func TestStooqBars(t *testing.T) {
	needData(t)
	for _, tk := range []string{"spy", "tlt"} {
		b, err := StooqBars(tk)
		if err != nil {
			t.Fatal(err)
		}
		bad := 0
		for _, f := range b.BadTick {
			if f {
				bad++
			}
		}
		s := b.Seams()
		if len(b.BadTickTimes) != bad || len(b.SeamTimes) != len(s) || b.Adjusted != s[0] || !b.SeamTimes[0].Equal(b.Times[s[0]]) {
			t.Errorf("%s: %d bad ticks (flags %d), seams %v at %v, %d adjusted rows", tk, len(b.BadTickTimes), bad, s,
				b.SeamTimes, b.Adjusted)
		}
	}
	if _, err := StooqBars("qqq"); err == nil {
		t.Error("unknown ticker: no error")
	}
}

func TestPairMix(t *testing.T) {
	d := []time.Time{series.Date(2020, 1, 31), series.Date(2020, 2, 29)}
	p := Pair{Stock: series.New("S", d, []float64{0.10, -0.05}), Bond: series.New("B", d, []float64{0.02, math.NaN()})}
	m := p.Mix(0.6)
	if m.Name != "60/40" || math.Abs(m.Values[0]-(0.6*0.10+0.4*0.02)) > 1e-16 || !math.IsNaN(m.Values[1]) {
		t.Errorf("mix %s %v", m.Name, m.Values)
	}
	if _, err := p.Corr(); err == nil {
		t.Error("Corr with a NaN bond return: no error")
	}
	d = append(d, series.Date(2020, 3, 31))
	q := Pair{Stock: series.New("S", d, []float64{0.1, -0.05, 0.02}), Bond: series.New("B", d, []float64{-0.02, 0.01, 0})}
	want, _ := sbcorr.Corr(q.Stock.Values, q.Bond.Values)
	if got, err := q.Corr(); err != nil || got != want {
		t.Errorf("Corr %v (%v), want %v", got, err, want)
	}
	q.Yield = series.New("Y", d, []float64{0.01, 0.02, 0.03})
	w := q.When(series.New("flag", d, []float64{1, 0, 1}), func(v float64) bool { return v == 1 })
	if w.Stock.Len() != 2 || w.Bond.Values[1] != 0 || w.Yield.Values[1] != 0.03 || !w.Stock.Dates[1].Equal(d[2]) {
		t.Errorf("When: %v %v %v", w.Stock.Values, w.Bond.Values, w.Yield.Values)
	}
}
