package sbcorr

import (
	"fmt"

	"github.com/stockbond/sbcorr/series"
)

// SafetyRisky sorts periods by their realized stock-bond correlation rho
// into bond-safety periods (rho <= the q-quantile, the lowest q) and
// bond-risky periods (rho >= the (1-q)-quantile, the highest q), as Hu, Jin
// & Pan ("A Tale of Two Days", AFA 2025) with q = 0.2. Quantiles are type 7
// over the non-NaN values (series.Tails: values of any finite magnitude,
// subnormal ones included, are sorted as ordinary ones); NaN periods are in
// neither set, +Inf is risky and -Inf safe. It panics unless 0 < q < 0.5.
func SafetyRisky(rho []float64, q float64) (safety, risky []bool) {
	if !(q > 0 && q < 0.5) {
		panic(fmt.Sprintf("sbcorr: SafetyRisky: q = %v outside (0, 0.5)", q))
	}
	safety, risky = series.Tails(rho, q)
	return safety, risky
}

// MeanT is a sample mean with its standard error and t-statistic.
type MeanT struct {
	Mean float64 // sample mean, in the units of the data
	SE   float64 // Newey-West standard error of Mean (same units)
	T    float64 // Mean / SE
	N    int     // number of observations
}

// ConditionalMean returns the mean of r over the periods where mask is
// true (for example an asset's returns on bond-safety days, in the units of
// r), with a Newey-West standard error of the given lag (see OLSHAC; lag 0
// with the n/(n-1) factor is the classic s/sqrt(n)). Periods are taken in
// order, so the lag refers to consecutive selected periods.
// It returns an error for a NaN or infinite selected return or fewer than
// 3 selected periods, and panics if len(mask) != len(r) or lag < 0.
func ConditionalMean(r []float64, mask []bool, lag int) (MeanT, error) {
	if len(mask) != len(r) {
		panic(fmt.Sprintf("sbcorr: ConditionalMean: len(r) = %d != len(mask) = %d", len(r), len(mask)))
	}
	checkLag("ConditionalMean", lag)
	var sel []float64
	for i, m := range mask {
		if m {
			if bad(r[i]) {
				return MeanT{}, fmt.Errorf("sbcorr: ConditionalMean: return %d is %v", i, r[i])
			}
			sel = append(sel, r[i])
		}
	}
	return meanT("ConditionalMean", sel, lag)
}

// EventChange returns the mean change rho_t - rho_{t-1} of a period series
// over the event periods t in events (indices into rho, e.g. FOMC
// announcement days), with its t-statistic (Newey-West lag as in
// ConditionalMean), as in the event tables of Hu, Jin & Pan. It returns an
// error when an event is at index 0, out of range, or has a NaN or infinite change, or
// when fewer than 3 events are given. It panics if lag < 0.
func EventChange(rho []float64, events []int, lag int) (MeanT, error) {
	checkLag("EventChange", lag)
	d := make([]float64, 0, len(events))
	for _, t := range events {
		if t < 1 || t >= len(rho) {
			return MeanT{}, fmt.Errorf("sbcorr: EventChange: event index %d outside [1, %d)", t, len(rho))
		}
		c := rho[t] - rho[t-1]
		if bad(c) {
			return MeanT{}, fmt.Errorf("sbcorr: EventChange: change at event index %d is %v", t, c)
		}
		d = append(d, c)
	}
	return meanT("EventChange", d, lag)
}

func checkLag(fn string, lag int) {
	if lag < 0 {
		panic(fmt.Sprintf("sbcorr: %s: lag %d < 0", fn, lag))
	}
}

func meanT(fn string, v []float64, lag int) (MeanT, error) {
	if len(v) < 3 {
		return MeanT{}, fmt.Errorf("sbcorr: %s: %d observations, need at least 3", fn, len(v))
	}
	if isConstant(v) {
		return MeanT{}, fmt.Errorf("sbcorr: %s: the %d values are all equal", fn, len(v))
	}
	fit, err := OLSHAC(v, nil, HAC{Lag: lag, SmallSample: true})
	if err != nil {
		return MeanT{}, fmt.Errorf("sbcorr: %s: %w", fn, err)
	}
	return MeanT{Mean: fit.Coef[0], SE: fit.StdErr[0], T: fit.TStat[0], N: len(v)}, nil
}
