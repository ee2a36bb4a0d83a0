package usdata

import (
	"fmt"
	"math"
	"time"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/sbcorr/macro"
)

// Window is the paper's 4-year rolling window in months (correlation and
// inflation volatility) and WindowQuarters the same window for GDP.
const (
	Window         = 48
	WindowQuarters = 16
)

// Regressions holds the regressions of section 3.4 on our US data, one per
// horizon of macro.PaperHorizons for the horizon-dependent ones.
type Regressions struct {
	Horizons  []macro.Horizon
	Yield     *macro.Regression   // rho ~ y: Table 19 (first column) and Table 22 row "Yield"
	Inflation []*macro.Regression // rho ~ pi + sigma_pi: Table 20
	Growth    []*macro.Regression // rho ~ g + sigma_g, nominal GDP: Table 21, GDP panel
	// GrowthReal is Growth with real GDP (RealGDPQuarterly) instead of
	// nominal GDP: a robustness check the paper does not report.
	GrowthReal []*macro.Regression
	// YieldInflation (rho ~ y + pi + sigma_pi, Table 33) and
	// YieldInflationGrowth (... + g + sigma_g, Table 34) give the R^2 of
	// Table 22 rows "+ Inflation" and "+ Growth".
	YieldInflation, YieldInflationGrowth []*macro.Regression
	From, To                             time.Time // first and last month of the correlation used

	// The data behind the fits, on the monthly calendar Months (first of
	// the month, from through to): the rolling correlation, the yield and,
	// per horizon, the inflation factors (pi, sigma_pi) and the nominal and
	// real GDP growth factors (g, sigma_g), NaN where undefined (Figures
	// 108-110). Y is the 10-year yield.
	Months                                             []time.Time
	Rho, Y                                             []float64
	InflationFactors, GrowthFactors, RealGrowthFactors [][]macro.Factor
}

var nan = math.NaN()

// lookup returns, for each month, the value of the series (values, dates)
// at PeriodStart(month, freq): its own month for a monthly series dated on
// the 1st, its quarter for a quarterly series dated on the quarter's first
// day. It is NaN where the series has no such date.
func lookup(values []float64, dates, months []time.Time, freq datasets.Freq) []float64 {
	idx := make(map[time.Time]int, len(dates))
	for i, d := range dates {
		idx[d] = i
	}
	out := make([]float64, len(months))
	for i, m := range months {
		out[i] = nan
		if j, ok := idx[datasets.PeriodStart(m, freq)]; ok {
			out[i] = values[j]
		}
	}
	return out
}

// factors returns the level and annualised volatility factors of a level
// series observed perYear times a year at horizon lag (in observations) on
// the given months: c(t) = x(t)/x(t-lag) - 1 and sqrt(perYear/lag) times
// its rolling standard deviation over `window` observations.
func factors(s datasets.Series, lag, window int, perYear float64, freq datasets.Freq, names [2]string, months []time.Time) []macro.Factor {
	level, vol := macro.LevelVol(s.Values, lag, window)
	k := math.Sqrt(perYear / float64(lag))
	for i := range vol {
		vol[i] *= k
	}
	return []macro.Factor{
		{Name: names[0], Values: lookup(level, s.Dates, months, freq)},
		{Name: names[1], Values: lookup(vol, s.Dates, months, freq)},
	}
}

// inflationFactors returns pi(t) and sigma_pi(t) of monthly CPI at horizon h.
func inflationFactors(cpi datasets.Series, h macro.Horizon, months []time.Time) []macro.Factor {
	return factors(cpi, h.Months, Window, 12, datasets.Monthly, [2]string{"pi", "sigma_pi"}, months)
}

// growthFactors returns g(t) and sigma_g(t) of quarterly GDP at horizon h
// (in quarters, at least one).
func growthFactors(gdp datasets.Series, h macro.Horizon, months []time.Time) []macro.Factor {
	return factors(gdp, max(1, h.Months/3), WindowQuarters, 4, datasets.Quarterly, [2]string{"g", "sigma_g"}, months)
}

// RunRegressions computes the regressions of Tables 19-22 on the monthly
// 4-year rolling stock-bond correlation between the months from and to
// (inclusive; the paper uses 1965-2023):
//
//   - inflation factors: pi(t) = CPI(t)/CPI(t-h) - 1 on monthly CPI
//     (CPIMonthly), sigma_pi(t) its 48-month rolling standard deviation
//     annualised by sqrt(12/h) (h in months). The paper does not state the
//     scaling; R^2 does not depend on it, and the annualised volatility
//     brings our slopes on sigma_pi to the paper's (1M: -22.7 vs -24.78,
//     5Y: 10.3 vs 9.96) where the raw one is off by sqrt(12/h);
//   - growth factors: g(t) = GDP(t)/GDP(t-h) - 1 on quarterly NOMINAL GDP
//     (NominalGDPQuarterly) with h in quarters (1M becomes 1Q), sigma_g(t)
//     its 16-quarter rolling standard deviation annualised by sqrt(4/h),
//     each month taking the value of its quarter. The paper says "the quarterly level of GDP";
//     nominal GDP reproduces its GDP panel of Table 21 (every R^2 within
//     0.6 point, every slope on g within 0.11), real GDP does not
//     (GrowthReal);
//   - y(t): the 10-year yield at month end (decimal).
//
// Standard errors are Newey-West with the NW94 lag (macro.Regress). It
// returns the data errors of the loaders and the regression errors.
func RunRegressions(dir string, from, to time.Time) (*Regressions, error) {
	sb, err := StockBondMonthly(dir, Window)
	if err != nil {
		return nil, err
	}
	cpi, err := CPIMonthly(dir)
	if err != nil {
		return nil, err
	}
	gdp, err := NominalGDPQuarterly(dir)
	if err != nil {
		return nil, err
	}
	real, err := RealGDPQuarterly(dir)
	if err != nil {
		return nil, err
	}
	rho := sb.Corr.Between(from, to)
	months := rho.Dates
	y := macro.Factor{Name: "y", Values: lookup(sb.Yield.Values, sb.Yield.Dates, months, datasets.Monthly)}
	out := &Regressions{Horizons: macro.PaperHorizons(), From: months[0], To: months[len(months)-1],
		Months: months, Rho: rho.Values, Y: y.Values}
	if out.Yield, err = macro.Regress(rho.Values, []macro.Factor{y}, nil); err != nil {
		return nil, err
	}
	for _, h := range out.Horizons {
		infl := inflationFactors(cpi, h, months)
		grow := growthFactors(gdp, h, months)
		realGrow := growthFactors(real, h, months)
		out.InflationFactors = append(out.InflationFactors, infl)
		out.GrowthFactors = append(out.GrowthFactors, grow)
		out.RealGrowthFactors = append(out.RealGrowthFactors, realGrow)
		for _, r := range []struct {
			dst     *[]*macro.Regression
			factors []macro.Factor
		}{
			{&out.Inflation, infl},
			{&out.Growth, grow},
			{&out.GrowthReal, realGrow},
			{&out.YieldInflation, append([]macro.Factor{y}, infl...)},
			{&out.YieldInflationGrowth, append(append([]macro.Factor{y}, infl...), grow...)},
		} {
			reg, err := macro.Regress(rho.Values, r.factors, nil)
			if err != nil {
				return nil, fmt.Errorf("usdata: horizon %s: %w", h.Name, err)
			}
			*r.dst = append(*r.dst, reg)
		}
	}
	return out, nil
}
