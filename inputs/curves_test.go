package inputs

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/curve"
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

// FitSvensson fits every date of a history, and refuses a history where
// no date can be fitted.
func TestCurvesFitSvensson(t *testing.T) {
	d := []time.Time{series.Date(2020, 1, 2), series.Date(2020, 1, 3)}
	m := []float64{0.5, 1, 2, 5, 10, 30}
	p := curve.Svensson{B0: 0.04, B1: -0.02, B2: 0.01, B3: 0.01, Tau1: 1, Tau2: 5}
	var cols []series.Series
	for _, x := range m {
		cols = append(cols, series.New("y", d, []float64{curve.ParYield(p, x), math.NaN()}))
	}
	c := Curves{Frame: series.NewFrame(d, cols...), Maturities: m}
	opt := curve.FitOptions{Target: curve.ParYields}
	fits, err := c.FitSvensson(opt)
	if err != nil || fits.Len() != 2 || fits.MustCol("rmse").Values[0] > 1e-6 || !math.IsNaN(fits.MustCol("b0").Values[1]) {
		t.Fatalf("fits %v, err %v", fits.Names(), err)
	}
	if _, err := c.Years(2021, 2021).FitSvensson(opt); err == nil || !strings.HasPrefix(err.Error(), "inputs: Curves.FitSvensson: ") {
		t.Errorf("empty history: %v", err)
	}
}
