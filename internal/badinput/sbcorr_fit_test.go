package badinput

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/stockbond/sbcorr/sbcorr"
)

// twoDaysRows are the rows of the "Tale of Two Days" functions and of
// SignRegimes and Summarise.
func twoDaysRows() []Case {
	x, y := Returns(100, 7)
	mask := make([]bool, 100)
	for i := range mask {
		mask[i] = i%3 == 0
	}
	mt := func(m sbcorr.MeanT, err error) Out { return Nums(err, m.Mean, m.SE, m.T) }
	cm := func(r []float64, mask []bool, lag int) Out { return mt(sbcorr.ConditionalMean(r, mask, lag)) }
	ev := func(rho []float64, ev []int, lag int) Out { return mt(sbcorr.EventChange(rho, ev, lag)) }
	events := []int{5, 17, 40, 77}
	base := cm(x, mask, 2).Vals
	sr := func(rho []float64, q float64) Out {
		s, r := sbcorr.SafetyRisky(rho, q)
		v := make([]float64, 0, 2*len(s))
		for i := range s {
			v = append(v, b2f(s[i]), b2f(r[i]))
		}
		return Nums(nil, v...)
	}
	regimes := func(rho []float64, minRun int) Out {
		var v []float64
		for _, r := range sbcorr.SignRegimes(rho, minRun) {
			v = append(v, float64(r.Start), float64(r.End), float64(r.Sign), r.Mean, r.Peak)
		}
		return Nums(nil, v...)
	}
	rows := []Case{
		{"ConditionalMean", "NaN selected", Err, func() Out { return cm(With(x, 3, nan), mask, 2) }},
		{"ConditionalMean", "+Inf selected", Err, func() Out { return cm(With(x, 3, inf), mask, 2) }},
		{"ConditionalMean", "NaN not selected", Value, func() Out { return Same(cm(With(x, 1, nan), mask, 2), base, 0) }},
		{"ConditionalMean", "2 selected", Err, func() Out { return cm(x[:4], mask[:4], 0) }},
		{"ConditionalMean", "none selected", Err, func() Out { return cm(x, make([]bool, 100), 0) }},
		{"ConditionalMean", "constant returns", Err, func() Out { return cm(make([]float64, 100), mask, 2) }},
		{"ConditionalMean", "lag -1", Panic, func() Out { return cm(x, mask, -1) }},
		{"ConditionalMean", "lag >= n selected", Value, func() Out {
			o := cm(x[:10], mask[:10], 10)
			return o.Check(cond(finite(o.Vals...) && o.Vals[1] > 0, "non-finite or zero SE"))
		}},
		{"ConditionalMean", "mismatched lengths", Panic, func() Out { return cm(x, mask[:5], 2) }},
		{"EventChange", "NaN change", Err, func() Out { return ev(With(y, 40, nan), events, 1) }},
		{"EventChange", "-Inf change", Err, func() Out { return ev(With(y, 39, ninf), events, 1) }},
		{"EventChange", "event at 0", Err, func() Out { return ev(y, []int{0, 5, 6}, 1) }},
		{"EventChange", "event out of range", Err, func() Out { return ev(y, []int{5, 6, 100}, 1) }},
		{"EventChange", "2 events", Err, func() Out { return ev(y, []int{5, 6}, 1) }},
		{"EventChange", "nil events", Err, func() Out { return ev(y, nil, 1) }},
		{"EventChange", "lag -1", Panic, func() Out { return ev(y, events, -1) }},
		{"EventChange", "duplicate events (counted twice)", Value, func() Out {
			d := func(t int) float64 { return y[t] - y[t-1] }
			o := ev(y, []int{5, 5, 17}, 0)
			return Same(Nums(nil, o.Vals[0]), []float64{(2*d(5) + d(17)) / 3}, 1e-15)
		}},
		{"SafetyRisky", "q 0.5", Panic, func() Out { return sr(x, 0.5) }},
		{"SafetyRisky", "q NaN", Panic, func() Out { return sr(x, nan) }},
		{"SafetyRisky", "+Inf is risky, -Inf is safe", Value, func() Out {
			o := sr(With(With(x, 3, inf), 4, ninf), 0.2)
			return o.Check(cond(o.Vals[7] == 1 && o.Vals[6] == 0 && o.Vals[8] == 1 && o.Vals[9] == 0, "infinite values misclassified"))
		}},
		{"SafetyRisky", "NaN in neither set", Value, func() Out {
			o := sr(With(x, 3, nan), 0.2)
			return o.Check(cond(o.Vals[6] == 0 && o.Vals[7] == 0, "NaN classified"))
		}},
		{"SafetyRisky", "scale 1e300", Value, func() Out { return Same(sr(Scale(x, 1e300), 0.2), sr(x, 0.2).Vals, 0) }},
		{"SafetyRisky", "subnormal", Value, func() Out { return Same(sr(Denormal(x), 0.2), sr(x, 0.2).Vals, 0) }},
		{"SignRegimes", "minRun 0", Panic, func() Out { return regimes(x, 0) }},
		{"SignRegimes", "all NaN", Value, func() Out { o := regimes([]float64{nan, nan}, 2); return o.Check(lenIs(o, 0)) }},
		{"SignRegimes", "empty", Value, func() Out { o := regimes(nil, 2); return o.Check(lenIs(o, 0)) }},
		{"SignRegimes", "NaN inside a regime", Value, func() Out {
			return Same(regimes([]float64{0.2, nan, 0.4, -0.1, -0.3, -0.2}, 2), []float64{0, 2, 1, 0.3, 0.4, 3, 5, -1, -0.2, -0.3}, 1e-15)
		}},
		{"SignRegimes", "+Inf peak", Value, func() Out {
			return Same(regimes([]float64{0.2, inf, -0.1, -0.3}, 2), []float64{0, 1, 1, inf, inf, 2, 3, -1, -0.2, -0.3}, 1e-15)
		}},
	}
	return rows
}

// b2f is 1 for true.
func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// g formats a number for a row's input.
func g(v float64) string { return fmt.Sprintf("%g", v) }

// fitRows are the rows of the model fits of package sbcorr: GARCH, DCC,
// OLS with HAC errors and the DCC simulation.
func fitRows() []Case {
	x, y := Returns(300, 8)
	gx, _, _ := sbcorr.SimulateDCC(1000, sbcorr.GARCH{Omega: 1e-6, Alpha: 0.08, Beta: 0.9}, sbcorr.GARCH{Omega: 1e-6, Alpha: 0.05, Beta: 0.9},
		sbcorr.DCC{A: 0.03, B: 0.9}, -0.3, rand.NewPCG(8, 0xdcc))
	garch := func(r []float64) Out {
		f, err := sbcorr.FitGARCH(r)
		if err != nil {
			return Nums(err)
		}
		return Nums(nil, f.Omega, f.Alpha, f.Beta)
	}
	base := garch(gx).Vals
	dcc := func(x, y []float64) Out {
		f, err := sbcorr.FitDCC(x, y)
		if err != nil {
			return Nums(err)
		}
		return Nums(nil, f.A, f.B)
	}
	ols := func(y []float64, x [][]float64, h sbcorr.HAC) Out {
		f, err := sbcorr.OLSHAC(y, x, h)
		if err != nil {
			return Nums(err)
		}
		return Nums(nil, append(f.Coef, f.TStat...)...)
	}
	olsBase := ols(y, [][]float64{x}, sbcorr.HAC{Lag: 4}).Vals
	sim := func(n int, gx sbcorr.GARCH, d sbcorr.DCC, rhoBar float64) Out {
		a, b, rho := sbcorr.SimulateDCC(n, gx, gx, d, rhoBar, rand.NewPCG(1, 0xdcc))
		return Nums(nil, append(append(a, b...), rho...)...)
	}
	gOK, dOK := sbcorr.GARCH{Omega: 1e-6, Alpha: 0.05, Beta: 0.9}, sbcorr.DCC{A: 0.03, B: 0.9}
	rows := []Case{
		{"FitGARCH", "NaN", Err, func() Out { return garch(With(x, 9, nan)) }},
		{"FitGARCH", "+Inf", Err, func() Out { return garch(With(x, 9, inf)) }},
		{"FitGARCH", "99 observations", Err, func() Out { return garch(x[:99]) }},
		{"FitGARCH", "empty", Err, func() Out { return garch(nil) }},
		{"FitGARCH", "constant", Err, func() Out { return garch(make([]float64, 300)) }},
		{"FitDCC", "NaN in y", Err, func() Out { return dcc(x, With(y, 9, nan)) }},
		{"FitDCC", "-Inf in x", Err, func() Out { return dcc(With(x, 9, ninf), y) }},
		{"FitDCC", "mismatched lengths", Panic, func() Out { return dcc(x, y[:200]) }},
		{"FitDCC", "empty", Err, func() Out { return dcc(nil, nil) }},
		{"OLSHAC", "NaN in y", Err, func() Out { return ols(With(y, 9, nan), [][]float64{x}, sbcorr.HAC{Lag: 4}) }},
		{"OLSHAC", "+Inf in x", Err, func() Out { return ols(y, [][]float64{With(x, 9, inf)}, sbcorr.HAC{Lag: 4}) }},
		{"OLSHAC", "n = k", Err, func() Out { return ols(y[:2], [][]float64{x[:2]}, sbcorr.HAC{}) }},
		{"OLSHAC", "empty", Err, func() Out { return ols(nil, nil, sbcorr.HAC{}) }},
		{"OLSHAC", "constant y", Err, func() Out { return ols(make([]float64, 300), [][]float64{x}, sbcorr.HAC{}) }},
		{"OLSHAC", "collinear regressors", Err, func() Out { return ols(y, [][]float64{x, Scale(x, 2)}, sbcorr.HAC{}) }},
		{"OLSHAC", "mismatched lengths", Panic, func() Out { return ols(y, [][]float64{x[:9]}, sbcorr.HAC{}) }},
		{"OLSHAC", "nil regressor", Panic, func() Out { return ols(y, [][]float64{nil}, sbcorr.HAC{}) }},
		{"OLSHAC", "lag -1", Panic, func() Out { return ols(y, [][]float64{x}, sbcorr.HAC{Lag: -1}) }},
		{"OLSHAC", "lag >= n", Value, func() Out {
			o := ols(y[:20], [][]float64{x[:20]}, sbcorr.HAC{Lag: 25})
			return o.Check(cond(finite(o.Vals...), "non-finite"))
		}},
		{"OLSHAC", "rows permuted, lag 0", Value, func() Out {
			want := ols(y, [][]float64{x}, sbcorr.HAC{}).Vals
			return Same(ols(Permute(y, 4), [][]float64{Permute(x, 4)}, sbcorr.HAC{}), want, 1e-12)
		}},
		{"SimulateDCC", "n -1", Panic, func() Out { return sim(-1, gOK, dOK, 0.2) }},
		{"SimulateDCC", "n 0", Value, func() Out { o := sim(0, gOK, dOK, 0.2); return o.Check(lenIs(o, 0)) }},
		{"SimulateDCC", "rhoBar NaN", Panic, func() Out { return sim(10, gOK, dOK, nan) }},
		{"SimulateDCC", "rhoBar 1", Panic, func() Out { return sim(10, gOK, dOK, 1) }},
		{"SimulateDCC", "A + B = 1", Panic, func() Out { return sim(10, gOK, sbcorr.DCC{A: 0.1, B: 0.9}, 0.2) }},
		{"SimulateDCC", "GARCH Omega NaN", Panic, func() Out { return sim(10, sbcorr.GARCH{Omega: nan, Alpha: 0.05, Beta: 0.9}, dOK, 0.2) }},
		{"SimulateDCC", "GARCH Alpha -0.1", Panic, func() Out { return sim(10, sbcorr.GARCH{Omega: 1e-6, Alpha: -0.1, Beta: 0.9}, dOK, 0.2) }},
		{"SimulateDCC", "GARCH Omega 0", Panic, func() Out { return sim(10, sbcorr.GARCH{Alpha: 0.05, Beta: 0.9}, dOK, 0.2) }},
		{"SimulateDCC", "DCC A NaN", Panic, func() Out { return sim(10, gOK, sbcorr.DCC{A: nan, B: 0.9}, 0.2) }},
		{"SimulateDCC", "finite path with |rho| < 1", Value, func() Out {
			o := sim(500, gOK, dOK, -0.3)
			rho := o.Vals[1000:]
			ok := finite(o.Vals...)
			for _, r := range rho {
				ok = ok && math.Abs(r) < 1
			}
			return o.Check(cond(ok, "a non-finite value or |rho| >= 1"))
		}},
	}
	for _, k := range []float64{1e-150, 1e150} {
		rows = append(rows, Case{"FitGARCH", "returns scaled by " + g(k), Value, func() Out {
			o := garch(Scale(gx, k))
			if o.Err == nil {
				o.Vals[0] /= k * k * base[0] // Omega relative to its value on x
			}
			return Same(o, []float64{1, base[1], base[2]}, 1e-6)
		}})
		rows = append(rows, Case{"OLSHAC", "x scaled by " + g(k), Value, func() Out {
			o := ols(y, [][]float64{Scale(x, k)}, sbcorr.HAC{Lag: 4})
			if o.Err == nil {
				o.Vals[1] *= k
			}
			return Same(o, olsBase, 1e-10)
		}})
	}
	return rows
}

// finite says whether every value is finite.
func finite(v ...float64) bool {
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}
