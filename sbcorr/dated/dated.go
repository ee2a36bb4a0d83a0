package dated

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/series"
)

// sameDates panics unless x and y have the same dates.
func sameDates(fn string, x, y series.Series) {
	if len(x.Dates) != len(y.Dates) {
		panic(fmt.Sprintf("dated: %s: %q has %d dates and %q %d: align them first (series.Align)", fn, x.Name, len(x.Dates), y.Name, len(y.Dates)))
	}
	for i := range x.Dates {
		if !x.Dates[i].Equal(y.Dates[i]) {
			panic(fmt.Sprintf("dated: %s: %q and %q differ at %s: align them first (series.Align)", fn, x.Name, y.Name, x.Dates[i].Format("2006-01-02")))
		}
	}
}

// reasons converts an estimator's reasons to series reasons, keeping only
// those of NaN values (nil when every value is defined).
func reasons(v []float64, why []series.Reason) []series.Reason {
	var out []series.Reason
	for i, x := range v {
		if math.IsNaN(x) {
			if out == nil {
				out = make([]series.Reason, len(v))
			}
			out[i] = why[i]
			if out[i] == series.OK {
				out[i] = series.Undefined
			}
		}
	}
	return out
}

// result returns v on the dates of x, named name, in decimals, with the
// reasons of its NaN values and the provenance of every input.
func result(x series.Series, name string, v []float64, why []series.Reason, inputs ...series.Series) series.Series {
	out := x.WithValues(v).Named(name).InUnit(series.UnitDecimal)
	out.Why = reasons(v, why)
	out.Prov = nil
	for _, s := range inputs {
		out.Prov = append(out.Prov, s.Prov...)
	}
	return out
}

// RollingCorr returns sbcorr.RollingCorr(x, y, window, window) on the dates
// of x and y: the Pearson correlation of the window observations ending at
// t (Portelli & Roncalli (2024), section 3.1.2, Figure 17), NaN with its
// reason until a full window and where the window holds a NaN or a
// constant series. Named "corr(x, y) <window>".
func RollingCorr(x, y series.Series, window int) series.Series {
	sameDates("RollingCorr", x, y)
	v := sbcorr.RollingCorr(x.Values, y.Values, window, window)
	why := sbcorr.RollingWhy(x.Values, y.Values, window, window)
	return result(x, fmt.Sprintf("corr(%s, %s) %d", x.Name, y.Name, window), v, why, x, y)
}

// RollingBeta returns sbcorr.RollingBeta(y, x, window, window): the OLS
// slope of y on x over the window observations ending at t, e.g. the bond
// beta to the stock market (units: y per unit of x). Named
// "beta(y on x) <window>".
func RollingBeta(y, x series.Series, window int) series.Series {
	sameDates("RollingBeta", x, y)
	v := sbcorr.RollingBeta(y.Values, x.Values, window, window)
	why := sbcorr.RollingWhy(x.Values, y.Values, window, window)
	return result(x, fmt.Sprintf("beta(%s on %s) %d", y.Name, x.Name, window), v, why, y, x)
}

// RollingVol returns sbcorr.RollingVol(x, window, window): the sample
// standard deviation of the window observations ending at t, not
// annualised (multiply by sqrt(12) for monthly data). Named
// "vol(x) <window>".
func RollingVol(x series.Series, window int) series.Series {
	v := sbcorr.RollingVol(x.Values, window, window)
	why := sbcorr.RollingWhy(x.Values, nil, window, window)
	return result(x, fmt.Sprintf("vol(%s) %d", x.Name, window), v, why, x)
}

// EWMACorr returns sbcorr.EWMACorr(x, y, lambda, minPeriods, align): the
// recursive exponentially weighted correlation with decay lambda (half-life
// sbcorr.HalfLife(lambda) observations), NaN with its reason before
// minPeriods pairs. Named "EWMA corr(x, y) lambda".
func EWMACorr(x, y series.Series, lambda float64, minPeriods int, align sbcorr.Alignment) series.Series {
	sameDates("EWMACorr", x, y)
	v := sbcorr.EWMACorr(x.Values, y.Values, lambda, minPeriods, align)
	why := sbcorr.EWMAWhy(x.Values, y.Values, lambda, minPeriods, align)
	return result(x, fmt.Sprintf("EWMA corr(%s, %s) %g", x.Name, y.Name, lambda), v, why, x, y)
}

// EWMACorrWindow returns sbcorr.EWMACorrWindow(x, y, lambda, m, align): the
// paper's finite-window EWMA correlation (footnote 18, Figure 20). Named
// "EWMA corr(x, y) lambda, m".
func EWMACorrWindow(x, y series.Series, lambda float64, m int, align sbcorr.Alignment) series.Series {
	sameDates("EWMACorrWindow", x, y)
	v := sbcorr.EWMACorrWindow(x.Values, y.Values, lambda, m, align)
	why := sbcorr.EWMAWindowWhy(x.Values, y.Values, lambda, m, align)
	return result(x, fmt.Sprintf("EWMA corr(%s, %s) %g, %d", x.Name, y.Name, lambda, m), v, why, x, y)
}

// FisherBands returns the Fisher-z confidence band of a rolling
// correlation estimated on windows of n observations (sbcorr.FisherBands:
// tanh(atanh(rho) -/+ z/sqrt(n-3)), valid for i.i.d. returns), on the dates
// of rho; NaN where rho is NaN.
func FisherBands(rho series.Series, n int, level float64) (lo, hi series.Series) {
	l, h := sbcorr.FisherBands(rho.Values, n, level)
	name := fmt.Sprintf("%g%% band", 100*level)
	lo = rho.WithValues(l).Named(name + " (lower)")
	hi = rho.WithValues(h).Named(name + " (upper)")
	lo.Why, hi.Why = rho.Why, rho.Why
	return lo, hi
}
