package dated

import (
	"math"
	"time"

	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/series"
)

// SignRegime is a sign regime of a correlation series with its dates (see
// sbcorr.SignRegimes): a run of one sign lasting at least the minimum run.
type SignRegime struct {
	Start, End time.Time // first and last date of the regime (inclusive)
	Sign       int       // +1 or -1
	Mean       float64   // mean of the series over the regime
	Peak       float64   // the value farthest from zero
	PeakAt     time.Time // date of Peak
	Months     int       // length in observations (months on a monthly series)
}

// Regimes is a list of sign regimes in date order.
type Regimes []SignRegime

// Nth returns regime i, or a regime with NaN statistics and zero dates when
// there are not that many (so a check row on the third regime of the real
// data can be built on a sample that has two, and reported not attempted).
func (rs Regimes) Nth(i int) SignRegime {
	if i < 0 || i >= len(rs) {
		return SignRegime{Mean: math.NaN(), Peak: math.NaN()}
	}
	return rs[i]
}

// SignRegimes returns sbcorr.SignRegimes(rho, minRun) with dates: the sign
// regimes of the US rolling stock-bond correlation of Figure 17 (Portelli &
// Roncalli (2024), section 3.1.2) are SignRegimes(rho, 12) on month ends.
func SignRegimes(rho series.Series, minRun int) Regimes {
	rs := sbcorr.SignRegimes(rho.Values, minRun)
	out := make(Regimes, len(rs))
	for i, r := range rs {
		out[i] = SignRegime{Start: rho.Dates[r.Start], End: rho.Dates[r.End], Sign: r.Sign,
			Mean: r.Mean, Peak: r.Peak, PeakAt: rho.Dates[r.PeakAt], Months: r.End - r.Start + 1}
	}
	return out
}

// Periods returns the periods of the regimes of the given sign (+1 or -1),
// e.g. the negative regimes to shade on a chart (plotting.TimeSeries.Shade).
func Periods(regimes Regimes, sign int) []series.Period {
	var out []series.Period
	for _, r := range regimes {
		if r.Sign == sign {
			out = append(out, series.Period{From: r.Start, To: r.End})
		}
	}
	return out
}

// At returns the index of the regime containing date t, or -1.
func (rs Regimes) At(t time.Time) int {
	for i, r := range rs {
		if !t.Before(r.Start) && !t.After(r.End) {
			return i
		}
	}
	return -1
}
