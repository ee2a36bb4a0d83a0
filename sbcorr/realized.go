package sbcorr

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/series"
)

// PeriodCorr is one realized correlation per period (day, month, ...).
type PeriodCorr struct {
	Period []int           // period label (as given), one per period in input order
	Rho    []float64       // Pearson correlation of the returns of the period, NaN if undefined
	N      []int           // number of return pairs in the period
	Why    []series.Reason // why Rho is NaN (series.OK where defined)
}

// RealizedCorr returns the realized correlation of each period from the
// higher-frequency returns x and y, period[i] labelling return i (labels
// must be contiguous: all returns of a period are consecutive):
//
//	rho_d = corr(x_i, y_i | i in d),
//
// the Pearson correlation of the 5-minute returns of day d in Hu, Jin & Pan
// ("A Tale of Two Days", AFA 2025), or of the daily returns of month d.
// The returns must lie within their period (no overnight return: see
// PeriodReturns). Rho is NaN when the period has fewer than minObs pairs,
// a NaN or infinite return, or a constant series (Why says which); finite
// returns of any magnitude give the correct value (see Corr).
// It panics on unequal lengths, minObs < 3, or a label that reappears after
// another period.
func RealizedCorr(x, y []float64, period []int, minObs int) PeriodCorr {
	if len(x) != len(y) || len(x) != len(period) {
		panic(fmt.Sprintf("sbcorr: RealizedCorr: lengths %d, %d, %d differ", len(x), len(y), len(period)))
	}
	if minObs < 3 {
		panic(fmt.Sprintf("sbcorr: RealizedCorr: minObs %d < 3", minObs))
	}
	var pc PeriodCorr
	seen := map[int]bool{}
	for lo := 0; lo < len(x); {
		hi := lo + 1
		for hi < len(x) && period[hi] == period[lo] {
			hi++
		}
		if seen[period[lo]] {
			panic(fmt.Sprintf("sbcorr: RealizedCorr: period %d is not contiguous (again at index %d)", period[lo], lo))
		}
		seen[period[lo]] = true
		rho, why := periodCorr(x[lo:hi], y[lo:hi], minObs)
		pc.Period = append(pc.Period, period[lo])
		pc.Rho = append(pc.Rho, rho)
		pc.N = append(pc.N, hi-lo)
		pc.Why = append(pc.Why, why)
		lo = hi
	}
	return pc
}

func periodCorr(x, y []float64, minObs int) (float64, series.Reason) {
	hasInf := false
	for i := range x {
		if math.IsNaN(x[i]) || math.IsNaN(y[i]) {
			return math.NaN(), series.NaNInWindow
		}
		hasInf = hasInf || math.IsInf(x[i], 0) || math.IsInf(y[i], 0)
	}
	if hasInf {
		return math.NaN(), series.InfInWindow
	}
	switch {
	case len(x) < minObs:
		return math.NaN(), series.TooFew
	case isConstant(x):
		return math.NaN(), series.ZeroVarianceX
	case isConstant(y):
		return math.NaN(), series.ZeroVarianceY
	}
	return pearson(x, y), series.OK
}

// PeriodReturns returns the log returns log(p_i / p_{i-1}) between
// consecutive prices of the same period, and the period of each return:
// the first price of every period starts it, so no return spans two
// periods (no overnight return from 5-minute bars). A non-positive, NaN or
// infinite price gives a NaN return. It panics if len(prices) != len(period).
func PeriodReturns(prices []float64, period []int) (ret []float64, retPeriod []int) {
	if len(prices) != len(period) {
		panic(fmt.Sprintf("sbcorr: PeriodReturns: len(prices) = %d != len(period) = %d", len(prices), len(period)))
	}
	for i := 1; i < len(prices); i++ {
		if period[i] != period[i-1] {
			continue
		}
		r := math.NaN()
		if prices[i] > 0 && prices[i-1] > 0 && !nonFinite(prices[i], prices[i-1]) {
			r = math.Log(prices[i] / prices[i-1])
		}
		ret = append(ret, r)
		retPeriod = append(retPeriod, period[i])
	}
	return ret, retPeriod
}
