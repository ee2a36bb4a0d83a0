package dated

import (
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

// SignRegimes returns sbcorr.SignRegimes(rho, minRun) with dates: the sign
// regimes of the US rolling stock-bond correlation of Figure 17 (Portelli &
// Roncalli (2024), section 3.1.2) are SignRegimes(rho, 12) on month ends.
func SignRegimes(rho series.Series, minRun int) []SignRegime {
	rs := sbcorr.SignRegimes(rho.Values, minRun)
	out := make([]SignRegime, len(rs))
	for i, r := range rs {
		out[i] = SignRegime{Start: rho.Dates[r.Start], End: rho.Dates[r.End], Sign: r.Sign,
			Mean: r.Mean, Peak: r.Peak, PeakAt: rho.Dates[r.PeakAt], Months: r.End - r.Start + 1}
	}
	return out
}

// Spans returns the date intervals of the regimes of the given sign, e.g.
// to shade the negative regimes of a chart.
func Spans(regimes []SignRegime, sign int) (start, end []time.Time) {
	for _, r := range regimes {
		if r.Sign == sign {
			start, end = append(start, r.Start), append(end, r.End)
		}
	}
	return start, end
}
