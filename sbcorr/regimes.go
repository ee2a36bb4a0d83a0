package sbcorr

import (
	"fmt"
	"math"
)

// SignRegime is a run of dates over which a correlation series keeps one sign.
type SignRegime struct {
	Start, End int     // indices of the first and last date (inclusive)
	Sign       int     // +1 or -1
	Mean       float64 // mean of the series over the regime
	Peak       float64 // the value farthest from zero (max if Sign > 0, min if Sign < 0)
	PeakAt     int     // index of Peak
}

// SignRegimes splits a correlation series into sign regimes, as the three
// regimes of the US rolling stock-bond correlation (Portelli & Roncalli
// (2024), section 3.1.2, Figure 17: positive from 1965 to April 2001,
// negative until July 2022, positive since August 2022). A regime starts
// at the first date of a run of at least minRun dates of the new sign;
// shorter runs of the opposite sign (blips) stay inside the surrounding
// regime and enter its Mean. NaN dates are skipped (leading NaNs delay the
// first regime; inner NaNs stay inside a regime and are ignored by Mean
// and Peak). Zero counts as positive. It panics if minRun < 1.
func SignRegimes(rho []float64, minRun int) []SignRegime {
	if minRun < 1 {
		panic(fmt.Sprintf("sbcorr: SignRegimes: minRun %d < 1", minRun))
	}
	sign := func(v float64) int {
		if v < 0 {
			return -1
		}
		return 1
	}
	var regimes []SignRegime
	cur := SignRegime{Start: -1}
	for i := 0; i < len(rho); i++ {
		if math.IsNaN(rho[i]) {
			continue
		}
		s := sign(rho[i])
		if cur.Start < 0 {
			cur = SignRegime{Start: i, Sign: s}
			continue
		}
		if s == cur.Sign {
			continue
		}
		// Length of the run of sign s starting at i (NaNs do not break it).
		n, j := 0, i
		for ; j < len(rho) && n < minRun; j++ {
			if math.IsNaN(rho[j]) {
				continue
			}
			if sign(rho[j]) != s {
				break
			}
			n++
		}
		if n >= minRun {
			cur.End = lastValid(rho, i-1)
			regimes = append(regimes, cur)
			cur = SignRegime{Start: i, Sign: s}
		}
	}
	if cur.Start >= 0 {
		cur.End = lastValid(rho, len(rho)-1)
		regimes = append(regimes, cur)
	}
	for k := range regimes {
		r := &regimes[k]
		var sum float64
		var n int
		r.PeakAt = r.Start
		for i := r.Start; i <= r.End; i++ {
			if math.IsNaN(rho[i]) {
				continue
			}
			sum += rho[i]
			n++
			if float64(r.Sign)*rho[i] > float64(r.Sign)*rho[r.PeakAt] {
				r.PeakAt = i
			}
		}
		r.Mean, r.Peak = sum/float64(n), rho[r.PeakAt]
	}
	return regimes
}

func lastValid(v []float64, i int) int {
	for i > 0 && math.IsNaN(v[i]) {
		i--
	}
	return i
}
