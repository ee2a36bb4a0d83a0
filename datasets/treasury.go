package datasets

import "github.com/stockbond/sbcorr/series"

// CMTTenors lists the FRED/H.15 daily constant-maturity series of
// fred_h15_treasury_cmt in maturity order.
var CMTTenors = []Tenor{
	{"DGS1MO", 1.0 / 12}, {"DGS3MO", 0.25}, {"DGS6MO", 0.5}, {"DGS1", 1}, {"DGS2", 2}, {"DGS3", 3},
	{"DGS5", 5}, {"DGS7", 7}, {"DGS10", 10}, {"DGS20", 20}, {"DGS30", 30},
}

// TreasuryCMTDaily returns the 11 daily Treasury constant-maturity yields
// of fred_h15_treasury_cmt (1962-01-02 .. 2021-01-04) outer-joined on
// their dates, columns in CMTTenors order, in DECIMALS. A NaN is a holiday
// row or a tenor not published on that date (1-month before 2001-07-31,
// etc.); note that FRED fills DGS20 for 1987-1993 and DGS30 for 2002-2006
// where the Treasury par curve leaves them blank.
func TreasuryCMTDaily(dir string) (series.Frame, error) {
	cols := make([]series.Series, len(CMTTenors))
	for i, t := range CMTTenors {
		s, err := locateFRED(dir, "fred_h15_treasury_cmt/"+t.Name+".csv")
		if err != nil {
			return series.Frame{}, err
		}
		if s.Name != t.Name {
			return series.Frame{}, parseErr(s.Prov[0].File, 1, "column %q, want %q", s.Name, t.Name)
		}
		cols[i] = s.PercentToDecimal()
	}
	return series.OuterJoin(cols...), nil
}
