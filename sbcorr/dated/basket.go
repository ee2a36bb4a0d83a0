package dated

import (
	"fmt"
	"math"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/basket"
	"github.com/stockbond/sbcorr/series"
)

// Baskets are equity baskets estimated on rolling windows, one per date
// (see RollingBaskets).
type Baskets struct {
	Dates   []time.Time
	Baskets []*basket.Basket // nil before the first full window
	Window  int              // observations per window
	Freq    series.Freq      // frequency of the dates
}

// RollingBaskets returns, at each date t of the stocks' calendar, the
// basket.Estimate of the window observations ending at t: the sample
// volatilities (annualised with periodsPerYear, 12 for monthly returns),
// correlations and stock-bond correlations of the components, with the
// weights of date t (one row of weights, summing to 1). It is the
// aggregation of Portelli & Roncalli (2024), sections 2.3.2 and 3.3.3: the
// aggregate stock-bond correlation of an index from its components,
// rho_S,B = sum_i omega_i rho_i,B, its leverage L(omega) and the
// concentration metrics of Table 4, date by date (Figure 43). Dates before
// the first full window have no basket. It returns basket.Estimate's error
// (a NaN return, a constant series) with the date of the window. It panics
// when stocks, weights and bond differ in dates or in columns, or when
// window < 3.
func RollingBaskets(stocks, weights series.Frame, bond series.Series, window int, periodsPerYear float64) (Baskets, error) {
	if len(stocks.Cols) != len(weights.Cols) || len(stocks.Cols) == 0 {
		panic(fmt.Sprintf("dated: RollingBaskets: %d stocks and %d weights", len(stocks.Cols), len(weights.Cols)))
	}
	if window < 3 {
		panic(fmt.Sprintf("dated: RollingBaskets: window %d < 3", window))
	}
	for i := range stocks.Cols {
		sameDates("RollingBaskets", stocks.Cols[i], bond)
		sameDates("RollingBaskets", weights.Cols[i], bond)
	}
	out := Baskets{Dates: bond.Dates, Baskets: make([]*basket.Basket, bond.Len()), Window: window, Freq: bond.Freq}
	n := len(stocks.Cols)
	for t := window - 1; t < bond.Len(); t++ {
		w, st := make([]float64, n), make([][]float64, n)
		for i := range n {
			w[i] = weights.Cols[i].Values[t]
			st[i] = stocks.Cols[i].Values[t-window+1 : t+1]
		}
		b, err := basket.Estimate(w, st, bond.Values[t-window+1:t+1], periodsPerYear)
		if err != nil {
			return out, fmt.Errorf("dated: RollingBaskets: window ending %s: %w", bond.Dates[t].Format(time.DateOnly), err)
		}
		out.Baskets[t] = b
	}
	return out, nil
}

// Series returns f of each basket on the baskets' dates, named name, NaN
// (reason TooFew) before the first full window: (*basket.Basket).Corr is
// the aggregate stock-bond correlation, AverageCorr the weighted average of
// the components' correlations, Leverage L(omega).
func (b Baskets) Series(name string, f func(*basket.Basket) float64) series.Series {
	v := make([]float64, len(b.Baskets))
	var why []series.Reason
	for t, bk := range b.Baskets {
		if bk == nil {
			if why == nil {
				why = make([]series.Reason, len(v))
			}
			v[t], why[t] = math.NaN(), series.TooFew
			continue
		}
		v[t] = f(bk)
	}
	return series.Series{Name: name, Freq: b.Freq, Dates: b.Dates, Values: v, Why: why}
}
