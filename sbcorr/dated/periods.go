package dated

import (
	"fmt"
	"math"
	"time"

	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/series"
)

// periodStart returns the calendar period of frequency freq containing t:
// its calendar day at UTC midnight for Daily (in t's own location, so an
// intraday bar belongs to its New York trading day), series.PeriodStart
// otherwise.
func periodStart(t time.Time, freq series.Freq) time.Time {
	if freq == series.Daily {
		y, m, d := t.Date()
		return series.Date(y, m, d)
	}
	return series.PeriodStart(t, freq)
}

// RealizedCorr returns the realized correlation of every calendar period
// of frequency freq (Daily, Weekly, Monthly, Quarterly, Annual) from the
// higher-frequency returns x and y on the same dates (sbcorr.RealizedCorr):
// rho_d = corr(x_i, y_i | i in d), the daily correlation of 5-minute
// returns of Hu, Jin & Pan ("A Tale of Two Days", AFA 2025) with Daily, or
// the correlation of the daily returns within each calendar year with
// Annual. The result is dated at the start of each period (UTC midnight),
// NaN with its reason where the period has fewer than minObs pairs, a NaN
// return or a constant series. The returns must lie within their period
// (intraday: no overnight return; series.Series.Changes makes the
// overnight return NaN). It panics when x and y differ in dates.
func RealizedCorr(x, y series.Series, freq series.Freq, minObs int) series.Series {
	sameDates("RealizedCorr", x, y)
	labels := make([]int, len(x.Dates))
	var starts []time.Time
	for i, t := range x.Dates {
		p := periodStart(t, freq)
		if len(starts) == 0 || !p.Equal(starts[len(starts)-1]) {
			starts = append(starts, p)
		}
		labels[i] = len(starts) - 1
	}
	pc := sbcorr.RealizedCorr(x.Values, y.Values, labels, minObs)
	out := series.Series{Name: fmt.Sprintf("realized corr(%s, %s)", x.Name, y.Name), Unit: series.UnitDecimal, Freq: freq,
		Dates: starts, Values: pc.Rho}
	out.Why = reasons(pc.Rho, pc.Why)
	out.Prov = append(append([]series.Provenance(nil), x.Prov...), y.Prov...)
	return out
}

// LongHorizon is the non-overlapping h-period correlation of two return
// series under every block alignment (Portelli & Roncalli (2024), section
// 3.5.2: the five-year correlation of +19% over 1980-2023).
type LongHorizon struct {
	Horizon   int            // block length in observations (60 months for five years)
	FromStart float64        // blocks starting at the first observation
	FromEnd   float64        // blocks ending at the last observation
	Blocks    int            // blocks of the FromStart alignment
	ByStart   series.Summary // distribution over the h possible block starts (N = h); zero for h = 1
}

// LongHorizonCorr returns the non-overlapping h-period correlation of x
// and y (simple returns, decimals, on the same dates) from the first and
// from the last observation (sbcorr.LongHorizonCorr) and, for h > 1, the
// distribution of the h correlations of every block start
// (sbcorr.LongHorizonCorrByStart). It returns the estimator's error (fewer
// than 3 blocks, a NaN or constant block series) and panics when x and y
// differ in dates.
func LongHorizonCorr(x, y series.Series, h int) (LongHorizon, error) {
	sameDates("LongHorizonCorr", x, y)
	lh := LongHorizon{Horizon: h}
	var err error
	if lh.FromStart, lh.Blocks, err = sbcorr.LongHorizonCorr(x.Values, y.Values, h, sbcorr.FromStart); err != nil {
		return lh, fmt.Errorf("dated: LongHorizonCorr: %w", err)
	}
	if lh.FromEnd, _, err = sbcorr.LongHorizonCorr(x.Values, y.Values, h, sbcorr.FromEnd); err != nil {
		return lh, fmt.Errorf("dated: LongHorizonCorr: %w", err)
	}
	if h == 1 { // one alignment
		v := lh.FromStart
		lh.ByStart = series.Summary{N: 1, Mean: v, Std: math.NaN(), Min: v, P20: v, Median: v, P80: v, Max: v}
		return lh, nil
	}
	all, _, err := sbcorr.LongHorizonCorrByStart(x.Values, y.Values, h)
	if err != nil {
		return lh, fmt.Errorf("dated: LongHorizonCorr: %w", err)
	}
	lh.ByStart, err = series.Summarise(all)
	return lh, err
}
