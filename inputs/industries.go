package inputs

import (
	"fmt"

	"github.com/stockbond/sbcorr/series"
)

// Industries is the US stock market split into the 12 industry portfolios
// of the Kenneth R. French Data Library (CRSP, value-weighted): the public
// stand-in for the S&P 500 GICS sectors of Portelli & Roncalli (2024),
// section 3.3.1 (Table 17), and for the index components of sections 2.3.2
// and 3.3.3 (Table 4, Figure 43). Every series is monthly, dated on the
// 1st of the month (the Data Library's convention), on one calendar: the
// months where every industry has a return and a weight and the bond a
// return (1962-02 to the end of the file).
type Industries struct {
	// Returns holds the value-weighted returns of the 12 industries over
	// each month, decimals, named as in the file: NoDur, Durbl, Manuf,
	// Enrgy, Chems, BusEq, Telcm, Utils, Shops, Hlth, Money, Other.
	Returns series.Frame
	// Weights holds each industry's share of the market capitalisation at
	// the start of the month, w_i(t) = N_i(t) S_i(t) / sum_j N_j(t) S_j(t)
	// (N the number of firms, S their average size: the file's weights of
	// the value-weighted returns), same names; each row sums to 1.
	Weights series.Frame
	// Market is the value-weighted market of the 12 industries,
	// R_S(t) = sum_i w_i(t) R_i(t), decimals: the basket whose components
	// the industries are (named "market").
	Market series.Series
	// Bond is the return of a 10-year par bond over the month, coupon
	// included (ParBond on the month-end 10-year CMT yield), decimals.
	Bond series.Series
}

// FrenchIndustries returns the 12 industries of the Ken French file
// 12_Industry_Portfolios.CSV ("Average Value Weighted Returns -- Monthly",
// "Number of Firms in Portfolios", "Average Firm Size") with their weights,
// their market and the 10-year par bond (see Industries). It returns an
// error wrapping datasets.ErrNoData when a file is missing.
func FrenchIndustries() (Industries, error) {
	ff, err := readFrench("12_Industry_Portfolios.CSV")
	if err != nil {
		return Industries{}, err
	}
	var sec [3]series.Frame
	for i, title := range []string{"Average Value Weighted Returns -- Monthly", "Number of Firms in Portfolios", "Average Firm Size"} {
		if sec[i], err = ff.Section(title); err != nil {
			return Industries{}, fmt.Errorf("inputs: FrenchIndustries: %w", err)
		}
	}
	bond, err := monthlyParBond()
	if err != nil {
		return Industries{}, err
	}
	n := len(sec[0].Cols)
	cols := append(append(append([]series.Series{}, sec[0].Cols...), sec[1].Cols...), sec[2].Cols...)
	f := series.InnerJoin(append(cols, bond)...).DropNaN()
	rets, caps := make([]series.Series, n), make([]series.Series, n)
	for i := range n {
		rets[i] = f.Cols[i].PercentToDecimal().AtFreq(series.Monthly)
		caps[i] = series.Combine(f.Cols[n+i], f.Cols[2*n+i], func(firms, size float64) float64 { return firms * size })
	}
	w := weights(caps)
	in := Industries{Returns: series.NewFrame(f.Dates, rets...), Weights: series.NewFrame(f.Dates, w...),
		Bond: f.Cols[3*n]}
	in.Market = weightedSum(rets, w).Named("market")
	return in, nil
}

// weights returns each series divided by the sum of all at each date
// (the rows of caps sum to 1 afterwards), unit decimal.
func weights(caps []series.Series) []series.Series {
	total := caps[0].Map(func(float64) float64 { return 0 })
	for _, c := range caps {
		total = series.Combine(total, c, func(a, b float64) float64 { return a + b })
	}
	out := make([]series.Series, len(caps))
	for i, c := range caps {
		out[i] = series.Combine(c, total, func(a, b float64) float64 { return a / b }).InUnit(series.UnitDecimal).AtFreq(series.Monthly)
	}
	return out
}

// weightedSum returns sum_i w_i(t) x_i(t) on the common dates of x and w.
func weightedSum(x, w []series.Series) series.Series {
	out := x[0].Map(func(float64) float64 { return 0 })
	for i := range x {
		term := series.Combine(w[i], x[i], func(a, b float64) float64 { return a * b })
		out = series.Combine(out, term, func(a, b float64) float64 { return a + b })
	}
	out.Prov = nil
	for _, s := range x {
		out.Prov = append(out.Prov, s.Prov...)
	}
	return out.InUnit(series.UnitDecimal)
}
