package inputs

import (
	"errors"
	"math"
	"testing"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/sbcorr/bond"
	"github.com/stockbond/sbcorr/series"
)

// needData skips a test without the data folder (fails with
// SBCORR_REQUIRE_DATA=1).
func needData(t *testing.T) {
	t.Helper()
	if _, err := datasets.SP500Daily(""); errors.Is(err, datasets.ErrNoData) {
		if datasets.RequireData() {
			t.Fatal(err)
		}
		t.Skip("no data folder:", err)
	}
}

// The monthly pair equals the construction the notebooks used before:
// joint month ends of the S&P 500 and the 10-year yield, simple returns and
// footnote-15 bond returns of the level series.
func TestUSMonthlyMatchesJointMonthEnds(t *testing.T) {
	needData(t)
	us, err := US(series.Monthly, 10)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := datasets.StockBondMonthly("")
	if err != nil {
		t.Fatal(err)
	}
	rb := bond.ApproxReturns(sb.Yield.Values, 10)[1:]
	if us.Stock.Len() != sb.Stock.Len()-1 || us.Bond.Len() != len(rb) || us.Yield.Len() != us.Stock.Len() {
		t.Fatalf("lengths %d %d %d, want %d", us.Stock.Len(), us.Bond.Len(), us.Yield.Len(), len(rb))
	}
	for i := range rb {
		s := sb.Stock.Values[i+1]/sb.Stock.Values[i] - 1
		if us.Stock.Values[i] != s || us.Bond.Values[i] != rb[i] || !us.Stock.Dates[i].Equal(sb.Stock.Dates[i+1]) {
			t.Fatalf("row %d (%s): %v %v, want %v %v", i, us.Stock.Dates[i].Format("2006-01-02"), us.Stock.Values[i], us.Bond.Values[i], s, rb[i])
		}
	}
	if us.Synthetic || us.Notice != "" || us.Stock.Freq != series.Monthly {
		t.Fatal("real data marked synthetic or frequency lost")
	}
}

// The 30-year yield is spliced with FRED to 2025, so the pair reaches the
// end of 2024; its returns never span a month without data.
func TestUS30YearReaches2024WithoutSpanningGaps(t *testing.T) {
	needData(t)
	us, err := US(series.Monthly, 30)
	if err != nil {
		t.Fatal(err)
	}
	if us.Stock.Last().Year() < 2025 || us.Bond.First().Year() != 1977 {
		t.Fatalf("range %s..%s", us.Bond.First(), us.Stock.Last())
	}
	for _, i := range us.Yield.Gaps() {
		if r := us.Bond.Reason(i); r != series.SpansGap {
			t.Errorf("return at %s across a gap: %v (%v)", us.Bond.Dates[i].Format("2006-01"), us.Bond.Values[i], r)
		}
	}
	if v := us.Bond.At(series.Date(2024, 12, 31)); math.IsNaN(v) {
		t.Fatal("no December 2024 return")
	}
}

func TestUSSyntheticFallback(t *testing.T) {
	t.Setenv(datasets.EnvData, t.TempDir())
	t.Setenv("SBCORR_REQUIRE_DATA", "")
	t.Setenv("SBCORR_CACHE", t.TempDir())
	us, err := US(series.Monthly, 10)
	if err != nil {
		t.Fatal(err)
	}
	if !us.Synthetic || us.Notice != datasets.SyntheticNotice || us.Title("x") != "x [SYNTHETIC DATA]" {
		t.Fatal("sample not marked")
	}
	if _, err := US(series.Monthly, 30); !errors.Is(err, datasets.ErrNoData) {
		t.Fatalf("30-year without data: %v, want ErrNoData", err)
	}
}

func TestLongRatesAndDollar(t *testing.T) {
	needData(t)
	rs, err := LongRates("US", "JP")
	if err != nil {
		t.Fatal(err)
	}
	if rs[1].Name != "JP" || rs[0].Unit != series.UnitDecimal || rs[0].Values[0] > 0.3 || rs[0].Freq != series.Monthly {
		t.Fatalf("%q %q %v", rs[1].Name, rs[0].Unit, rs[0].Values[0])
	}
	d, err := DollarIndex()
	if err != nil {
		t.Fatal(err)
	}
	if d.Index.Last().Year() != 2024 || d.Index.Values[0] < 50 || !d.Yield.Last().Equal(d.Index.Last()) || d.Yield.Values[0] > 0.3 {
		t.Fatalf("DXY %s %v, yield %v", d.Index.Last(), d.Index.Values[0], d.Yield.Values[0])
	}
}
