package badinput

import (
	"math"

	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/sbcorr/macro"
)

// macroExempt are the exported functions of package macro without rows.
var macroExempt = map[string]string{}

// macroRows are the rows of package macro: invalid parameters are errors
// (Validate and the functions returning an error) or named panics (methods
// without an error channel); the correlations of both models do not depend
// on the units of the volatilities; the decompositions add up to the
// correlation.
func macroRows() []Case {
	rows := liRows()
	rows = append(rows, giRows()...)
	return append(rows, macroStatsRows()...)
}

// liRows are the rows of the Li model and its Monte Carlo.
func liRows() []Case {
	m := macro.LiDefault()
	base, _ := m.Correlation()
	one := func(v ...float64) Out { return Nums(nil, v...) }
	corr := func(m macro.Li) Out { r, err := m.Correlation(); return Nums(err, r) }
	bad := map[string]macro.Li{
		"N 0": m.With(macro.VelR, 0.5), "VelR 1": m.With(macro.VelR, 1), "VelPi NaN": m.With(macro.VelPi, nan),
		"SigmaR -0.01": m.With(macro.SigmaR, -0.01), "SigmaDelta +Inf": m.With(macro.SigmaDelta, inf),
		"RhoRPi 1.5": m.With(macro.RhoRPi, 1.5), "shock correlations not PD": m.With(macro.RhoRPi, 0.9).With(macro.RhoRDelta, -0.9).With(macro.RhoPiDelta, 0.9),
		"zero volatilities": m.With(macro.SigmaR, 0).With(macro.SigmaPi, 0).With(macro.SigmaDelta, 0),
	}
	n0 := bad["N 0"]
	n0.N = 0
	bad["N 0"] = n0
	sim := func(p macro.LiPriors, draws int) Out {
		s, err := macro.SimulateLi(p, macro.MonteCarlo{Draws: draws, Seed: 1, Workers: 2})
		if err != nil {
			return Nums(err)
		}
		return Nums(nil, s.ProbNegative())
	}
	s, _ := macro.SimulateLi(macro.LiPaperPriors(), macro.MonteCarlo{Draws: 20000, Seed: 3, Workers: 2})
	var nilSim *macro.LiSimulation
	var rows []Case
	for name, b := range bad {
		validate := Case{"Li.Validate", name, Err, func() Out { return Nums(b.Validate()) }}
		if name == "zero volatilities" { // valid parameters whose variances are 0
			validate = Case{"Li.Validate", name, Value, func() Out { return Nums(b.Validate()).Check("") }}
		}
		rows = append(rows, validate,
			Case{"Li.Correlation", name, Err, func() Out { return corr(b) }},
			Case{"Li.Moments", name, Err, func() Out { mo, err := b.Moments(); return Nums(err, mo.Rho) }},
			Case{"Li.Decompose", name, Err, func() Out { d, err := b.Decompose(); return Nums(err, d.Rates) }},
		)
		if name != "zero volatilities" { // parameters a model rejects by Validate
			rows = append(rows,
				Case{"Li.Exposures", name, Panic, func() Out { xb, xs := b.Exposures(); return one(xb[0], xb[1], xs[0], xs[2]) }},
				Case{"Li.ShockCov", name, Panic, func() Out { c := b.ShockCov(); return one(c[0][0], c[0][1]) }},
			)
		}
	}
	for _, k := range []float64{1e-300, 1e-150, 1e150} {
		rows = append(rows, Case{"Li.Correlation", "volatilities scaled by " + g(k), Value, func() Out {
			q := m.With(macro.SigmaR, m.SigmaR*k).With(macro.SigmaPi, m.SigmaPi*k).With(macro.SigmaDelta, m.SigmaDelta*k)
			return Same(corr(q), []float64{base}, 1e-14)
		}})
	}
	return append(rows,
		Case{"LiDefault", "valid", Value, func() Out { return Nums(macro.LiDefault().Validate()).Check("") }},
		Case{"LiNegativeDefault", "valid, negative velocities", Value, func() Out {
			n := macro.LiNegativeDefault()
			r, err := n.Correlation()
			return Nums(err, r).Check(cond(n.VelR < 0 && n.VelPi < 0 && n.VelDelta < 0 && math.Abs(r) < 1, "not the negative-velocity model"))
		}},
		Case{"Li.Moments", "Rho = Cov / sqrt(VarB VarS)", Value, func() Out {
			mo, err := m.Moments()
			return Same(Nums(err, mo.Rho), []float64{mo.Cov / math.Sqrt(mo.VarB*mo.VarS)}, 1e-15)
		}},
		Case{"Li.Exposures", "x_S(pi) = 1", Value, func() Out { _, xs := m.Exposures(); return Same(one(xs[1]), []float64{1}, 0) }},
		Case{"Li.ShockCov", "diagonal sigma^2", Value, func() Out {
			c := m.ShockCov()
			return Same(one(c[0][0], c[1][1], c[2][2]), []float64{m.SigmaR * m.SigmaR, m.SigmaPi * m.SigmaPi, m.SigmaDelta * m.SigmaDelta}, 0)
		}},
		Case{"Li.Decompose", "terms add up to rho in correlation units", Value, func() Out {
			d, err := m.Decompose()
			c := d.Corr()
			return Same(Nums(err, c.Rates+c.Inflation+c.InflationDividend, c.RatesTwo+c.InflationTwo), []float64{base, base}, 1e-14)
		}},
		Case{"LiDecomposition.Corr", "zero decomposition (not from Decompose)", NaNWhy, func() Out {
			c := macro.LiDecomposition{}.Corr()
			return Doc("a zero variance", c.Rates, c.Inflation)
		}},
		Case{"Li.With", "unknown parameter", Panic, func() Out { return one(m.With(99, 1).SigmaR) }},
		Case{"Li.With", "sets one parameter", Value, func() Out { return Same(one(m.With(macro.SigmaPi, 0.07).SigmaPi), []float64{0.07}, 0) }},
		Case{"Li.Sensitivity", "NaN value", Err, func() Out { v, err := m.Sensitivity(macro.SigmaPi, []float64{0.01, nan}); return Nums(err, v...) }},
		Case{"Li.Sensitivity", "velocity 1", Err, func() Out { v, err := m.Sensitivity(macro.VelPi, []float64{1}); return Nums(err, v...) }},
		Case{"Li.Sensitivity", "unknown parameter", Panic, func() Out { v, err := m.Sensitivity(-1, []float64{0.1}); return Nums(err, v...) }},
		Case{"Li.Sensitivity", "no values", Value, func() Out {
			v, err := m.Sensitivity(macro.SigmaPi, nil)
			o := Nums(err, v...)
			return o.Check(lenIs(o, 0))
		}},
		Case{"Li.Sensitivity", "= Correlation", Value, func() Out {
			v, err := m.Sensitivity(macro.SigmaPi, []float64{m.SigmaPi})
			return Same(Nums(err, v...), []float64{base}, 0)
		}},
		Case{"Li.CorrelationCurve", "unknown parameter", Panic, func() Out { return one(m.CorrelationCurve(99)(0.01)) }},
		Case{"Li.CorrelationCurve", "velocity 1 (unit root)", NaNWhy, func() Out {
			return Doc("the model is invalid there (Validate)", m.CorrelationCurve(macro.VelR)(1))
		}},
		Case{"Li.CorrelationCurve", "NaN value", NaNWhy, func() Out {
			return Doc("the model is invalid there (Validate)", m.CorrelationCurve(macro.SigmaPi)(nan))
		}},
		Case{"Li.CorrelationCurve", "= Correlation", Value, func() Out {
			return Same(one(m.CorrelationCurve(macro.SigmaPi)(m.SigmaPi)), []float64{base}, 0)
		}},
		Case{"LiParam.String", "LiParam(99)", Value, func() Out { s := macro.LiParam(99).String(); return one().Check(cond(s == "LiParam(99)", "got "+s)) }},
		Case{"LiPaperTables", "every base model valid", Value, func() Out {
			wrong := ""
			for _, t := range macro.LiPaperTables() {
				if err := t.Base.Validate(); err != nil {
					wrong = t.Name + ": " + err.Error()
				}
			}
			return one().Check(wrong)
		}},
		Case{"LiPaperPriors", "valid", Value, func() Out { return Nums(macro.LiPaperPriors().Validate()).Check("") }},
		Case{"LiPriors.With", "unknown parameter", Panic, func() Out { return one(macro.LiPaperPriors().With(99, 0, 1).Params[0].Lo) }},
		Case{"LiPriors.With", "sets one prior", Value, func() Out {
			return Same(one(macro.LiPaperPriors().With(macro.SigmaPi, 0.02, 0.1).Params[macro.SigmaPi].Hi), []float64{0.1}, 0)
		}},
		Case{"LiPriors.Validate", "Lo > Hi", Err, func() Out { return Nums(macro.LiPaperPriors().With(macro.SigmaR, 0.02, 0.01).Validate()) }},
		Case{"LiPriors.Validate", "velocity up to 1", Err, func() Out { return Nums(macro.LiPaperPriors().With(macro.VelR, 0.1, 1).Validate()) }},
		Case{"LiPriors.Validate", "NaN bound", Err, func() Out { return Nums(macro.LiPaperPriors().With(macro.RhoRPi, nan, 0).Validate()) }},
		Case{"LiPriors.Validate", "volatility up to +Inf", Err, func() Out { return Nums(macro.LiPaperPriors().With(macro.SigmaR, 0, inf).Validate()) }},
		Case{"SimulateLi", "invalid priors", Err, func() Out { return sim(macro.LiPaperPriors().With(macro.SigmaR, -1, 0), 10) }},
		Case{"SimulateLi", "0 draws", Err, func() Out { return sim(macro.LiPaperPriors(), 0) }},
		Case{"SimulateLi", "independent of the workers", Value, func() Out {
			a, _ := macro.SimulateLi(macro.LiPaperPriors(), macro.MonteCarlo{Draws: 20000, Seed: 3, Workers: 1})
			return Same(one(s.ProbNegative(), float64(s.Invalid)), []float64{a.ProbNegative(), float64(a.Invalid)}, 0)
		}},
		Case{"LiSimulation.ProbNegative", "no valid draw", NaNWhy, func() Out { return Doc("no valid draw", (&macro.LiSimulation{Rho: []float64{nan}}).ProbNegative()) }},
		Case{"LiSimulation.ProbNegative", "nil simulation", Panic, func() Out { return one(nilSim.ProbNegative()) }},
		Case{"LiSimulation.ProbNegative", "= ConditionalMeans(-Inf, 0) count share", Value, func() Out {
			c := s.ConditionalMeans(ninf, math.Nextafter(0, -1))
			return Same(one(s.ProbNegative()), []float64{float64(c.Count) / float64(20000-s.Invalid)}, 1e-15)
		}},
		Case{"LiSimulation.ConditionalMeans", "lo > hi", NaNWhy, func() Out { c := s.ConditionalMeans(0.5, -0.5); return Doc("no draw qualifies", c.Rho) }},
		Case{"LiSimulation.ConditionalMeans", "lo NaN", NaNWhy, func() Out { c := s.ConditionalMeans(nan, 1); return Doc("no draw qualifies", c.Rho) }},
		Case{"LiSimulation.ConditionalMeans", "nil simulation", Panic, func() Out { c := nilSim.ConditionalMeans(-1, 1); return one(c.Rho) }},
		Case{"LiSimulation.ConditionalMeans", "terms add up to rho", Value, func() Out {
			c := s.ConditionalMeans(ninf, inf)
			return Same(one(c.Rates+c.Inflation+c.InflationDividend), []float64{c.Rho}, 1e-13)
		}},
	)
}

// giRows are the rows of the growth-inflation model.
func giRows() []Case {
	m := macro.GrowthInflationStandard()
	base, _ := m.Correlation()
	one := func(v ...float64) Out { return Nums(nil, v...) }
	bad := map[string]macro.GrowthInflation{
		"BetaSG NaN": m.With(macro.BetaSG, nan), "Phi -1": m.With(macro.Phi, -1), "Phi +Inf": m.With(macro.Phi, inf),
		"RhoGPi 1.5": m.With(macro.RhoGPi, 1.5), "BetaBPi -Inf": m.With(macro.BetaBPi, ninf),
	}
	var rows []Case
	for name, b := range bad {
		rows = append(rows,
			Case{"GrowthInflation.Validate", name, Err, func() Out { return Nums(b.Validate()) }},
			Case{"GrowthInflation.Correlation", name, Err, func() Out { r, err := b.Correlation(); return Nums(err, r) }},
			Case{"GrowthInflation.Moments", name, Err, func() Out { mo, err := b.Moments(0.01); return Nums(err, mo.Rho) }},
			Case{"GrowthInflation.Threshold", name, Err, func() Out { t, err := b.Threshold(); return Nums(err, t) }},
			Case{"GrowthInflation.Signs", name, Panic, func() Out { a, c, d := b.Signs(); return one(float64(a), float64(c), float64(d)) }},
		)
	}
	for _, k := range []float64{1e-100, 1e100} {
		rows = append(rows, Case{"GrowthInflation.Moments", "sigma_pi " + g(k) + ": same rho", Value, func() Out {
			mo, err := m.Moments(k)
			return Same(Nums(err, mo.Rho), []float64{base}, 1e-14)
		}})
	}
	return append(rows,
		Case{"GrowthInflationStandard", "valid", Value, func() Out { return Nums(macro.GrowthInflationStandard().Validate()).Check("") }},
		Case{"GrowthInflation.Moments", "sigma_pi 0", Err, func() Out { mo, err := m.Moments(0); return Nums(err, mo.Rho) }},
		Case{"GrowthInflation.Moments", "sigma_pi NaN", Err, func() Out { mo, err := m.Moments(nan); return Nums(err, mo.Rho) }},
		Case{"GrowthInflation.Moments", "components sum to Cov", Value, func() Out {
			mo, err := m.Moments(0.02)
			return Same(Nums(err, mo.Growth+mo.Inflation+mo.Cross), []float64{mo.Cov}, 1e-15)
		}},
		Case{"GrowthInflation.Moments", "zero variance", Err, func() Out {
			z := macro.GrowthInflation{Phi: 1}
			mo, err := z.Moments(0.02)
			return Nums(err, mo.Rho)
		}},
		Case{"GrowthInflation.Threshold", "beta_B_pi 0", Err, func() Out { t, err := m.With(macro.BetaBPi, 0).Threshold(); return Nums(err, t) }},
		Case{"GrowthInflation.Threshold", "|beta_Spi beta_Bg / beta_Bpi|", Value, func() Out {
			t, err := m.Threshold()
			return Same(Nums(err, t), []float64{math.Abs(m.BetaSPi * m.BetaBG / m.BetaBPi)}, 0)
		}},
		Case{"GrowthInflation.Signs", "of the components", Value, func() Out {
			mo, _ := m.Moments(1)
			a, b, c := m.Signs()
			sg := func(x float64) float64 { return float64(int(math.Copysign(1, x)) * int(b2f(x != 0))) }
			return Same(one(float64(a), float64(b), float64(c)), []float64{sg(mo.Growth), sg(mo.Inflation), sg(mo.Cross)}, 0)
		}},
		Case{"GrowthInflation.With", "unknown parameter", Panic, func() Out { return one(m.With(6, 1).Phi) }},
		Case{"GrowthInflation.With", "sets one parameter", Value, func() Out { return Same(one(m.With(macro.Phi, 2).Phi), []float64{2}, 0) }},
		Case{"GrowthInflation.Curve", "rho 1.5 in the sweep", Err, func() Out { v, err := m.Curve(macro.RhoGPi, []float64{0, 1.5}); return Nums(err, v...) }},
		Case{"GrowthInflation.Curve", "unknown parameter", Panic, func() Out { v, err := m.Curve(9, []float64{0}); return Nums(err, v...) }},
		Case{"GrowthInflation.Curve", "= Correlation", Value, func() Out {
			v, err := m.Curve(macro.Phi, []float64{m.Phi})
			return Same(Nums(err, v...), []float64{base}, 0)
		}},
		Case{"GIParam.String", "GIParam(9)", Value, func() Out { s := macro.GIParam(9).String(); return one().Check(cond(s == "GIParam(9)", "got "+s)) }},
		Case{"GIParam.TeX", "GIParam(9): String's name", Value, func() Out { s := macro.GIParam(9).TeX(); return one().Check(cond(s == "GIParam(9)", "got "+s)) }},
		Case{"GIParam.TeX", "GIParam(-1): String's name", Value, func() Out {
			s := macro.GIParam(-1).TeX()
			return one().Check(cond(s == macro.GIParam(-1).String(), "got "+s))
		}},
	)
}

// macroStatsRows are the rows of the growth-inflation statistics, the
// level changes, the splice and the regressions.
func macroStatsRows() []Case {
	g0, p0 := Returns(80, 30)
	one := func(v ...float64) Out { return Nums(nil, v...) }
	gis := func(g, p []float64) Out {
		s, err := macro.DescribeGrowthInflation(g, p)
		return Nums(err, s.SigmaG, s.SigmaPi, s.Rho, s.Phi)
	}
	rgi := func(g, p []float64, w int) Out {
		r, err := macro.RollingGrowthInflation(g, p, w)
		if err != nil {
			return Nums(err)
		}
		why := sbcorr.RollingWhy(g, p, w, w)
		o := Reasons(r.Rho, why)
		for t := range r.Phi { // Phi is NaN where sigma_pi is 0 or undefined
			if math.IsNaN(r.Phi[t]) != math.IsNaN(r.Rho[t]) && o.Wrong == "" {
				o.Checked, o.Wrong = true, "Phi and Rho disagree on NaN at "+g2(t)
			}
		}
		return o
	}
	base := gis(g0, p0).Vals
	level := make([]float64, 40)
	for i := range level {
		level[i] = 100 * math.Pow(1.01, float64(i))
	}
	change := func(x []float64, h int) Out {
		return Doc("the first h values, or a NaN, infinite or non-positive level", macro.Change(x, h)...)
	}
	splice := func(e, l []float64) Out {
		v, err := macro.RatioSplice(e, l)
		return Doc("late NaN after the splice, or early NaN before it", v...).withErr(err)
	}
	reg := func(y []float64, f []macro.Factor) Out {
		r, err := macro.Regress(y, f, nil)
		if err != nil {
			return Nums(err)
		}
		return Nums(nil, r.OLSFit.Coef...)
	}
	var nilReg *macro.Regression
	rows := []Case{
		{"DescribeGrowthInflation", "NaN", Err, func() Out { return gis(With(g0, 3, nan), p0) }},
		{"DescribeGrowthInflation", "+Inf", Err, func() Out { return gis(g0, With(p0, 3, inf)) }},
		{"DescribeGrowthInflation", "2 observations", Err, func() Out { return gis(g0[:2], p0[:2]) }},
		{"DescribeGrowthInflation", "constant inflation", Err, func() Out { return gis(g0, make([]float64, 80)) }},
		{"DescribeGrowthInflation", "mismatched lengths", Panic, func() Out { return gis(g0, p0[:4]) }},
		{"DescribeGrowthInflation", "dates permuted", Value, func() Out { return Same(gis(Permute(g0, 2), Permute(p0, 2)), base, 1e-13) }},
		{"DescribeGrowthInflation", "growth scaled by 1e-300", Value, func() Out {
			o := gis(Scale(g0, 1e-300), p0)
			if o.Err == nil {
				o.Vals[0] /= 1e-300
				o.Vals[3] /= 1e-300
			}
			return Same(o, base, 1e-12)
		}},
		{"RollingGrowthInflation", "NaN at t=30: reasons of sbcorr.RollingWhy", NaNWhy, func() Out { return rgi(With(g0, 30, nan), p0, 16) }},
		{"RollingGrowthInflation", "constant inflation window", NaNWhy, func() Out {
			p := append([]float64(nil), p0...)
			for t := 20; t < 40; t++ {
				p[t] = 0.02
			}
			return rgi(g0, p, 16)
		}},
		{"RollingGrowthInflation", "shorter than the window", Err, func() Out { return rgi(g0[:10], p0[:10], 16) }},
		{"RollingGrowthInflation", "window 1", Panic, func() Out { return rgi(g0, p0, 1) }},
		{"RollingGrowthInflation", "mismatched lengths", Panic, func() Out { return rgi(g0, p0[:20], 16) }},
		{"Change", "h 0", Panic, func() Out { return change(level, 0) }},
		{"Change", "NaN level", NaNWhy, func() Out { return change(With(level, 5, nan), 1) }},
		{"Change", "+Inf level", NaNWhy, func() Out { return change(With(level, 5, inf), 1) }},
		{"Change", "zero level", NaNWhy, func() Out { return change(With(level, 5, 0), 1) }},
		{"Change", "levels scaled by 1e-300: the same changes", NaNWhy, func() Out {
			return Same(change(Scale(level, 1e-300), 12), macro.Change(level, 12), 1e-12)
		}},
		{"Change", "h > n: all NaN", NaNWhy, func() Out { return change(level[:3], 5) }},
		{"LevelVol", "window 1", Panic, func() Out { c, v := macro.LevelVol(level, 1, 1); return one(append(c, v...)...) }},
		{"LevelVol", "h 0", Panic, func() Out { c, v := macro.LevelVol(level, 0, 4); return one(append(c, v...)...) }},
		{"LevelVol", "NaN level: vol reasons of sbcorr.RollingWhy", NaNWhy, func() Out {
			c, v := macro.LevelVol(With(level, 10, nan), 1, 4)
			return Reasons(v, sbcorr.RollingWhy(c, nil, 4, 4))
		}},
		{"RatioSplice", "+Inf at the splice", Err, func() Out { return splice(With(level, 10, inf), append(Scale(level[:10], nan), level[10:]...)) }},
		{"RatioSplice", "late never defined", Err, func() Out { return splice(level, Scale(level, nan)) }},
		{"RatioSplice", "early 0 at the splice", Err, func() Out { return splice(With(level, 10, 0), append(Scale(level[:10], nan), level[10:]...)) }},
		{"RatioSplice", "+Inf in late", Err, func() Out { return splice(level, With(level, 20, inf)) }},
		{"RatioSplice", "mismatched lengths", Panic, func() Out { return splice(level, level[:5]) }},
		{"RatioSplice", "NaN early before the splice", NaNWhy, func() Out {
			return splice(With(level, 2, nan), append(Scale(level[:10], nan), Scale(level[10:], 2)...))
		}},
		{"RatioSplice", "early growth kept, late level", Value, func() Out {
			return Same(splice(level, append(Scale(level[:10], nan), Scale(level[10:], 2)...)), Scale(level, 2), 1e-13)
		}},
		{"Regress", "NaN rows dropped", Value, func() Out {
			want := reg(p0[1:], fac(g0[1:])).Vals
			return Same(reg(With(p0, 0, nan), fac(g0)), want, 1e-12)
		}},
		{"Regress", "too few rows", Err, func() Out { return reg(p0[:2], fac(g0[:2])) }},
		{"Regress", "constant y", Err, func() Out { return reg(make([]float64, 80), fac(g0)) }},
		{"Regress", "factor of another length", Panic, func() Out { return reg(p0, fac(g0[:5])) }},
		{"Regress", "nil factor values", Panic, func() Out { return reg(p0, fac(nil)) }},
		{"Regress", "every row NaN", Err, func() Out { return reg(Scale(p0, nan), fac(g0)) }},
		{"Regress", "factor scaled by 1e-300", Value, func() Out {
			o := reg(p0, fac(Scale(g0, 1e-300)))
			if o.Err == nil {
				o.Vals[1] *= 1e-300
			}
			return Same(o, reg(p0, fac(g0)).Vals, 1e-10)
		}},
		{"Regression.Coef", "unknown name", Value, func() Out {
			r, _ := macro.Regress(p0, fac(g0), nil)
			c, p, ok := r.Coef("x")
			return one().Check(cond(!ok && math.IsNaN(c) && math.IsNaN(p), "an unknown name gave a number"))
		}},
		{"Regression.Coef", "const is Coef[0]", Value, func() Out {
			r, _ := macro.Regress(p0, fac(g0), nil)
			c, _, _ := r.Coef("const")
			return Same(one(c), []float64{r.OLSFit.Coef[0]}, 0)
		}},
		{"Regression.Coef", "nil regression", Panic, func() Out { c, _, _ := nilReg.Coef("const"); return one(c) }},
		{"Stars", "thresholds", Value, func() Out {
			s := macro.Stars(0.005) + "|" + macro.Stars(0.01) + "|" + macro.Stars(0.07) + "|" + macro.Stars(0.5)
			return one().Check(cond(s == "***|**|*|", "got "+s))
		}},
		{"Stars", "p NaN: no stars (documented)", Value, func() Out { s := macro.Stars(nan); return one().Check(cond(s == "", "got "+s)) }},
		{"Stars", "p -0.1", Panic, func() Out { return one().Check(macro.Stars(-0.1)) }},
		{"PaperHorizons", "1M to 5Y", Value, func() Out {
			var v []float64
			for _, h := range macro.PaperHorizons() {
				v = append(v, float64(h.Months))
			}
			return Same(one(v...), []float64{1, 12, 24, 36, 60}, 0)
		}},
	}
	return rows
}

// g2 formats an int.
func g2(i int) string { return g(float64(i)) }

// fac is the one factor "g" with values v.
func fac(v []float64) []macro.Factor { return []macro.Factor{{Name: "g", Values: v}} }
