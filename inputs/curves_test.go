package inputs

import (
	"math"
	"slices"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

func TestTreasuryParCurves(t *testing.T) {
	needData(t)
	c, err := TreasuryParCurves()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.IsSorted(c.Maturities) || len(c.Maturities) != len(c.Cols) || c.Maturities[0] != 1.0/12 || c.Maturities[len(c.Maturities)-1] != 30 {
		t.Fatalf("maturities %v", c.Maturities)
	}
	// 2021-12-31 in the file: 10 Yr 1.52 (percent), 4 Mo blank.
	y := c.At(series.Date(2021, 12, 31))
	i10 := slices.Index(c.Maturities, 10)
	if y[i10] != 1.52/100 || !math.IsNaN(y[slices.Index(c.Maturities, 4.0/12)]) {
		t.Errorf("2021-12-31: %v", y)
	}
	// As of a Saturday: the Friday's curve.
	if got := c.At(series.Date(2021, 12, 25)); got[i10] != c.At(series.Date(2021, 12, 24))[i10] {
		t.Errorf("as of 2021-12-25: %v", got[i10])
	}
	if c.Cols[i10].Unit != series.UnitDecimal || c.Years(2021, 2021).Dates[0].Year() != 2021 || c.Fingerprint() == "" {
		t.Errorf("unit %s", c.Cols[i10].Unit)
	}
}

func TestACMTermPremium(t *testing.T) {
	needData(t)
	a, err := ACMTermPremium()
	if err != nil {
		t.Fatal(err)
	}
	// The first row of the file: 30-Jun-1961, ACMY10 3.86712671652606, ACMTP10 0.177793867895899.
	if a.Zeros.Dates[0] != series.Date(1961, 6, 30) || a.Zeros.Cols[9].Values[0] != 3.86712671652606/100 ||
		a.TermPremium.Values[0] != 0.177793867895899/100 || len(a.Zeros.Maturities) != 10 {
		t.Fatalf("first row %v %v %v", a.Zeros.Dates[0], a.Zeros.Cols[9].Values[0], a.TermPremium.Values[0])
	}
	if s := a.Years(1990, 2021); s.Zeros.Len() != 384 || s.TermPremium.Len() != 384 || s.RiskNeutral.Len() != 384 {
		t.Errorf("1990-2021: %d months", s.Zeros.Len())
	}
}
