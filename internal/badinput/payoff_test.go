package badinput

import (
	"math"
	"math/rand/v2"

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
	g := payoff.NormalModel{MuS: 0.06, MuB: 0.02, SigmaS: 0.15, SigmaB: 0.05, Rho: -0.3}
	bad := payoff.NormalModel{MuS: 0.06, MuB: 0.02, SigmaS: 0, SigmaB: 0.05, Rho: -0.3}
	one := func(v ...float64) Out { return Nums(nil, v...) }
	sim := func(g payoff.NormalModel, rs, band float64, n int, src rand.Source) Out {
		p, err := payoff.SimulateProbPositive(g, rs, band, n, src)
		return Nums(err, p.P, p.SE)
	}
	rng := func() rand.Source { return rand.NewPCG(3, 4) }
	par := payoff.Parametric{NormalModel: g, Rho: payoff.FlightToQuality(g.MuS, g.SigmaS)}
	cm := payoff.CopulaModel{C: copula.Gaussian{Rho: -0.3}, S: payoff.Margin{Mu: 0.06, Sigma: 0.15}, B: payoff.Margin{Mu: 0.02, Sigma: 0.05}}
	cmPay := func(m payoff.CopulaModel, xs ...float64) Out { v, err := m.Payoff(xs); return Nums(err, v...) }
	rows := []Case{
		{"NormalModel.Validate", "SigmaS 0", Err, func() Out { return Nums(bad.Validate()) }},
		{"NormalModel.Validate", "Rho NaN", Err, func() Out { g2 := g; g2.Rho = nan; return Nums(g2.Validate()) }},
		{"NormalModel.Validate", "MuB +Inf", Err, func() Out { g2 := g; g2.MuB = inf; return Nums(g2.Validate()) }},
		{"NormalModel.Validate", "valid", Value, func() Out { return Nums(g.Validate()).Check("") }},
		{"NormalModel.Beta", "Rho SigmaB / SigmaS", Value, func() Out { return Same(one(g.Beta()), []float64{-0.1}, 1e-15) }},
		{"NormalModel.Alpha", "MuB - Beta MuS", Value, func() Out { return Same(one(g.Alpha()), []float64{0.026}, 1e-15) }},
		{"NormalModel.Payoff", "at MuS: MuB", Value, func() Out { return Same(one(g.Payoff(0.06)), []float64{0.02}, 1e-15) }},
		{"NormalModel.Payoff", "rs NaN", NaNWhy, func() Out { return Doc("rs NaN", g.Payoff(nan)) }},
		{"NormalModel.CondVar", "(1 - Rho^2) SigmaB^2", Value, func() Out { return Same(one(g.CondVar()), []float64{0.91 * 0.0025}, 1e-15) }},
		{"NormalModel.ProbPositive", "at the breakeven: 1/2", Value, func() Out { return Same(one(g.ProbPositive(g.Breakeven())), []float64{0.5}, 1e-15) }},
		{"NormalModel.ProbPositive", "rs NaN", NaNWhy, func() Out { return Doc("rs NaN", g.ProbPositive(nan)) }},
		{"NormalModel.ProbPositive", "rs -Inf and +Inf", Value, func() Out { return Same(one(g.ProbPositive(ninf), g.ProbPositive(inf)), []float64{1, 0}, 0) }},
		{"NormalModel.CriticalRho", "ProbPositive is 1/2 at rho*", Value, func() Out {
			r := g.CriticalRho(-0.2)
			g2 := g
			g2.Rho = r
			return Same(one(g2.ProbPositive(-0.2)), []float64{0.5}, 1e-14)
		}},
		{"NormalModel.CriticalRho", "rs NaN", NaNWhy, func() Out { return Doc("rs NaN", g.CriticalRho(nan)) }},
		{"NormalModel.Breakeven", "Payoff is 0 there", Value, func() Out { return Same(one(g.Payoff(g.Breakeven())), []float64{0}, 1e-15) }},
		{"SimulateProbPositive", "rs NaN", Err, func() Out { return sim(g, nan, 0.01, 1000, rng()) }},
		{"SimulateProbPositive", "rs +Inf", Err, func() Out { return sim(g, inf, 0.01, 1000, rng()) }},
		{"SimulateProbPositive", "invalid model", Err, func() Out { return sim(bad, 0, 0.01, 1000, rng()) }},
		{"SimulateProbPositive", "no draw in the band", Err, func() Out { return sim(g, 5, 0.01, 1000, rng()) }},
		{"SimulateProbPositive", "band NaN", Panic, func() Out { return sim(g, 0, nan, 1000, rng()) }},
		{"SimulateProbPositive", "n 0", Panic, func() Out { return sim(g, 0, 0.01, 0, rng()) }},
		{"SimulateProbPositive", "nil src", Panic, func() Out { return sim(g, 0, 0.01, 10, nil) }},
		{"SimulateProbPositive", "within 4 s.e. of ProbPositive", Value, func() Out {
			o := sim(g, -0.1, 0.01, 400000, rng())
			if o.Err != nil {
				return o
			}
			return o.Check(cond(math.Abs(o.Vals[0]-g.ProbPositive(-0.1)) < 4*o.Vals[1], "more than 4 standard errors from the closed form"))
		}},
		{"Parametric.Payoff", "nil Rho", Panic, func() Out { m, _ := payoff.Parametric{NormalModel: g}.Payoff(0); return one(m) }},
		{"Parametric.Payoff", "Rho(rs) NaN", NaNWhy, func() Out {
			m, clipped := payoff.Parametric{NormalModel: g, Rho: func(float64) float64 { return nan }}.Payoff(0)
			o := Doc("Rho(rs) NaN", m)
			return o.Check(cond(!clipped, "a NaN correlation reported as clipped"))
		}},
		{"Parametric.Payoff", "invalid model", Panic, func() Out { m, _ := payoff.Parametric{NormalModel: bad, Rho: par.Rho}.Payoff(0); return one(m) }},
		{"Parametric.Payoff", "constant Rho is the Gaussian payoff", Value, func() Out {
			m, _ := payoff.Parametric{NormalModel: g, Rho: func(float64) float64 { return -0.3 }}.Payoff(-0.1)
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
	for _, name := range []string{"NormalModel.Beta", "NormalModel.Alpha", "NormalModel.Payoff", "NormalModel.CondVar", "NormalModel.ProbPositive", "NormalModel.CriticalRho", "NormalModel.Breakeven"} {
		rows = append(rows, Case{name, "invalid model (SigmaS 0)", Panic, func() Out {
			switch name {
			case "NormalModel.Beta":
				return one(bad.Beta())
			case "NormalModel.Alpha":
				return one(bad.Alpha())
			case "NormalModel.Payoff":
				return one(bad.Payoff(0))
			case "NormalModel.CondVar":
				return one(bad.CondVar())
			case "NormalModel.ProbPositive":
				return one(bad.ProbPositive(0))
			case "NormalModel.CriticalRho":
				return one(bad.CriticalRho(0))
			}
			return one(bad.Breakeven())
		}})
	}
	return rows
}
