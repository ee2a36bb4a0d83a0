package dated

import (
	"fmt"
	"math"
	"time"

	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/series"
)

// SafetyRisky returns sbcorr.SafetyRisky(rho, q) as two 0/1 series
// (series.UnitFlag) on the dates of a realized correlation: safety is 1 on
// the bond-safety periods (rho at or below its q-quantile, the lowest q)
// and risky on the bond-risky periods (rho at or above its
// (1-q)-quantile), as Hu, Jin & Pan ("A Tale of Two Days", AFA 2025) with
// q = 0.2 on daily correlations of 5-minute returns. Quantiles are type 7
// over the non-NaN values; both flags are NaN (reason of rho) where rho is
// NaN. Select with series.Series.Where. It panics unless 0 < q < 0.5.
func SafetyRisky(rho series.Series, q float64) (safety, risky series.Series) {
	s, r := sbcorr.SafetyRisky(rho.Values, q)
	flag := func(name string, b []bool) series.Series {
		v := make([]float64, len(b))
		for i := range b {
			switch {
			case math.IsNaN(rho.Values[i]):
				v[i] = math.NaN()
			case b[i]:
				v[i] = 1
			}
		}
		out := rho.WithValues(v).Named(name).InUnit(series.UnitFlag)
		out.Why = rho.Why
		return out
	}
	return flag("bond safety", s), flag("bond risky", r)
}

// ConditionalMean returns sbcorr.ConditionalMean of r over the dates where
// the 0/1 indicator flag is 1 (a NaN flag does not select): the mean return
// of an asset on bond-safety days, in the units of r, with its Newey-West
// standard error of the given lag and t-statistic (lag 0: the classic
// s/sqrt(n)). It returns the estimator's error (a NaN selected return,
// fewer than 3 selected dates, equal values) prefixed with the series'
// name, and panics when r and flag differ in dates.
func ConditionalMean(r, flag series.Series, lag int) (sbcorr.MeanT, error) {
	sameDates("ConditionalMean", r, flag)
	mask := make([]bool, len(flag.Values))
	for i, f := range flag.Values {
		mask[i] = f == 1
	}
	m, err := sbcorr.ConditionalMean(r.Values, mask, lag)
	if err != nil {
		return m, fmt.Errorf("dated: ConditionalMean: %q where %q: %w", r.Name, flag.Name, err)
	}
	return m, nil
}

// EventChange returns sbcorr.EventChange of a period series at the given
// event dates: the mean change rho_t - rho_{t-1} from the previous
// observation over the events (FOMC announcement days in Hu, Jin & Pan),
// with its t-statistic (Newey-West lag as in ConditionalMean). It returns
// an error naming the date when an event is not a date of rho (or is its
// first), and the estimator's error (a NaN change, fewer than 3 events).
func EventChange(rho series.Series, events []time.Time, lag int) (sbcorr.MeanT, error) {
	idx := make([]int, len(events))
	for k, t := range events {
		i := rho.Index(t)
		if i < 0 || !rho.Dates[i].Equal(t) {
			return sbcorr.MeanT{}, fmt.Errorf("dated: EventChange: %s is not a date of %q", t.Format(time.DateOnly), rho.Name)
		}
		idx[k] = i
	}
	m, err := sbcorr.EventChange(rho.Values, idx, lag)
	if err != nil {
		return m, fmt.Errorf("dated: EventChange: %q: %w", rho.Name, err)
	}
	return m, nil
}
