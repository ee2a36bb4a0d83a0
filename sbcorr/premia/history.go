package premia

import (
	"fmt"
	"math"
)

// History holds the implied equity and bond premia through time with their
// variance and covariance parts (eq. 9-10), the implied correlation for a
// target bond premium and the break-even correlation. Every slice has one
// entry per date; entries are NaN where the inputs do not define them, and
// Reason says why ("" where defined).
type History struct {
	// Equity and Bond are pi_S(t) and pi_B(t) split as in eq. (9) and
	// (10), decimals in the units of SR times the volatilities (annual
	// for annualised volatilities).
	Equity, Bond []Premium
	// Reason is "" where the premia are defined, else the failed
	// condition (a NaN estimate, |rho| > 1, ...).
	Reason []string
}

// EquityTotal returns the equity premium pi_S(t) of every date.
func (s History) EquityTotal() []float64 { return totals(s.Equity) }

// BondTotal returns the bond premium pi_B(t) of every date.
func (s History) BondTotal() []float64 { return totals(s.Bond) }

func totals(p []Premium) []float64 {
	out := make([]float64, len(p))
	for t, v := range p {
		out[t] = v.Total()
	}
	return out
}

// MixHistory applies eq. (9)-(10) of Portelli & Roncalli (2024)
// date by date: xS[t] is the equity weight of the market portfolio (repeat a
// constant with slices.Repeat for a constant mix), volS, volB and corr the
// rolling estimates of sigma_S(t), sigma_B(t) and rho_S,B(t) (section 3.2.1
// uses a 36-month window and sr = 0.30). Dates where an input is NaN or
// invalid get NaN premia and a Reason. It panics when the slices differ in
// length.
func MixHistory(xS, volS, volB, corr []float64, sr float64) History {
	n := sameLen("MixHistory", xS, volS, volB, corr)
	s := History{Equity: make([]Premium, n), Bond: make([]Premium, n), Reason: make([]string, n)}
	nan := Premium{math.NaN(), math.NaN()}
	for t := range n {
		e, b, err := Mix{XS: xS[t], VolS: volS[t], VolB: volB[t], Corr: corr[t], SR: sr}.Premia()
		if err != nil {
			e, b, s.Reason[t] = nan, nan, err.Error()
		}
		s.Equity[t], s.Bond[t] = e, b
	}
	return s
}

// ImpliedCorrSeries returns, for every date, the stock-bond correlation for
// which the implied bond premium equals target (Figure 30 uses 0.01, that is
// 100 bps), with NaN and a reason where no valid correlation exists or an
// input is missing. corr only provides a valid starting matrix; pass the
// rolling correlation or a constant 0. It panics when the slices differ in
// length.
func ImpliedCorrSeries(xS, volS, volB, corr []float64, sr, target float64) (implied []float64, reason []string) {
	n := sameLen("ImpliedCorrSeries", xS, volS, volB, corr)
	implied, reason = make([]float64, n), make([]string, n)
	for t := range n {
		r, err := Mix{XS: xS[t], VolS: volS[t], VolB: volB[t], Corr: corr[t], SR: sr}.ImpliedCorr(target)
		if err != nil {
			reason[t] = err.Error()
		}
		implied[t] = r
	}
	return implied, reason
}

// BreakEvenSeries returns the break-even stock-bond correlation
// rho*(t) = -(x_B / x_S) sigma_B(t) / sigma_S(t) of every date, with the
// equity weight x_S = xS[t] and x_B = 1 - x_S (Figure 31 of Portelli &
// Roncalli, 2024, section 3.2.1): the implied bond premium is <= 0 exactly
// when rho_S,B(t) <= rho*(t). Entries are NaN where BreakEvenCorr fails (a
// NaN input, x_S outside (0, 1], sigma_S(t) <= 0), and reason says why (""
// where defined). It
// panics when the slices differ in length.
func BreakEvenSeries(xS, volS, volB []float64) (breakEven []float64, reason []string) {
	n := sameLen("BreakEvenSeries", xS, volS, volB)
	breakEven, reason = make([]float64, n), make([]string, n)
	for t := range n {
		r, err := BreakEvenCorr(xS[t], volS[t], volB[t])
		if err != nil {
			reason[t] = err.Error()
		}
		breakEven[t] = r
	}
	return breakEven, reason
}

func sameLen(fn string, s ...[]float64) int {
	for _, v := range s[1:] {
		if len(v) != len(s[0]) {
			panic(fmt.Sprintf("premia: %s: slices of different lengths (%d and %d)", fn, len(s[0]), len(v)))
		}
	}
	return len(s[0])
}
