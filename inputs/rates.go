package inputs

import (
	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// Yields returns the daily Treasury constant-maturity yields of the given
// maturities in years (Yield for each, in order), decimals, each on its own
// calendar and named after its FRED id ("DGS10").
func Yields(maturities ...float64) ([]series.Series, error) {
	out := make([]series.Series, len(maturities))
	for i, m := range maturities {
		y, err := Yield(m)
		if err != nil {
			return nil, err
		}
		out[i] = y
	}
	return out, nil
}

// CreditSpreads returns the ICE BofA US corporate option-adjusted spreads
// over Treasuries (FRED, from 31 December 1996), daily, in decimals (1.25%
// is 0.0125), days without a value dropped: investment grade first ("IG
// OAS", BAMLC0A0CM), then high yield ("HY OAS", BAMLH0A0HYM2). They are
// spreads, not returns.
func CreditSpreads() ([]series.Series, error) {
	var out []series.Series
	for _, f := range [][2]string{{"BAMLC0A0CM", "IG OAS"}, {"BAMLH0A0HYM2", "HY OAS"}} {
		s, err := datasets.LoadSeries("", "fred_daily/"+f[0])
		if err != nil {
			return nil, err
		}
		out = append(out, s.DropNaN().PercentToDecimal().Named(f[1]))
	}
	return out, nil
}
