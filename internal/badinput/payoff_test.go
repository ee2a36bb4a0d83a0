package badinput

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/sbcorr/copula"
	"github.com/stockbond/sbcorr/sbcorr/payoff"
)

// payoffExempt are the exported functions of package payoff without rows.
var payoffExempt = map[string]string{}

// payoffRows are the rows of package payoff.
func payoffRows() []Case {
	rows := gaussianModelRows()
	rows = append(rows, kernelRows()...)
	rows = append(rows, linearRows()...)
	return append(rows, conditionalRows()...)
}

// gaussianModelRows are the rows of the Gaussian model, the parametric
// payoffs, the margins and the copula model: an invalid model panics in
// its methods (Validate reports it); a NaN stock return gives NaN
// (documented) or an error; oracles are the closed forms of section 2.2.1.
func gaussianModelRows() []Case {
	g := payoff.Gaussian{MuS: 0.06, MuB: 0.02, SigmaS: 0.15, SigmaB: 0.05, Rho: -0.3}
	bad := payoff.Gaussian{MuS: 0.06, MuB: 0.02, SigmaS: 0, SigmaB: 0.05, Rho: -0.3}
	one := func(v ...float64) Out { return Nums(nil, v...) }
	sim := func(g payoff.Gaussian, rs, band float64, n int, rng *rand.Rand) Out {
		p, se, _, err := payoff.SimulateProbPositive(g, rs, band, n, rng)
		return Nums(err, p, se)
	}
	rng := func() *rand.Rand { return rand.New(rand.NewPCG(3, 4)) }
	par := payoff.Parametric{Gaussian: g, Rho: payoff.FlightToQuality(g.MuS, g.SigmaS)}
	cm := payoff.CopulaModel{C: copula.Gaussian{Rho: -0.3}, S: payoff.Margin{Mu: 0.06, Sigma: 0.15}, B: payoff.Margin{Mu: 0.02, Sigma: 0.05}}
	cmPay := func(m payoff.CopulaModel, xs ...float64) Out { v, err := m.Payoff(xs); return Nums(err, v...) }
	rows := []Case{
		{"Gaussian.Validate", "SigmaS 0", Err, func() Out { return Nums(bad.Validate()) }},
		{"Gaussian.Validate", "Rho NaN", Err, func() Out { g2 := g; g2.Rho = nan; return Nums(g2.Validate()) }},
		{"Gaussian.Validate", "MuB +Inf", Err, func() Out { g2 := g; g2.MuB = inf; return Nums(g2.Validate()) }},
		{"Gaussian.Validate", "valid", Value, func() Out { return Nums(g.Validate()).Check("") }},
		{"Gaussian.Beta", "Rho SigmaB / SigmaS", Value, func() Out { return Same(one(g.Beta()), []float64{-0.1}, 1e-15) }},
		{"Gaussian.Alpha", "MuB - Beta MuS", Value, func() Out { return Same(one(g.Alpha()), []float64{0.026}, 1e-15) }},
		{"Gaussian.Payoff", "at MuS: MuB", Value, func() Out { return Same(one(g.Payoff(0.06)), []float64{0.02}, 1e-15) }},
		{"Gaussian.Payoff", "rs NaN", NaNWhy, func() Out { return Doc("rs NaN", g.Payoff(nan)) }},
		{"Gaussian.CondVar", "(1 - Rho^2) SigmaB^2", Value, func() Out { return Same(one(g.CondVar()), []float64{0.91 * 0.0025}, 1e-15) }},
		{"Gaussian.ProbPositive", "at the breakeven: 1/2", Value, func() Out { return Same(one(g.ProbPositive(g.Breakeven())), []float64{0.5}, 1e-15) }},
		{"Gaussian.ProbPositive", "rs NaN", NaNWhy, func() Out { return Doc("rs NaN", g.ProbPositive(nan)) }},
		{"Gaussian.ProbPositive", "rs -Inf and +Inf", Value, func() Out { return Same(one(g.ProbPositive(ninf), g.ProbPositive(inf)), []float64{1, 0}, 0) }},
		{"Gaussian.CriticalRho", "ProbPositive is 1/2 at rho*", Value, func() Out {
			r := g.CriticalRho(-0.2)
			g2 := g
			g2.Rho = r
			return Same(one(g2.ProbPositive(-0.2)), []float64{0.5}, 1e-14)
		}},
		{"Gaussian.CriticalRho", "rs NaN", NaNWhy, func() Out { return Doc("rs NaN", g.CriticalRho(nan)) }},
		{"Gaussian.Breakeven", "Payoff is 0 there", Value, func() Out { return Same(one(g.Payoff(g.Breakeven())), []float64{0}, 1e-15) }},
		{"SimulateProbPositive", "rs NaN", Err, func() Out { return sim(g, nan, 0.01, 1000, rng()) }},
		{"SimulateProbPositive", "rs +Inf", Err, func() Out { return sim(g, inf, 0.01, 1000, rng()) }},
		{"SimulateProbPositive", "invalid model", Err, func() Out { return sim(bad, 0, 0.01, 1000, rng()) }},
		{"SimulateProbPositive", "no draw in the band", Err, func() Out { return sim(g, 5, 0.01, 1000, rng()) }},
		{"SimulateProbPositive", "band NaN", Panic, func() Out { return sim(g, 0, nan, 1000, rng()) }},
		{"SimulateProbPositive", "n 0", Panic, func() Out { return sim(g, 0, 0.01, 0, rng()) }},
		{"SimulateProbPositive", "nil rng", Panic, func() Out { return sim(g, 0, 0.01, 10, nil) }},
		{"SimulateProbPositive", "within 4 s.e. of ProbPositive", Value, func() Out {
			o := sim(g, -0.1, 0.01, 400000, rng())
			if o.Err != nil {
				return o
			}
			return o.Check(cond(math.Abs(o.Vals[0]-g.ProbPositive(-0.1)) < 4*o.Vals[1], "more than 4 standard errors from the closed form"))
		}},
		{"Parametric.Payoff", "nil Rho", Panic, func() Out { m, _ := payoff.Parametric{Gaussian: g}.Payoff(0); return one(m) }},
		{"Parametric.Payoff", "Rho(rs) NaN", NaNWhy, func() Out {
			m, clipped := payoff.Parametric{Gaussian: g, Rho: func(float64) float64 { return nan }}.Payoff(0)
			o := Doc("Rho(rs) NaN", m)
			return o.Check(cond(!clipped, "a NaN correlation reported as clipped"))
		}},
		{"Parametric.Payoff", "invalid model", Panic, func() Out { m, _ := payoff.Parametric{Gaussian: bad, Rho: par.Rho}.Payoff(0); return one(m) }},
		{"Parametric.Payoff", "constant Rho is the Gaussian payoff", Value, func() Out {
			m, _ := payoff.Parametric{Gaussian: g, Rho: func(float64) float64 { return -0.3 }}.Payoff(-0.1)
			return Same(one(m), []float64{g.Payoff(-0.1)}, 1e-15)
		}},
		{"Parametric.Curve", "clipped below -4.3 sd", Value, func() Out {
			m, c := par.Curve([]float64{g.MuS - 5*g.SigmaS, g.MuS})
			return one(m...).Check(cond(c[0] && !c[1], "clipping flags wrong"))
		}},
		{"Parametric.Curve", "empty", Value, func() Out { m, _ := par.Curve(nil); return one(m...).Check(cond(len(m) == 0, "values")) }},
		{"FlightToQuality", "rho at the mean: -1.10 + 0.5^0.2", Value, func() Out {
			return Same(one(payoff.FlightToQuality(0.06, 0.15)(0.06)), []float64{-1.10 + math.Pow(0.5, 0.2)}, 1e-15)
		}},
		{"FlightToQuality", "sigmaS 0", Panic, func() Out { return one(payoff.FlightToQuality(0.06, 0)(0.06)) }},
		{"FlightToQuality", "rs NaN", NaNWhy, func() Out { return Doc("rs NaN", payoff.FlightToQuality(0.06, 0.15)(nan)) }},
		{"Contagion", "rho at sigma: 0", Value, func() Out { return Same(one(payoff.Contagion(0.15)(0.15)), []float64{0}, 1e-15) }},
		{"Contagion", "sigmaS NaN", Panic, func() Out { return one(payoff.Contagion(nan)(0.1)) }},
		{"Contagion", "rs NaN", NaNWhy, func() Out { return Doc("rs NaN", payoff.Contagion(0.15)(nan)) }},
		{"Grid", "n 1", Panic, func() Out { return one(payoff.Grid(0, 1, 1)...) }},
		{"Grid", "lo NaN", Panic, func() Out { return one(payoff.Grid(nan, 1, 5)...) }},
		{"Grid", "hi +Inf", Panic, func() Out { return one(payoff.Grid(0, inf, 5)...) }},
		{"Grid", "-1e308 to 1e308 (no overflow)", Value, func() Out { return Same(one(payoff.Grid(-1e308, 1e308, 3)...), []float64{-1e308, 0, 1e308}, 0) }},
		{"Grid", "ends exact", Value, func() Out {
			o := one(payoff.Grid(0.1, 0.7, 7)...)
			return o.Check(cond(o.Vals[0] == 0.1 && o.Vals[6] == 0.7, "ends"))
		}},
		{"Margin.Validate", "Sigma 0", Err, func() Out { return Nums(payoff.Margin{Sigma: 0}.Validate()) }},
		{"Margin.Validate", "Nu NaN", Err, func() Out { return Nums(payoff.Margin{Sigma: 1, Nu: nan}.Validate()) }},
		{"Margin.Validate", "valid", Value, func() Out { return Nums(payoff.Margin{Sigma: 1, Nu: 4}.Validate()).Check("") }},
		{"Margin.Probs", "invalid margin", Panic, func() Out { p, pb := payoff.Margin{Sigma: -1}.Probs(0); return one(p, pb) }},
		{"Margin.Probs", "x NaN", NaNWhy, func() Out { p, pb := payoff.Margin{Sigma: 1}.Probs(nan); return Doc("x NaN", p, pb) }},
		{"Margin.Probs", "p + pb = 1, both tails positive", Value, func() Out {
			p, pb := payoff.Margin{Mu: 0.01, Sigma: 0.05, Nu: 3}.Probs(-5)
			return one(p + pb).Check(Close([]float64{p + pb}, []float64{1}, 1e-15) + cond(p > 0 && pb > 0, "a tail is 0"))
		}},
		{"Margin.QuantileTails", "p 1.5", Panic, func() Out { return one(payoff.Margin{Sigma: 1}.QuantileTails(1.5, -0.5)) }},
		{"Margin.QuantileTails", "p NaN", Panic, func() Out { return one(payoff.Margin{Sigma: 1}.QuantileTails(nan, nan)) }},
		{"Margin.QuantileTails", "invalid margin", Panic, func() Out { return one(payoff.Margin{Sigma: nan}.QuantileTails(0.3, 0.7)) }},
		{"Margin.QuantileTails", "round trip through Probs", Value, func() Out {
			m := payoff.Margin{Mu: 0.01, Sigma: 0.05, Nu: 3}
			p, pb := m.Probs(-0.4)
			return Same(one(m.QuantileTails(p, pb)), []float64{-0.4}, 1e-12)
		}},
		{"CopulaModel.Payoff", "Gaussian copula, normal margins: the linear payoff", Value, func() Out {
			return Same(cmPay(cm, -0.1, 0.06), []float64{g.Payoff(-0.1), g.Payoff(0.06)}, 1e-10)
		}},
		{"CopulaModel.Payoff", "nil copula", Err, func() Out { m := cm; m.C = nil; return cmPay(m, 0) }},
		{"CopulaModel.Payoff", "invalid copula", Err, func() Out { m := cm; m.C = copula.Gaussian{Rho: 2}; return cmPay(m, 0) }},
		{"CopulaModel.Payoff", "invalid margin", Err, func() Out { m := cm; m.B.Sigma = 0; return cmPay(m, 0) }},
		{"CopulaModel.Payoff", "x NaN", Err, func() Out { return cmPay(cm, nan) }},
		{"CopulaModel.Payoff", "x +Inf", Err, func() Out { return cmPay(cm, inf) }},
		{"CopulaModel.Payoff", "no x", Value, func() Out { o := cmPay(cm); return o.Check(cond(o.Err == nil && len(o.Vals) == 0, "values")) }},
	}
	for _, name := range []string{"Gaussian.Beta", "Gaussian.Alpha", "Gaussian.Payoff", "Gaussian.CondVar", "Gaussian.ProbPositive", "Gaussian.CriticalRho", "Gaussian.Breakeven"} {
		rows = append(rows, Case{name, "invalid model (SigmaS 0)", Panic, func() Out {
			switch name {
			case "Gaussian.Beta":
				return one(bad.Beta())
			case "Gaussian.Alpha":
				return one(bad.Alpha())
			case "Gaussian.Payoff":
				return one(bad.Payoff(0))
			case "Gaussian.CondVar":
				return one(bad.CondVar())
			case "Gaussian.ProbPositive":
				return one(bad.ProbPositive(0))
			case "Gaussian.CriticalRho":
				return one(bad.CriticalRho(0))
			}
			return one(bad.Breakeven())
		}})
	}
	return rows
}

// kernelRows are the rows of the local polynomial and quantile
// regressions and the bandwidth rules.
func kernelRows() []Case {
	x, y := Returns(300, 14)
	grid := payoff.Grid(-0.02, 0.02, 25)
	h, _ := payoff.DefaultBandwidth(x)
	lp := payoff.LocalPoly{Degree: 1, H: h}
	lq := payoff.LocalQuantile{Degree: 1, H: h, Tau: 0.5}
	fit := func(l payoff.LocalPoly, x, y, g []float64) Out {
		v, err := l.Fit(x, y, g)
		return Doc("the local design is singular (no observation near x0)", v...).withErr(err)
	}
	qfit := func(q payoff.LocalQuantile, x, y, g []float64) Out {
		v, err := q.Fit(x, y, g)
		return Doc("the local design is singular (no observation near x0)", v...).withErr(err)
	}
	band := func(l payoff.LocalPoly, x, y []float64, level float64) Out {
		f, lo, hi, err := l.Band(x, y, grid, level)
		return Doc("the local design is singular", append(append(f, lo...), hi...)...).withErr(err)
	}
	cv := func(l payoff.LocalPoly, x, y []float64) Out { s, _, err := l.CV(x, y); return Nums(err, s) }
	cvb := func(l payoff.LocalPoly, x, y []float64, res int) Out {
		s, _, err := l.CVBinned(x, y, res)
		return Nums(err, s)
	}
	base := fit(lp, x, y, grid).Vals
	ols, _ := payoff.FitLinear(x, y)
	var rows []Case
	type estimator struct {
		name string
		f    func(x, y []float64) Out
	}
	for _, e := range []estimator{
		{"LocalPoly.Fit", func(x, y []float64) Out { return fit(lp, x, y, grid) }},
		{"LocalQuantile.Fit", func(x, y []float64) Out { return qfit(lq, x, y, grid) }},
		{"LocalPoly.Band", func(x, y []float64) Out { return band(lp, x, y, 0.95) }},
		{"LocalPoly.CV", func(x, y []float64) Out { return cv(lp, x, y) }},
		{"LocalPoly.CVBinned", func(x, y []float64) Out { return cvb(lp, x, y, 20) }},
		{"DefaultBandwidth", func(x, _ []float64) Out { h, err := payoff.DefaultBandwidth(x); return Nums(err, h) }},
	} {
		nanIn := "NaN in y"
		if e.name == "DefaultBandwidth" { // x only
			nanIn = "NaN in x"
		}
		rows = append(rows,
			Case{e.name, nanIn, Err, func() Out {
				if e.name == "DefaultBandwidth" {
					return e.f(With(x, 3, nan), y)
				}
				return e.f(x, With(y, 3, nan))
			}},
			Case{e.name, "+Inf in x", Err, func() Out { return e.f(With(x, 3, inf), y) }},
			Case{e.name, "empty", Err, func() Out { return e.f(nil, nil) }},
			Case{e.name, "one observation", Err, func() Out { return e.f(x[:1], y[:1]) }},
			Case{e.name, "constant x", Err, func() Out { return e.f(make([]float64, 50), y[:50]) }},
		)
		if e.name != "DefaultBandwidth" {
			rows = append(rows, Case{e.name, "mismatched lengths", Panic, func() Out { return e.f(x, y[:9]) }})
			if e.name == "LocalPoly.Fit" || e.name == "LocalQuantile.Fit" || e.name == "LocalPoly.Band" {
				rows = append(rows, Case{e.name, "y scaled by 1e-300", Value, func() Out {
					want := e.f(x, y).Vals
					got := e.f(x, Scale(y, 1e-300))
					return Same(got, Scale(want, 1e-300), 1e-12).relative(want, 1e-300, 1e-10)
				}})
			}
		}
	}
	for _, k := range []float64{1e-300, 1e300} {
		rows = append(rows,
			Case{"DefaultBandwidth", "x scaled by " + g(k), Value, func() Out {
				got, err := payoff.DefaultBandwidth(Scale(x, k))
				return Same(Nums(err, got/k), []float64{h / 1}, 1e-12)
			}},
			Case{"LocalPoly.Fit", "x, H and grid scaled by " + g(k), Value, func() Out {
				return Same(fit(payoff.LocalPoly{Degree: 1, H: h * k}, Scale(x, k), y, Scale(grid, k)), base, 1e-10)
			}},
		)
	}
	return append(rows,
		Case{"LocalPoly.Fit", "H 0", Err, func() Out { return fit(payoff.LocalPoly{Degree: 1}, x, y, grid) }},
		Case{"LocalPoly.Fit", "H +Inf", Err, func() Out { return fit(payoff.LocalPoly{Degree: 1, H: inf}, x, y, grid) }},
		Case{"LocalPoly.Fit", "degree 11", Panic, func() Out { return fit(payoff.LocalPoly{Degree: 11, H: h}, x, y, grid) }},
		Case{"LocalPoly.Fit", "H 1000: the global OLS line", Value, func() Out {
			want := make([]float64, len(grid))
			for i, x0 := range grid {
				want[i] = ols.Beta0 + ols.Beta1*x0
			}
			return Same(fit(payoff.LocalPoly{Degree: 1, H: 1000}, x, y, grid), want, 1e-10)
		}},
		Case{"LocalPoly.Fit", "H 1e6, unequal grid: the global OLS line", Value, func() Out {
			g2 := []float64{-0.01, 0, 0.003}
			want := []float64{ols.Beta0 - 0.01*ols.Beta1, ols.Beta0, ols.Beta0 + 0.003*ols.Beta1}
			return Same(fit(payoff.LocalPoly{Degree: 1, H: 1e6}, x, y, g2), want, 1e-10)
		}},
		Case{"LocalPoly.Fit", "empty grid", Value, func() Out { o := fit(lp, x, y, nil); return o.Check(lenIs(o, 0)) }},
		Case{"LocalPoly.Fit", "NaN in the grid", NaNWhy, func() Out { return fit(lp, x, y, []float64{0, nan, 0.01}) }},
		Case{"LocalPoly.Fit", "tiny H: NaN far from the data", NaNWhy, func() Out { return fit(payoff.LocalPoly{Degree: 1, H: 1e-6}, x, y, []float64{1}) }},
		Case{"LocalQuantile.Fit", "constant y: that constant", Value, func() Out {
			c := make([]float64, len(x))
			for i := range c {
				c[i] = 0.003
			}
			want := make([]float64, len(grid))
			for i := range want {
				want[i] = 0.003
			}
			return Same(qfit(lq, x, c, grid), want, 1e-15)
		}},
		Case{"LocalQuantile.Fit", "tau 1", Err, func() Out { return qfit(payoff.LocalQuantile{Degree: 1, H: h, Tau: 1}, x, y, grid) }},
		Case{"LocalQuantile.Fit", "tau NaN", Err, func() Out { return qfit(payoff.LocalQuantile{Degree: 1, H: h, Tau: nan}, x, y, grid) }},
		Case{"LocalQuantile.Fit", "y shifted by 1: quantiles shift by 1", Value, func() Out {
			want := qfit(lq, x, y, grid).Vals
			got := qfit(lq, x, shifted(y, 1), grid)
			for i := range got.Vals {
				got.Vals[i]--
			}
			return Same(got, want, 1e-7)
		}},
		Case{"LocalPoly.Band", "level 1", Err, func() Out { return band(lp, x, y, 1) }},
		Case{"LocalPoly.Band", "level NaN", Err, func() Out { return band(lp, x, y, nan) }},
		Case{"LocalPoly.Band", "fit inside its band", Value, func() Out {
			o := band(lp, x, y, 0.9)
			n := len(grid)
			ok := true
			for i := 0; i < n; i++ {
				ok = ok && o.Vals[n+i] <= o.Vals[i] && o.Vals[i] <= o.Vals[2*n+i]
			}
			return o.Check(cond(ok, "fit outside its band"))
		}},
		Case{"LocalPoly.CV", "H 0", Err, func() Out { return cv(payoff.LocalPoly{Degree: 1}, x, y) }},
		Case{"LocalPoly.CV", "pairs permuted", Value, func() Out { return Same(cv(lp, Permute(x, 8), Permute(y, 8)), cv(lp, x, y).Vals, 1e-12) }},
		Case{"LocalPoly.CVBinned", "res 0", Panic, func() Out { return cvb(lp, x, y, 0) }},
		Case{"LocalPoly.CVBinned", "within 1e-3 of CV", Value, func() Out {
			return Same(cvb(lp, x, y, 20), cv(lp, x, y).Vals, 1e-3).relative(cv(lp, x, y).Vals, 1, 1e-3)
		}},
		Case{"SelectBandwidth", "nil score", Panic, func() Out { h, err := payoff.SelectBandwidth(nil, 1e-3, 1e-2); return Nums(err, h) }},
		Case{"SelectBandwidth", "lo NaN", Err, func() Out {
			h, err := payoff.SelectBandwidth(func(h float64) (float64, error) { return h, nil }, nan, 1)
			return Nums(err, h)
		}},
		Case{"SelectBandwidth", "hi +Inf", Err, func() Out {
			h, err := payoff.SelectBandwidth(func(h float64) (float64, error) { return h, nil }, 1, inf)
			return Nums(err, h)
		}},
		Case{"SelectBandwidth", "score NaN everywhere", Err, func() Out {
			h, err := payoff.SelectBandwidth(func(float64) (float64, error) { return nan, nil }, 1e-3, 1)
			return Nums(err, h)
		}},
		Case{"SelectBandwidth", "minimum of (log h - log 0.01)^2", Value, func() Out {
			h, err := payoff.SelectBandwidth(func(h float64) (float64, error) { d := math.Log(h / 0.01); return d * d, nil }, 1e-4, 1)
			return Same(Nums(err, math.Log(h)), []float64{math.Log(0.01)}, 1e-3)
		}},
	)
}

// withErr sets o's error.
func (o Out) withErr(err error) Out {
	o.Err = err
	return o
}

// relative rescales a Same verdict: the values are compared relative to
// want scaled by k (Close's tolerance is absolute below 1).
func (o Out) relative(want []float64, k, tol float64) Out {
	if o.Err != nil || !o.Checked {
		return o
	}
	got := make([]float64, len(o.Vals))
	w := make([]float64, len(want))
	for i := range got {
		got[i] = o.Vals[i] / k
		w[i] = want[i]
	}
	scale := 0.0
	for _, v := range w {
		if !math.IsNaN(v) {
			scale = math.Max(scale, math.Abs(v))
		}
	}
	for i := range got {
		got[i] /= scale
		w[i] /= scale
	}
	o.Wrong = Close(got, w, tol)
	if o.Wrong != "" {
		o.Wrong = fmt.Sprintf("relative to the largest value %g: %s", scale, o.Wrong)
	}
	return o
}

// linearRows are the rows of FitLinear and Influential.
func linearRows() []Case {
	x, y := Returns(200, 15)
	fl := func(x, y []float64) Out {
		f, err := payoff.FitLinear(x, y)
		return Nums(err, f.Beta0, f.Beta1, f.R2)
	}
	base := fl(x, y).Vals
	f, _ := payoff.FitLinear(x, y)
	infl := func(f payoff.LinearFit, frac float64) Out {
		i := f.Influential(frac)
		return Nums(nil, i.LeverageShare, i.ESSShare, float64(len(i.Index)))
	}
	rows := []Case{
		{"FitLinear", "NaN in x", Err, func() Out { return fl(With(x, 2, nan), y) }},
		{"FitLinear", "-Inf in y", Err, func() Out { return fl(x, With(y, 2, ninf)) }},
		{"FitLinear", "2 observations", Err, func() Out { return fl(x[:2], y[:2]) }},
		{"FitLinear", "constant x", Err, func() Out { return fl(make([]float64, 9), y[:9]) }},
		{"FitLinear", "mismatched lengths", Panic, func() Out { return fl(x, y[:3]) }},
		{"FitLinear", "pairs permuted", Value, func() Out { return Same(fl(Permute(x, 1), Permute(y, 1)), base, 1e-12) }},
		{"LinearFit.Influential", "frac 0", Panic, func() Out { return infl(f, 0) }},
		{"LinearFit.Influential", "frac NaN", Panic, func() Out { return infl(f, nan) }},
		{"LinearFit.Influential", "zero fit", Panic, func() Out { return infl(payoff.LinearFit{}, 0.1) }},
		{"LinearFit.Influential", "LeverageShare = (k/n + ESSShare)/2", Value, func() Out {
			o := infl(f, 0.04)
			return Same(Nums(nil, o.Vals[0]), []float64{(o.Vals[2]/200 + o.Vals[1]) / 2}, 1e-14)
		}},
		{"LinearFit.Influential", "frac 1: everything", Value, func() Out { return Same(infl(f, 1), []float64{1, 1, 200}, 1e-14) }},
	}
	for _, k := range []float64{1e-300, 1e300} {
		rows = append(rows,
			Case{"FitLinear", "x scaled by " + g(k), Value, func() Out {
				o := fl(Scale(x, k), y)
				if o.Err == nil {
					o.Vals[1] *= k
				}
				return Same(o, base, 1e-12)
			}},
			Case{"LinearFit.Influential", "x scaled by " + g(k), Value, func() Out {
				fk, err := payoff.FitLinear(Scale(x, k), y)
				if err != nil {
					return Nums(err)
				}
				return Same(infl(fk, 0.1), infl(f, 0.1).Vals, 1e-12)
			}},
		)
	}
	return rows
}

// conditionalRows are the rows of Conditional and Regression on a
// 3-asset Gaussian vector.
func conditionalRows() []Case {
	mu := []float64{0.05, 0.02, 0.01}
	sigma := mat.NewSymDense(3, []float64{0.04, -0.003, 0.001, -0.003, 0.0025, 0.0002, 0.001, 0.0002, 0.0009})
	cond3 := func(mu []float64, s mat.Symmetric, given []int, x []float64) Out {
		_, m, c, err := payoff.Conditional(mu, s, given, x)
		if err != nil {
			return Nums(err)
		}
		return Nums(nil, append(m, c.At(0, 0), c.At(1, 1), c.At(0, 1))...)
	}
	reg := func(mu []float64, s mat.Symmetric, i int) Out {
		a, b, s2, r2, err := payoff.Regression(mu, s, i)
		return Nums(err, append([]float64{a, s2, r2}, b...)...)
	}
	withS := func(i, j int, v float64) *mat.SymDense {
		c := mat.NewSymDense(3, nil)
		c.CopySym(sigma)
		c.SetSym(i, j, v)
		return c
	}
	var nilS *mat.SymDense
	return []Case{
		{"Conditional", "x +Inf", Err, func() Out { return cond3(mu, sigma, []int{0}, []float64{inf}) }},
		{"Conditional", "x NaN", Err, func() Out { return cond3(mu, sigma, []int{0}, []float64{nan}) }},
		{"Conditional", "mu -Inf", Err, func() Out { return cond3(With(mu, 1, ninf), sigma, []int{0}, []float64{0}) }},
		{"Conditional", "sigma entry +Inf", Err, func() Out { return cond3(mu, withS(1, 2, inf), []int{0}, []float64{0}) }},
		{"Conditional", "sigma entry NaN", Err, func() Out { return cond3(mu, withS(1, 1, nan), []int{0}, []float64{0}) }},
		{"Conditional", "S_xx not positive definite", Err, func() Out { return cond3(mu, withS(0, 0, -1), []int{0}, []float64{0}) }},
		{"Conditional", "nil sigma", Panic, func() Out { return cond3(mu, nil, []int{0}, []float64{0}) }},
		{"Conditional", "nil *SymDense sigma", Panic, func() Out { return cond3(mu, nilS, []int{0}, []float64{0}) }},
		{"Conditional", "repeated index", Panic, func() Out { return cond3(mu, sigma, []int{0, 0}, []float64{0, 0}) }},
		{"Conditional", "index 3 of 3", Panic, func() Out { return cond3(mu, sigma, []int{3}, []float64{0}) }},
		{"Conditional", "no conditioning asset", Panic, func() Out { return cond3(mu, sigma, nil, nil) }},
		{"Conditional", "len(mu) 2 for a 3x3 sigma", Panic, func() Out { return cond3(mu[:2], sigma, []int{0}, []float64{0}) }},
		{"Conditional", "at x = mu_x: mean mu_y", Value, func() Out {
			return Same(Nums(nil, cond3(mu, sigma, []int{0}, []float64{0.05}).Vals[:2]...), mu[1:], 1e-15)
		}},
		{"Conditional", "x = 1e300 (finite)", Value, func() Out {
			o := cond3(mu, sigma, []int{0}, []float64{1e300})
			return o.Check(Close(o.Vals[:1], []float64{0.02 + (-0.003/0.04)*(1e300-0.05)}, 1e-15))
		}},
		{"Regression", "index -1", Panic, func() Out { return reg(mu, sigma, -1) }},
		{"Regression", "nil sigma", Panic, func() Out { return reg(mu, nil, 0) }},
		{"Regression", "mu NaN", Err, func() Out { return reg(With(mu, 2, nan), sigma, 0) }},
		{"Regression", "two assets: beta = cov/var", Value, func() Out {
			s := mat.NewSymDense(2, []float64{0.04, -0.003, -0.003, 0.0025})
			o := reg(mu[:2], s, 1)
			return Same(Nums(nil, o.Vals[3], o.Vals[2]), []float64{-0.003 / 0.04, 0.003 * 0.003 / (0.04 * 0.0025)}, 1e-14)
		}},
	}
}
