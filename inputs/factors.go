package inputs

import (
	"fmt"

	"github.com/stockbond/sbcorr/series"
)

// Factors are the Fama-French research factors of the Kenneth R. French
// Data Library, monthly: the public stand-in for the S&P factor indices
// (pure value, pure growth, quality, momentum, ...) of Portelli & Roncalli
// (2024), section 3.3.2 (Table 18). Every series is a monthly return in
// decimals, compounded from the daily files (prod(1 + r_d) - 1 over the
// trading days of the month), dated on the 1st of the month, on one
// calendar: the months where the five-factor file and the bond both have a
// return.
type Factors struct {
	// Market is the CRSP value-weighted market return, Mkt-RF + RF day by
	// day, compounded to the month (named "market").
	Market series.Series
	// RF is the one-month Treasury bill return (Ibbotson).
	RF series.Series
	// LongShort holds the long-short factors SMB (size), HML (value),
	// RMW (profitability, "quality"), CMA (investment) of the five-factor
	// file and Mom (momentum) of the momentum file, which is an older
	// vintage: Mom is NaN (reason Missing) after the file ends.
	LongShort series.Frame
	// Bond is the return of a 10-year par bond over the month, coupon
	// included (ParBond on the month-end 10-year CMT yield).
	Bond series.Series
}

// FrenchFactors returns the factors of F-F_Research_Data_5_Factors_2x3_daily
// and F-F_Momentum_Factor_daily (see Factors). It returns an error
// wrapping datasets.ErrNoData when a file is missing.
func FrenchFactors() (Factors, error) {
	five, err := frenchDaily("F-F_Research_Data_5_Factors_2x3_daily.CSV")
	if err != nil {
		return Factors{}, err
	}
	mom, err := frenchDaily("F-F_Momentum_Factor_daily.CSV")
	if err != nil {
		return Factors{}, err
	}
	bond, err := monthlyParBond()
	if err != nil {
		return Factors{}, err
	}
	col := func(f series.Frame, name string) (series.Series, error) {
		c, err := f.Col(name)
		if err != nil {
			return c, fmt.Errorf("inputs: FrenchFactors: %w", err)
		}
		return c.PercentToDecimal(), nil
	}
	named := map[string]series.Series{}
	for _, name := range []string{"Mkt-RF", "RF", "SMB", "HML", "RMW", "CMA"} {
		if named[name], err = col(five, name); err != nil {
			return Factors{}, err
		}
	}
	if named["Mom"], err = col(mom, "Mom"); err != nil {
		return Factors{}, err
	}
	mkt := series.Combine(named["Mkt-RF"], named["RF"], func(x, rf float64) float64 { return x + rf }).Named("market")
	monthly := func(s series.Series) series.Series { return s.Aggregate(series.Monthly, series.AggCompound) }
	f := series.InnerJoin(monthly(mkt), monthly(named["RF"]), bond).DropNaN()
	out := Factors{Market: f.Cols[0], RF: f.Cols[1], Bond: f.Cols[2]}
	var ls []series.Series
	for _, name := range []string{"SMB", "HML", "RMW", "CMA", "Mom"} {
		ls = append(ls, reindex(monthly(named[name]), f.Dates))
	}
	out.LongShort = series.NewFrame(f.Dates, ls...)
	return out, nil
}

// frenchDaily returns the first (untitled) table of a daily Ken French
// file, every column a daily series.
func frenchDaily(name string) (series.Frame, error) {
	ff, err := readFrench(name)
	if err != nil {
		return series.Frame{}, err
	}
	f, err := ff.Section("")
	if err != nil {
		return f, fmt.Errorf("inputs: FrenchFactors: %w", err)
	}
	return f.Map(func(s series.Series) series.Series { return s.AtFreq(series.Daily) }), nil
}
