package badinput

import (
	"slices"

	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/series"
)

// sbcorrSeriesRows are the rows of package sbcorr's series estimators:
// rolling, EWMA and realized correlations.
func sbcorrSeriesRows() []Case {
	why := func(x, y []float64, w, mp int) []series.Reason { return sbcorr.RollingWhy(x, y, w, mp) }
	whyX := func(x, _ []float64, w, mp int) []series.Reason { return sbcorr.RollingWhy(x, nil, w, mp) }
	ident := func(k float64) float64 { return k }
	var rows []Case
	for _, r := range []rolling{
		{"RollingCorr", "RollingWhy", sbcorr.RollingCorr, why, one},
		{"RollingCov", "RollingWhy", sbcorr.RollingCov, why, ident},
		{"RollingBeta", "RollingWhy", func(x, y []float64, w, mp int) []float64 { return sbcorr.RollingBeta(y, x, w, mp) }, why,
			func(k float64) float64 { return 1 / k }},
		{"RollingVol", "RollingWhy", func(x, _ []float64, w, mp int) []float64 { return sbcorr.RollingVol(x, w, mp) }, whyX, ident},
		{"RollingKendall", "RollingWhy", sbcorr.RollingKendall, why, one},
		{"RollingSpearman", "RollingWhy", sbcorr.RollingSpearman, why, one},
		{"EWMACorrWindow", "EWMAWindowWhy",
			func(x, y []float64, w, _ int) []float64 {
				return sbcorr.EWMACorrWindow(x, y, 0.96, w, sbcorr.IncludeCurrent)
			},
			func(x, y []float64, w, _ int) []series.Reason {
				return sbcorr.EWMAWindowWhy(x, y, 0.96, w, sbcorr.IncludeCurrent)
			}, one},
	} {
		rs := rollingRows(r)
		if r.name == "EWMACorrWindow" { // no minPeriods argument: m is the window
			rs = slices.DeleteFunc(rs, func(c Case) bool { return c.Input == "minPeriods > window" })
		}
		if r.name == "RollingVol" { // y is not read
			rs = slices.DeleteFunc(rs, func(c Case) bool { return c.Input == "-Inf in y at t=50" || c.Input == "mismatched lengths" })
		}
		rows = append(rows, rs...)
	}
	rows = append(rows, ewmaRows("EWMACorr", "EWMAWhy", sbcorr.Adjusted)...)
	rows = append(rows, ewmaRows("EWMACorrWith", "EWMAWhyWith", sbcorr.Unadjusted)...)
	return append(rows, realizedRows()...)
}

// ewmaRows are the rows of a recursive EWMA correlation: a NaN or ±Inf
// pair is skipped (NaN with a reason at its date only; the estimate after
// it equals the one with a NaN there); scaling x keeps the values; lambda
// outside (0, 1), minPeriods < 2 and unequal lengths panic.
func ewmaRows(name, whyName string, wt sbcorr.Weighting) []Case {
	x, y := Returns(300, 3)
	f := func(x, y []float64, lambda float64, mp int) Out {
		return Reasons(sbcorr.EWMACorrWith(x, y, lambda, mp, sbcorr.IncludeCurrent, wt),
			sbcorr.EWMAWhyWith(x, y, lambda, mp, sbcorr.IncludeCurrent, wt))
	}
	if name == "EWMACorr" {
		f = func(x, y []float64, lambda float64, mp int) Out {
			return Reasons(sbcorr.EWMACorr(x, y, lambda, mp, sbcorr.IncludeCurrent),
				sbcorr.EWMAWhy(x, y, lambda, mp, sbcorr.IncludeCurrent))
		}
	}
	clean := f(x, y, 0.96, 2).Vals
	withNaN := f(With(x, 50, nan), y, 0.96, 2).Vals
	rows := []Case{
		{name, "NaN at t=50", NaNWhy, func() Out { return Same(f(With(x, 50, nan), y, 0.96, 2), withNaN, 0) }},
		{name, "+Inf at t=50", NaNWhy, func() Out { return Same(f(With(x, 50, inf), y, 0.96, 2), withNaN, 0) }},
		{name, "-Inf in y at t=50", NaNWhy, func() Out { return Same(f(x, With(y, 50, ninf), 0.96, 2), withNaN, 0) }},
		{name, "length 1", NaNWhy, func() Out { return f(x[:1], y[:1], 0.96, 2) }},
		{name, "empty", Value, func() Out { o := f(nil, nil, 0.96, 2); return o.Check(lenIs(o, 0)) }},
		{name, "minPeriods > n", NaNWhy, func() Out { return f(x[:5], y[:5], 0.96, 6) }},
		{name, "mismatched lengths", Panic, func() Out { return f(x, y[:4], 0.96, 2) }},
		{name, "lambda 1", Panic, func() Out { return f(x, y, 1, 2) }},
		{name, "lambda NaN", Panic, func() Out { return f(x, y, nan, 2) }},
		{name, "minPeriods 1", Panic, func() Out { return f(x, y, 0.96, 1) }},
		{name, "1e200 at t=50", Value, func() Out {
			v := With(x, 50, 1e200)
			return Same(f(v, y, 0.96, 2), f(Scale(v, 1e-200), y, 0.96, 2).Vals, 1e-12)
		}},
		{whyName, "constant x for 10 dates, agreement with " + name, NaNWhy, func() Out {
			c := slices.Clone(x)
			for i := 1; i < 10; i++ {
				c[i] = c[0]
			}
			return f(c, y, 0.9, 2)
		}},
	}
	if name == "EWMACorrWith" {
		rows = append(rows, Case{name, "unknown weighting", Panic, func() Out {
			return Nums(nil, sbcorr.EWMACorrWith(x, y, 0.9, 2, sbcorr.IncludeCurrent, 7)...)
		}})
	}
	for _, k := range Scales {
		rows = append(rows, Case{name, "x scaled by " + g(k), Value, func() Out { return Same(f(Scale(x, k), y, 0.96, 2), clean, 1e-12) }})
	}
	return rows
}

// realizedRows are the rows of RealizedCorr and PeriodReturns.
func realizedRows() []Case {
	x, y := Returns(60, 4)
	period := make([]int, 60)
	for i := range period {
		period[i] = i / 10
	}
	rc := func(x, y []float64, p []int, min int) Out {
		pc := sbcorr.RealizedCorr(x, y, p, min)
		return Reasons(pc.Rho, pc.Why)
	}
	clean := rc(x, y, period, 5).Vals
	prices := make([]float64, 60)
	for i := range prices {
		prices[i] = 100 + float64(i%7)
	}
	pr := func(p []float64, per []int) Out {
		r, _ := sbcorr.PeriodReturns(p, per)
		return Doc("a non-positive or NaN price gives a NaN return", r...)
	}
	cleanPR := pr(prices, period).Vals
	rows := []Case{
		{"RealizedCorr", "NaN in period 2", NaNWhy, func() Out { return Same(rc(With(x, 25, nan), y, period, 5), nanAt(clean, 2), 0) }},
		{"RealizedCorr", "+Inf in period 3", NaNWhy, func() Out { return Same(rc(x, With(y, 31, inf), period, 5), nanAt(clean, 3), 0) }},
		{"RealizedCorr", "minObs > period length", NaNWhy, func() Out { return rc(x, y, period, 11) }},
		{"RealizedCorr", "empty", Value, func() Out { o := rc(nil, nil, nil, 3); return o.Check(lenIs(o, 0)) }},
		{"RealizedCorr", "mismatched lengths", Panic, func() Out { return rc(x, y[:5], period, 5) }},
		{"RealizedCorr", "minObs 2", Panic, func() Out { return rc(x, y, period, 2) }},
		{"RealizedCorr", "period label again later", Panic, func() Out { return rc(x, y, With2(period, 59, 0), 5) }},
		{"PeriodReturns", "NaN price", NaNWhy, func() Out { return pr(With(prices, 5, nan), period) }},
		{"PeriodReturns", "zero price", NaNWhy, func() Out { return pr(With(prices, 5, 0), period) }},
		{"PeriodReturns", "+Inf price", NaNWhy, func() Out { return pr(With(prices, 5, inf), period) }},
		{"PeriodReturns", "mismatched lengths", Panic, func() Out { return pr(prices, period[:3]) }},
		{"PeriodReturns", "empty", Value, func() Out { o := pr(nil, nil); return o.Check(lenIs(o, 0)) }},
	}
	for _, k := range Scales {
		rows = append(rows, Case{"RealizedCorr", "x scaled by " + g(k), Value, func() Out { return Same(rc(Scale(x, k), y, period, 5), clean, 1e-12) }})
		rows = append(rows, Case{"PeriodReturns", "prices scaled by " + g(k), Value, func() Out { return Same(pr(Scale(prices, k), period), cleanPR, 1e-12) }})
	}
	return rows
}

// nanAt returns v with v[i] = NaN.
func nanAt(v []float64, i int) []float64 { return With(v, i, nan) }

// With2 returns a copy of v with v[i] = f (ints).
func With2(v []int, i, f int) []int {
	out := slices.Clone(v)
	out[i] = f
	return out
}
