package inputs

import (
	"math"
	"slices"
	"testing"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// The market of the 12 industries is the cap-weighted sum of their
// returns, recomputed here from the raw sections of the file, and the
// bond is the monthly par bond of USWith on the same month.
func TestFrenchIndustriesMarketAndWeights(t *testing.T) {
	needData(t)
	in, err := FrenchIndustries()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"NoDur", "Durbl", "Manuf", "Enrgy", "Chems", "BusEq", "Telcm", "Utils", "Shops", "Hlth", "Money", "Other"}
	if !slices.Equal(in.Returns.Names(), want) || !slices.Equal(in.Weights.Names(), want) {
		t.Fatalf("names %v / %v", in.Returns.Names(), in.Weights.Names())
	}
	n := in.Market.Len()
	if in.Bond.Len() != n || in.Returns.Len() != n || in.Market.First().Year() != 1962 {
		t.Fatalf("lengths %d %d %d, first %s", n, in.Bond.Len(), in.Returns.Len(), in.Market.First())
	}
	for k := range n {
		sum := 0.0
		for _, w := range in.Weights.Cols {
			sum += w.Values[k]
		}
		if math.Abs(sum-1) > 1e-12 {
			t.Fatalf("weights sum to %v on %s", sum, in.Market.Dates[k])
		}
	}
	ff, err := readFrench("12_Industry_Portfolios.CSV")
	if err != nil {
		t.Fatal(err)
	}
	ret, _ := ff.Section("Average Value Weighted Returns -- Monthly")
	firms, _ := ff.Section("Number of Firms in Portfolios")
	size, _ := ff.Section("Average Firm Size")
	us, err := USWith(Options{Freq: series.Monthly, Bond: ParBond})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []int{0, n / 2, n - 1} {
		date := in.Market.Dates[d]
		i := ret.Cols[0].Index(date)
		num, den := 0.0, 0.0
		for c := range 12 {
			capital := firms.Cols[c].Values[i] * size.Cols[c].Values[i]
			num += capital * ret.Cols[c].Values[i] / 100
			den += capital
		}
		if got := in.Market.Values[d]; math.Abs(got-num/den) > 1e-15 || !ret.Cols[0].Dates[i].Equal(date) {
			t.Errorf("%s: market %v, want %v", date.Format("2006-01"), got, num/den)
		}
		if b := us.Bond.Values[us.Bond.Index(date.AddDate(0, 1, -1))]; in.Bond.Values[d] != b {
			t.Errorf("%s: bond %v, want %v", date.Format("2006-01"), in.Bond.Values[d], b)
		}
	}
}

// The 12 industries hold every CRSP stock, so their market follows the
// Fama-French market factor (Mkt-RF + RF) month by month; the two differ
// only by compounding (monthly portfolio returns against daily factor
// returns compounded) and the file vintages: their median difference is a
// few basis points (one month, March 2000, differs by 2%), while wrong
// weights or a month's shift would give differences of the order of a
// monthly return.
func TestFrenchIndustriesFollowTheMarketFactor(t *testing.T) {
	needData(t)
	in, err := FrenchIndustries()
	if err != nil {
		t.Fatal(err)
	}
	f, err := FrenchFactors()
	if err != nil {
		t.Fatal(err)
	}
	a, b := series.Align(in.Market, f.Market)
	diff := series.Combine(a, b, func(x, y float64) float64 { return math.Abs(x - y) }).Summary()
	if a.Len() < 700 || diff.Median > 0.001 {
		t.Fatalf("%d months: median |difference| %.5f, max %.5f (%s)", a.Len(), diff.Median, diff.Max, diff.MaxAt.Format("2006-01"))
	}
}

// Each monthly factor is its daily returns compounded over the month;
// the momentum file ends earlier and leaves NaN behind it.
func TestFrenchFactorsCompoundDailyReturns(t *testing.T) {
	needData(t)
	f, err := FrenchFactors()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(f.LongShort.Names(), []string{"SMB", "HML", "RMW", "CMA", "Mom"}) {
		t.Fatalf("names %v", f.LongShort.Names())
	}
	five, err := frenchDaily("F-F_Research_Data_5_Factors_2x3_daily.CSV")
	if err != nil {
		t.Fatal(err)
	}
	jan := five.Between(series.Date(2000, 1, 1), series.Date(2000, 1, 31))
	mkt, hml := 1.0, 1.0
	for i := range jan.Dates {
		mkt *= 1 + (jan.MustCol("Mkt-RF").Values[i]+jan.MustCol("RF").Values[i])/100
		hml *= 1 + jan.MustCol("HML").Values[i]/100
	}
	at := series.Date(2000, 1, 1)
	if math.Abs(f.Market.At(at)-(mkt-1)) > 1e-15 || math.Abs(f.LongShort.MustCol("HML").At(at)-(hml-1)) > 1e-15 {
		t.Fatalf("January 2000: market %v HML %v, want %v %v", f.Market.At(at), f.LongShort.MustCol("HML").At(at), mkt-1, hml-1)
	}
	mom := f.LongShort.MustCol("Mom")
	_, last := mom.LastValid()
	if last.Year() != 2017 || !math.IsNaN(mom.Values[mom.Len()-1]) || mom.Reason(mom.Len()-1) != series.Missing {
		t.Fatalf("momentum ends %s, last value %v", last, mom.Values[mom.Len()-1])
	}
	if f.Market.First() != series.Date(1963, 7, 1) || f.Bond.Len() != f.Market.Len() {
		t.Fatalf("calendar %s, %d vs %d", f.Market.First(), f.Bond.Len(), f.Market.Len())
	}
}

// Sector ETFs share SPY's monthly calendar, NaN before a fund exists;
// a return is the change of month-end adjusted closes.
func TestSectorETFs(t *testing.T) {
	needData(t)
	s, err := SectorETFs()
	if err != nil {
		t.Fatal(err)
	}
	if s.Index.First() != series.Date(2005, 3, 1) || s.ETFs.Len() != s.Index.Len() || len(s.ETFs.Cols) != 11 {
		t.Fatalf("first %s, %d columns", s.Index.First(), len(s.ETFs.Cols))
	}
	xlre := s.ETFs.MustCol("XLRE")
	if first := xlre.DropNaN().First(); first != series.Date(2015, 11, 1) || xlre.Reason(0) != series.Missing {
		t.Fatalf("XLRE starts %s", first)
	}
	px, err := datasets.LoadSeries("", "sector_etfs/XLU")
	if err != nil {
		t.Fatal(err)
	}
	end := func(y int, m int) float64 {
		return px.DropNaN().At(series.Date(y, 1, 1).AddDate(0, m, -1))
	}
	if got, want := s.ETFs.MustCol("XLU").At(series.Date(2010, 6, 1)), end(2010, 6)/end(2010, 5)-1; math.Abs(got-want) > 1e-15 {
		t.Fatalf("XLU June 2010: %v, want %v", got, want)
	}
}

// The dividend yield is D/P of the Shiller file, NaN where the dividend
// is missing.
func TestDividendYield(t *testing.T) {
	needData(t)
	dy, err := DividendYield()
	if err != nil {
		t.Fatal(err)
	}
	f, err := datasets.Load("", "shiller/shiller_sp500_monthly")
	if err != nil {
		t.Fatal(err)
	}
	at := series.Date(1990, 1, 1)
	if want := f.MustCol("Dividend").At(at) / f.MustCol("SP500").At(at); dy.At(at) != want || dy.Unit != series.UnitDecimal {
		t.Fatalf("January 1990: %v, want %v", dy.At(at), want)
	}
	if _, last := dy.LastValid(); last != series.Date(2023, 6, 1) {
		t.Fatalf("last dividend yield %s", last)
	}
}
