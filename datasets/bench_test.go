package datasets

import (
	"math"
	"os"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

// BenchmarkLoadStockTreasury reads the daily S&P 500 (24k rows) and the
// 11 daily Treasury CMT files (about 140k rows), and joins them on the
// dates where the S&P 500 and every available tenor are observed.
func BenchmarkLoadStockTreasury(b *testing.B) {
	dir := os.Getenv(EnvData)
	if dir == "" {
		b.Skip("SBCORR_DATA not set")
	}
	for b.Loop() {
		spx, err := SP500Daily(dir)
		if err != nil {
			b.Fatal(err)
		}
		cmt, err := TreasuryCMTDaily(dir)
		if err != nil {
			b.Fatal(err)
		}
		f := series.InnerJoin(append([]series.Series{spx}, cmt.Cols...)...)
		if f.Len() < 14000 {
			b.Fatalf("joined %d rows", f.Len())
		}
	}
}

// BenchmarkStockBondDaily builds the joint daily S&P 500 / 10y yield pair.
func BenchmarkStockBondDaily(b *testing.B) {
	dir := os.Getenv(EnvData)
	if dir == "" {
		b.Skip("SBCORR_DATA not set")
	}
	for b.Loop() {
		if _, err := StockBondDaily(dir); err != nil {
			b.Fatal(err)
		}
	}
}

func TestTreasuryCMTDaily(t *testing.T) {
	dir := needData(t)
	f, err := TreasuryCMTDaily(dir)
	if err != nil {
		t.Fatal(err)
	}
	if f.Len() != 15395 || len(f.Cols) != 11 || f.Cols[0].Name != "DGS1MO" || f.Cols[10].Name != "DGS30" {
		t.Fatalf("%d rows, columns %v", f.Len(), f.Names())
	}
	if v := valueAt(t, f.MustCol("DGS10"), day("2021-01-04")); math.Abs(v-0.0093) > 1e-15 {
		t.Errorf("DGS10 2021-01-04 = %v", v)
	}
	if n := f.MustCol("DGS1MO").DropNaN().First(); !n.Equal(day("2001-07-31")) {
		t.Errorf("DGS1MO starts %v", n)
	}
	spx, err := SP500Daily(dir)
	if err != nil {
		t.Fatal(err)
	}
	// The benchmark's join; pandas gives the same shape (testdata/peer_load.py --check: (14854, 12)).
	if j := series.InnerJoin(append([]series.Series{spx}, f.Cols...)...); j.Len() != 14854 || len(j.Cols) != 12 {
		t.Errorf("SPX x CMT join: %d rows, %d columns, pandas (14854, 12)", j.Len(), len(j.Cols))
	}
}
