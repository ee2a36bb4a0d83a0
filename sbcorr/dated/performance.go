package dated

import (
	"fmt"
	"math"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// Performance is the risk and return of a portfolio's simple returns over
// a sample: the statistics of the constant-mix stock-bond portfolios of
// Portelli & Roncalli (2024), section 4 (Figure 59 and footnote 35).
type Performance struct {
	N int // number of returns
	// Return is the annualised geometric return W_N^(P/N) - 1 with P
	// periods a year (decimal).
	Return float64
	// Vol is the annualised volatility: the sample standard deviation of
	// the returns (divisor N-1) times sqrt(P) (decimal).
	Vol float64
	// MaxDrawdown is the largest fall of wealth from its running peak,
	// max_t (1 - W_t / max_{s<=t} W_s), the initial wealth 1 counting as a
	// peak: a positive decimal (0.51 for a 51% drawdown).
	MaxDrawdown float64
	// Wealth is W_t = prod_{s<=t} (1 + r_s), the value at t of 1 invested
	// before the first return, on the dates of the returns.
	Wealth series.Series
}

// periodsPerYear maps a frequency to the P of Performance.
var periodsPerYear = map[series.Freq]float64{series.Daily: 252, series.Weekly: 52,
	series.Monthly: 12, series.Quarterly: 4, series.Annual: 1}

// Perform returns the Performance of the simple returns r (decimals), with
// P from r's frequency: 252 a year for Daily, 52 Weekly, 12 Monthly, 4
// Quarterly, 1 Annual. A monthly-rebalanced constant mix of stocks and
// bonds is series.Combine(stock, bond, func(s, b float64) float64 { return
// w*s + (1-w)*b }). It returns an error naming the series when r has
// another frequency or fewer than 2 returns, and naming the date at the
// first NaN return or a return at or below -100%.
func Perform(r series.Series) (Performance, error) {
	p, ok := periodsPerYear[r.Freq]
	if !ok {
		return Performance{}, fmt.Errorf("dated: Perform: %q has frequency %q: need daily, weekly, monthly, quarterly or annual", r.Name, r.Freq)
	}
	if r.Len() < 2 {
		return Performance{}, fmt.Errorf("dated: Perform: %q has %d returns, need 2", r.Name, r.Len())
	}
	w := make([]float64, r.Len())
	wealth, peak, mdd := 1.0, 1.0, 0.0
	for i, x := range r.Values {
		if math.IsNaN(x) || x <= -1 {
			return Performance{}, fmt.Errorf("dated: Perform: %q: return %v on %s", r.Name, x, r.Dates[i].Format(time.DateOnly))
		}
		wealth *= 1 + x
		peak = math.Max(peak, wealth)
		mdd = math.Max(mdd, 1-wealth/peak)
		w[i] = wealth
	}
	sum := r.Summary()
	return Performance{N: r.Len(), Return: math.Pow(wealth, p/float64(r.Len())) - 1,
		Vol: sum.Std * math.Sqrt(p), MaxDrawdown: mdd,
		Wealth: r.WithValues(w).InUnit(series.UnitOther).Named(r.Name + " wealth")}, nil
}

// AnnualGrowth returns the annualised growth rate of a level series from
// date from to date to, (x(to) / x(from))^(12/m) - 1 with m the number of
// calendar months between them (series.MonthsBetween; days are ignored),
// values read as of each date (Series.At): the annual inflation rate from
// a CPI index, e.g. from December 1979 to December 1999 (m = 240). It
// returns an error naming the series when m <= 0 or either value is NaN
// or not positive.
func AnnualGrowth(level series.Series, from, to time.Time) (float64, error) {
	m := series.MonthsBetween(from, to)
	if m <= 0 {
		return math.NaN(), fmt.Errorf("dated: AnnualGrowth: %q: %s is not a month or more after %s", level.Name,
			to.Format(time.DateOnly), from.Format(time.DateOnly))
	}
	a, b := level.At(from), level.At(to)
	if !(a > 0 && b > 0) {
		return math.NaN(), fmt.Errorf("dated: AnnualGrowth: %q: levels %v on %s and %v on %s (need positive values)",
			level.Name, a, from.Format(time.DateOnly), b, to.Format(time.DateOnly))
	}
	return math.Pow(b/a, 12/float64(m)) - 1, nil
}

// Inflation returns the annualised growth of a monthly price index over
// the calendar months of period p: AnnualGrowth from the month before p
// starts to the last month of p, e.g. December 1979 to December 1999 for
// series.Years(1980, 1999), the inflation that deflates the returns of
// that period. The index is read as of the 1st of those months (Series.At,
// the dating of monthly index files); errors are AnnualGrowth's, and a
// period with an open bound is an error.
func Inflation(index series.Series, p series.Period) (float64, error) {
	if p.From.IsZero() || p.To.IsZero() {
		return math.NaN(), fmt.Errorf("dated: Inflation: %q: period %q has an open bound", index.Name, p.Name)
	}
	from := series.Date(p.From.Year(), p.From.Month(), 1).AddDate(0, -1, 0)
	return AnnualGrowth(index, from, series.Date(p.To.Year(), p.To.Month(), 1))
}
