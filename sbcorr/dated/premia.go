package dated

import (
	"math"

	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/sbcorr/premia"
	"github.com/stockbond/sbcorr/series"
)

// RollingInputs returns premia.RollingInputs on dated stock and bond
// returns (decimals, on the same dates): the annualised volatilities
// sigma_S(t), sigma_B(t) (sample standard deviation times
// sqrt(periodsPerYear)) and the correlation rho_S,B(t) over the window
// returns ending at t, the inputs of Portelli & Roncalli (2024), section
// 3.2.1 (monthly returns, window 36, periodsPerYear 12). Each is NaN with
// its reason until a full window and where the window holds a NaN. Named
// "sigma_S", "sigma_B" and "rho_S,B". It panics when rs and rb differ in
// dates, as sbcorr.RollingCorr does, or when periodsPerYear <= 0.
func RollingInputs(rs, rb series.Series, window int, periodsPerYear float64) (volS, volB, corr series.Series) {
	sameDates("RollingInputs", rs, rb)
	vs, vb, c := premia.RollingInputs(rs.Values, rb.Values, window, periodsPerYear)
	whyS := sbcorr.RollingWhy(rs.Values, nil, window, window)
	whyB := sbcorr.RollingWhy(rb.Values, nil, window, window)
	why := sbcorr.RollingWhy(rs.Values, rb.Values, window, window)
	return result(rs, "sigma_S", vs, whyS, rs), result(rs, "sigma_B", vb, whyB, rb), result(rs, "rho_S,B", c, why, rs, rb)
}

// PremiaHistory is the implied equity and bond risk premia of eq. (9)-(10) of
// Portelli & Roncalli (2024) through time (premia.MixHistory on dated
// inputs), each split into its variance part (>= 0) and covariance part
// (the sign of the correlation); decimals, annual for annualised
// volatilities (0.01 is 100 bps). Every series has the dates of the inputs
// and is NaN (reason series.Undefined, or the input's reason) where the
// premia are undefined.
type PremiaHistory struct {
	Equity, Bond                     series.Series // pi_S(t), pi_B(t)
	EquityVariance, EquityCovariance series.Series // the two parts of pi_S(t)
	BondVariance, BondCovariance     series.Series // the two parts of pi_B(t)
}

// MixHistory returns premia.MixHistory on dated inputs: the
// premia of a stock-bond market portfolio with equity weight xS(t) (a
// constant mix is series.Constant), volatilities volS(t), volB(t),
// correlation corr(t) and Sharpe ratio sr (section 3.2.1 uses 0.30 and
// 36-month estimates, see RollingInputs). It panics when the inputs differ
// in dates.
func MixHistory(xS, volS, volB, corr series.Series, sr float64) PremiaHistory {
	same("MixHistory", xS, volS, volB, corr)
	s := premia.MixHistory(xS.Values, volS.Values, volB.Values, corr.Values, sr)
	part := func(name string, p []premia.Premium, f func(premia.Premium) float64) series.Series {
		v := make([]float64, len(p))
		for t := range p {
			v[t] = f(p[t])
		}
		return onDates(name, v, xS, volS, volB, corr)
	}
	total, variance, covariance := premia.Premium.Total,
		func(p premia.Premium) float64 { return p.Variance }, func(p premia.Premium) float64 { return p.Covariance }
	return PremiaHistory{
		Equity: part("pi_S", s.Equity, total), Bond: part("pi_B", s.Bond, total),
		EquityVariance: part("pi_S variance part", s.Equity, variance), EquityCovariance: part("pi_S covariance part", s.Equity, covariance),
		BondVariance: part("pi_B variance part", s.Bond, variance), BondCovariance: part("pi_B covariance part", s.Bond, covariance),
	}
}

// ImpliedCorrSeries returns premia.ImpliedCorrSeries on dated inputs: at
// every date the stock-bond correlation for which the implied bond premium
// equals target (a decimal: Figure 30 of Portelli & Roncalli (2024) uses
// 0.01, 100 bps), NaN where no valid correlation exists or an input is
// missing. corr is only the starting point of the quadratic of appendix
// A.2. Named "implied rho_S,B". It panics when the inputs differ in dates.
func ImpliedCorrSeries(xS, volS, volB, corr series.Series, sr, target float64) series.Series {
	same("ImpliedCorrSeries", xS, volS, volB, corr)
	v, _ := premia.ImpliedCorrSeries(xS.Values, volS.Values, volB.Values, corr.Values, sr, target)
	return onDates("implied rho_S,B", v, xS, volS, volB, corr)
}

// BreakEvenSeries returns premia.BreakEvenSeries on dated inputs: the
// break-even correlation rho*(t) = -(x_B / x_S) sigma_B(t) / sigma_S(t),
// with x_B = 1 - x_S(t) (Figure 31 of Portelli & Roncalli (2024)): the
// implied bond premium is <= 0 exactly when rho_S,B(t) <= rho*(t). NaN
// where an input is missing or x_S is outside (0, 1]. Named "rho*". It
// panics when the inputs differ in dates.
func BreakEvenSeries(xS, volS, volB series.Series) series.Series {
	same("BreakEvenSeries", xS, volS, volB)
	v, _ := premia.BreakEvenSeries(xS.Values, volS.Values, volB.Values)
	return onDates("rho*", v, xS, volS, volB)
}

// same panics unless every series has the dates of the first.
func same(fn string, ss ...series.Series) {
	for _, s := range ss[1:] {
		sameDates(fn, ss[0], s)
	}
}

// onDates returns v on the dates of the inputs, named name, in decimals,
// with the provenance of every input; a NaN value takes the reason of the
// first input that is NaN there, or series.Undefined.
func onDates(name string, v []float64, inputs ...series.Series) series.Series {
	out := inputs[0].WithValues(v).Named(name).InUnit(series.UnitDecimal)
	out.Prov = nil
	for _, s := range inputs {
		out.Prov = append(out.Prov, s.Prov...)
	}
	for t, x := range v {
		if !math.IsNaN(x) {
			continue
		}
		if out.Why == nil {
			out.Why = make([]series.Reason, len(v))
		}
		out.Why[t] = series.Undefined
		for _, s := range inputs {
			if math.IsNaN(s.Values[t]) {
				out.Why[t] = s.Reason(t)
				break
			}
		}
	}
	return out
}

// CovarianceShares returns, date by date, the share of the covariance part
// in each premium, |covariance| / (variance + |covariance|), in [0, 1]:
// Portelli & Roncalli (2024), section 3.2.1, find it below 5% for the
// equity premium and 68% on average (up to 90%) for the bond premium. NaN
// where the premium is NaN or both parts are zero.
func (p PremiaHistory) CovarianceShares() (equity, bond series.Series) {
	share := func(v, c float64) float64 { return math.Abs(c) / (v + math.Abs(c)) }
	equity = series.Combine(p.EquityVariance, p.EquityCovariance, share).Named("pi_S covariance share")
	bond = series.Combine(p.BondVariance, p.BondCovariance, share).Named("pi_B covariance share")
	return equity, bond
}
