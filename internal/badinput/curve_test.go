package badinput

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/stockbond/sbcorr/sbcorr/curve"
)

// curveExempt are the exported functions of package curve without rows.
var curveExempt = map[string]string{}

var (
	// curveM are the maturities (years) of the matrix's curves.
	curveM = []float64{0.25, 0.5, 1, 2, 3, 5, 7, 10, 20, 30}
	// curveTrue is the Svensson curve they are drawn from.
	curveTrue = curve.Svensson{B0: 0.045, B1: -0.02, B2: 0.01, B3: 0.01, Tau1: 1.5, Tau2: 8}
)

// curveYields returns curveTrue's zero rates (par yields when par) at
// curveM plus seeded noise of 2 bp.
func curveYields(par bool) []float64 {
	rng := rand.New(rand.NewPCG(11, 2))
	y := make([]float64, len(curveM))
	for i, m := range curveM {
		y[i] = curveTrue.Rate(m)
		if par {
			y[i] = curve.ParYield(curveTrue, m)
		}
		y[i] += 0.0002 * rng.NormFloat64()
	}
	return y
}

// curveRows are the rows of package curve.
func curveRows() []Case {
	rows := curveFitRows()
	rows = append(rows, curveFuncRows()...)
	return append(rows, acmRows()...)
}

// curveFitRows are the rows of the fitters and Bootstrap: a NaN yield is
// skipped (the fit equals the one without the point), an infinite yield, a
// NaN, infinite, non-positive, unsorted, duplicate or absurd maturity and
// too few points are errors, unequal lengths panic; a zero-rate fit of
// yields shifted by 1% moves B0 by 1% and nothing else.
func curveFitRows() []Case {
	zy, py := curveYields(false), curveYields(true)
	ns := func(m, y []float64, o curve.FitOptions) Out {
		p, d, err := curve.FitNelsonSiegel(m, y, o)
		return Nums(err, p.B0, p.B1, p.B2, p.Tau, d.RMSE)
	}
	sv := func(m, y []float64, o curve.FitOptions) Out {
		p, d, err := curve.FitSvensson(m, y, o)
		return Nums(err, p.B0, p.B1, p.B2, p.B3, p.Tau1, p.Tau2, d.RMSE)
	}
	hist := func(m []float64, ys [][]float64) Out {
		ps, ds, errs := curve.FitSvenssonHistory(m, ys, curve.FitOptions{}, 2)
		var v []float64
		for i := range ps {
			if errs[i] != nil {
				return Nums(errs[i])
			}
			v = append(v, ps[i].B0, ps[i].Tau1, ds[i].RMSE)
		}
		return Nums(nil, v...)
	}
	boot := func(m, y []float64) Out {
		c, err := curve.Bootstrap(m, y)
		return Nums(err, c.Z...)
	}
	zopt, popt := curve.FitOptions{}, curve.FitOptions{Target: curve.ParYields}
	type fitter struct {
		name string
		f    func(m, y []float64) Out
	}
	var rows []Case
	for _, f := range []fitter{
		{"FitNelsonSiegel", func(m, y []float64) Out { return ns(m, y, zopt) }},
		{"FitSvensson", func(m, y []float64) Out { return sv(m, y, popt) }},
		{"FitSvenssonHistory", func(m, y []float64) Out { return hist(m, [][]float64{y}) }},
		{"Bootstrap", boot},
	} {
		y := py
		if f.name == "FitNelsonSiegel" {
			y = zy
		}
		unsorted := slices.Clone(curveM)
		unsorted[3], unsorted[4] = unsorted[4], unsorted[3]
		dup := With(curveM, 4, curveM[3])
		rows = append(rows,
			Case{f.name, "+Inf yield", Err, func() Out { return f.f(curveM, With(y, 3, inf)) }},
			Case{f.name, "-Inf yield", Err, func() Out { return f.f(curveM, With(y, 0, ninf)) }},
			Case{f.name, "NaN maturity", Err, func() Out { return f.f(With(curveM, 2, nan), y) }},
			Case{f.name, "+Inf maturity", Err, func() Out { return f.f(With(curveM, 9, inf), y) }},
			Case{f.name, "maturity 1e12", Err, func() Out { return f.f(With(curveM, 9, 1e12), y) }},
			Case{f.name, "maturity 0", Err, func() Out { return f.f(With(curveM, 0, 0), y) }},
			Case{f.name, "maturity -1", Err, func() Out { return f.f(With(curveM, 0, -1), y) }},
			Case{f.name, "unsorted maturities", Err, func() Out { return f.f(unsorted, y) }},
			Case{f.name, "duplicate maturity", Err, func() Out { return f.f(dup, y) }},
			Case{f.name, "empty", Err, func() Out { return f.f(nil, nil) }},
			Case{f.name, "all NaN", Err, func() Out { return f.f(curveM, Scale(y, nan)) }},
			Case{f.name, "yield 1e300", Err, func() Out { return f.f(curveM, With(y, 3, 1e300)) }},
			Case{f.name, "NaN yield is skipped", Value, func() Out {
				want := f.f(slices.Delete(slices.Clone(curveM), 4, 5), slices.Delete(slices.Clone(y), 4, 5))
				return Same(f.f(curveM, With(y, 4, nan)), want.Vals, 1e-12)
			}},
		)
		if f.name != "FitSvenssonHistory" {
			rows = append(rows, Case{f.name, "mismatched lengths", Panic, func() Out { return f.f(curveM, y[:5]) }})
		}
		if f.name != "Bootstrap" {
			rows = append(rows,
				Case{f.name, "length 2", Err, func() Out { return f.f(curveM[:2], y[:2]) }},
				Case{f.name, "yield -1e300", Err, func() Out { return f.f(curveM, With(y, 3, -1e300)) }})
		} else {
			rows = append(rows,
				Case{f.name, "yield -100%", Err, func() Out { return f.f(curveM, With(y, 3, -1)) }},
				Case{f.name, "one point: a flat curve", Value, func() Out {
					o := f.f(curveM[7:8], y[7:8])
					want := 2 * math.Log1p(y[7]/2)
					for i := range o.Vals {
						o.Vals[i] -= want
					}
					return Same(o, make([]float64, len(o.Vals)), 1e-15)
				}})
		}
	}
	shifted := func(o Out) Out { // the NS fit of zy + 1%, with B0 - 1%
		if o.Err == nil {
			o.Vals[0] -= 0.01
		}
		return o
	}
	base := ns(curveM, zy, zopt).Vals
	return append(rows,
		Case{"FitNelsonSiegel", "zero rates shifted by 1%", Value, func() Out {
			return Same(shifted(ns(curveM, shiftedBy(zy, 0.01), zopt)), base, 1e-9)
		}},
		Case{"FitNelsonSiegel", "options TauMin > TauMax", Panic, func() Out { return ns(curveM, zy, curve.FitOptions{TauMin: 5, TauMax: 1}) }},
		Case{"FitNelsonSiegel", "options TauMax NaN", Panic, func() Out { return ns(curveM, zy, curve.FitOptions{TauMax: nan}) }},
		Case{"FitNelsonSiegel", "fixed tau of the wrong count", Panic, func() Out { return ns(curveM, zy, curve.FitOptions{Tau: []float64{1, 2}}) }},
		Case{"FitNelsonSiegel", "fixed tau NaN", Err, func() Out { return ns(curveM, zy, curve.FitOptions{Tau: []float64{nan}}) }},
		Case{"FitNelsonSiegel", "fixed tau -1", Err, func() Out { return ns(curveM, zy, curve.FitOptions{Tau: []float64{-1}}) }},
		Case{"FitSvensson", "options Grid 1", Panic, func() Out { return sv(curveM, py, curve.FitOptions{Grid: 1}) }},
		Case{"FitSvensson", "options MinTauRatio 1", Panic, func() Out { return sv(curveM, py, curve.FitOptions{MinTauRatio: 1}) }},
		Case{"FitSvensson", "unknown Kind", Panic, func() Out { return sv(curveM, py, curve.FitOptions{Target: 7}) }},
		Case{"FitSvensson", "5 points", Err, func() Out { return sv(curveM[:5], py[:5], popt) }},
		Case{"FitSvenssonHistory", "a row of the wrong length", Panic, func() Out { return hist(curveM, [][]float64{py, py[:3]}) }},
		Case{"FitSvenssonHistory", "no rows", Value, func() Out { o := hist(curveM, nil); return o.Check(lenIs(o, 0)) }},
		Case{"FitSvenssonHistory", "nil row", Panic, func() Out { return hist(curveM, [][]float64{nil}) }},
		Case{"FitSvenssonHistory", "equals FitSvensson", Value, func() Out {
			p, d, err := curve.FitSvensson(curveM, py, zopt)
			return Same(hist(curveM, [][]float64{py}), Nums(err, p.B0, p.Tau1, d.RMSE).Vals, 0)
		}},
	)
}

// shiftedBy returns v + c (no NaN handling needed: v is finite).
func shiftedBy(v []float64, c float64) []float64 { return shifted(v, c) }

// curveFuncRows are the rows of the curve functions and models.
func curveFuncRows() []Case {
	ns := curve.NelsonSiegel{B0: 0.04, B1: -0.02, B2: 0.01, Tau: 2}
	nodes := curve.Nodes{T: []float64{0.5, 1, 2, 5}, Z: []float64{0.01, 0.015, 0.02, 0.03}}
	flat := curve.Nodes{T: []float64{1}, Z: []float64{0.03}}
	one := func(v float64) Out { return Nums(nil, v) }
	var rows []Case
	for _, c := range []struct {
		name string
		z    curve.Zero
		long float64 // the rate at infinite maturity
	}{{"NelsonSiegel.Rate", ns, ns.B0}, {"Svensson.Rate", curveTrue, curveTrue.B0}, {"Nodes.Rate", nodes, 0.03}} {
		rows = append(rows,
			Case{c.name, "t NaN", NaNWhy, func() Out { return Doc("maturity NaN", c.z.Rate(nan)) }},
			Case{c.name, "t -1", Panic, func() Out { return one(c.z.Rate(-1)) }},
			Case{c.name, "t -Inf", Panic, func() Out { return one(c.z.Rate(ninf)) }},
			Case{c.name, "t 1e-300 (the short end)", Value, func() Out { return Same(one(c.z.Rate(1e-300)), []float64{c.z.Rate(0)}, 1e-15) }},
			Case{c.name, "t 1e300 (the long end)", Value, func() Out { return Same(one(c.z.Rate(1e300)), []float64{c.long}, 1e-15) }},
		)
	}
	for _, bad := range []float64{0, -1, nan} {
		rows = append(rows,
			Case{"NelsonSiegel.Rate", "Tau " + g(bad), Panic, func() Out { return one(curve.NelsonSiegel{B0: 0.04, Tau: bad}.Rate(1)) }},
			Case{"Svensson.Rate", "Tau2 " + g(bad), Panic, func() Out { return one(curve.Svensson{B0: 0.04, Tau1: 1, Tau2: bad}.Rate(1)) }},
		)
	}
	rows = append(rows,
		Case{"Nodes.Rate", "no node", Panic, func() Out { return one(curve.Nodes{}.Rate(1)) }},
		Case{"Nodes.Rate", "T and Z of different lengths", Panic, func() Out { return one(curve.Nodes{T: []float64{1, 2}, Z: []float64{0.01}}.Rate(1)) }},
		Case{"Nodes.Rate", "unsorted T", Panic, func() Out { return one(curve.Nodes{T: []float64{2, 1, 3}, Z: []float64{0.01, 0.02, 0.03}}.Rate(1.5)) }},
		Case{"Nodes.Rate", "duplicate T", Panic, func() Out { return one(curve.Nodes{T: []float64{1, 1, 3}, Z: []float64{0.01, 0.02, 0.03}}.Rate(2)) }},
		Case{"Nodes.Rate", "NaN in Z", NaNWhy, func() Out {
			return Doc("a NaN node rate", curve.Nodes{T: []float64{1, 2}, Z: []float64{nan, 0.02}}.Rate(1.5))
		}},
		Case{"Linear", "x NaN", NaNWhy, func() Out { return Doc("x NaN", curve.Linear([]float64{1, 2}, []float64{3, 4}, nan)) }},
		Case{"Linear", "empty", Panic, func() Out { return one(curve.Linear(nil, nil, 1)) }},
		Case{"Linear", "mismatched lengths", Panic, func() Out { return one(curve.Linear([]float64{1, 2}, []float64{3}, 1)) }},
		Case{"Linear", "unsorted xs", Panic, func() Out { return one(curve.Linear([]float64{2, 1, 3}, []float64{3, 4, 5}, 1.5)) }},
		Case{"Linear", "duplicate xs", Panic, func() Out { return one(curve.Linear([]float64{1, 1, 3}, []float64{3, 4, 5}, 2)) }},
		Case{"Linear", "NaN in xs", Panic, func() Out { return one(curve.Linear([]float64{1, nan, 3}, []float64{3, 4, 5}, 2)) }},
		Case{"Linear", "x +Inf: flat", Value, func() Out { return Same(one(curve.Linear([]float64{1, 2}, []float64{3, 4}, inf)), []float64{4}, 0) }},
		Case{"Linear", "xs scaled by 1e300 and 1e-300", Value, func() Out {
			a := curve.Linear([]float64{1e300, 1.5e300}, []float64{3, 4}, 1.25e300)
			b := curve.Linear([]float64{1e-300, 1.5e-300}, []float64{3, 4}, 1.25e-300)
			return Same(Nums(nil, a, b), []float64{3.5, 3.5}, 1e-15)
		}},
		Case{"Discount", "t 0", Value, func() Out { return Same(one(curve.Discount(ns, 0)), []float64{1}, 0) }},
		Case{"Discount", "t NaN", NaNWhy, func() Out { return Doc("maturity NaN", curve.Discount(ns, nan)) }},
		Case{"Discount", "t -1", Panic, func() Out { return one(curve.Discount(ns, -1)) }},
		Case{"Discount", "nil curve", Panic, func() Out { return one(curve.Discount(nil, 1)) }},
		Case{"Discount", "flat 3% at 10 years", Value, func() Out { return Same(one(curve.Discount(flat, 10)), []float64{math.Exp(-0.3)}, 1e-15) }},
		Case{"Discount", "t 1e300 (underflows to 0)", Value, func() Out { return Same(one(curve.Discount(flat, 1e300)), []float64{0}, 0) }},
		Case{"Forward", "flat curve", Value, func() Out { return Same(one(curve.Forward(flat, 2, 7)), []float64{0.03}, 1e-15) }},
		Case{"Forward", "t1 = t2", Panic, func() Out { return one(curve.Forward(flat, 2, 2)) }},
		Case{"Forward", "t1 NaN", Panic, func() Out { return one(curve.Forward(flat, nan, 2)) }},
		Case{"Forward", "t2 NaN", Panic, func() Out { return one(curve.Forward(flat, 1, nan)) }},
		Case{"Forward", "t2 +Inf", Panic, func() Out { return one(curve.Forward(flat, 1, inf)) }},
		Case{"Forward", "nil curve", Panic, func() Out { return one(curve.Forward(nil, 1, 2)) }},
		Case{"ParYield", "flat curve, 10 years", Value, func() Out { return Same(one(curve.ParYield(flat, 10)), []float64{2 * math.Expm1(0.015)}, 1e-14) }},
		Case{"ParYield", "flat curve, 3 months (bill)", Value, func() Out {
			return Same(one(curve.ParYield(flat, 0.25)), []float64{math.Expm1(0.03*0.25) / 0.25}, 1e-14)
		}},
		Case{"ParYield", "m 0", Panic, func() Out { return one(curve.ParYield(flat, 0)) }},
		Case{"ParYield", "m NaN", Panic, func() Out { return one(curve.ParYield(flat, nan)) }},
		Case{"ParYield", "m 1e9", Panic, func() Out { return one(curve.ParYield(flat, 1e9)) }},
		Case{"ParYield", "nil curve", Panic, func() Out { return one(curve.ParYield(nil, 1)) }},
		Case{"ParYield", "m 1e-300", Value, func() Out { return Same(one(curve.ParYield(flat, 1e-300)), []float64{0.03}, 1e-14) }},
		Case{"ContinuousToAnnual", "round trip", Value, func() Out {
			return Same(Nums(nil, curve.AnnualToContinuous(curve.ContinuousToAnnual(0.05)), curve.ContinuousToAnnual(1e-300)), []float64{0.05, 1e-300}, 1e-16)
		}},
		Case{"ContinuousToAnnual", "NaN", NaNWhy, func() Out { return Doc("rate NaN", curve.ContinuousToAnnual(nan)) }},
		Case{"ContinuousToAnnual", "+Inf and -Inf: their limits", Value, func() Out {
			return Same(Nums(nil, curve.ContinuousToAnnual(inf), curve.ContinuousToAnnual(ninf)), []float64{inf, -1}, 0)
		}},
		Case{"AnnualToContinuous", "NaN", NaNWhy, func() Out { return Doc("rate NaN", curve.AnnualToContinuous(nan)) }},
		Case{"AnnualToContinuous", "y -1: -Inf", Value, func() Out { return Same(one(curve.AnnualToContinuous(-1)), []float64{ninf}, 0) }},
		Case{"AnnualToContinuous", "y -2", NaNWhy, func() Out {
			return Doc("a rate at or below -100% has no continuous equivalent", curve.AnnualToContinuous(-2))
		}},
		Case{"AnnualToContinuous", "y 1e-300", Value, func() Out { return Same(one(curve.AnnualToContinuous(1e-300)), []float64{1e-300}, 0) }},
	)
	return rows
}

// acmYields returns T months of zero rates at maturities 1..M months from a
// Svensson curve whose level, slope and curvature follow seeded AR(1)s.
func acmYields(T, M int) [][]float64 {
	rng := rand.New(rand.NewPCG(13, 5))
	p := curveTrue
	var curves []curve.Zero
	for range T {
		p.B0 += 0.1*(curveTrue.B0-p.B0) + 0.002*rng.NormFloat64()
		p.B1 += 0.1*(curveTrue.B1-p.B1) + 0.003*rng.NormFloat64()
		p.B2 += 0.1*(curveTrue.B2-p.B2) + 0.003*rng.NormFloat64()
		q := p
		q.B0 += 0.0001 * rng.NormFloat64() // pricing noise
		curves = append(curves, q)
	}
	return curve.MonthlyGrid(curves, M)
}

// acmRows are the rows of FitACM, its methods and MonthlyGrid.
func acmRows() []Case {
	y := acmYields(120, 60)
	opt := curve.ACMOptions{K: 3}
	fit := func(y [][]float64, o curve.ACMOptions) Out {
		m, err := curve.FitACM(y, o)
		if err != nil {
			return Nums(err)
		}
		return Nums(nil, m.TermPremium(60)...)
	}
	model, _ := curve.FitACM(y, opt)
	withCell := func(v float64) [][]float64 {
		out := make([][]float64, len(y))
		for i := range y {
			out[i] = y[i]
		}
		out[50] = With(y[50], 10, v)
		return out
	}
	var nilACM *curve.ACM
	grid := func(cs []curve.Zero, M int) Out {
		var v []float64
		for _, r := range curve.MonthlyGrid(cs, M) {
			v = append(v, r...)
		}
		return Nums(nil, v...)
	}
	return []Case{
		{"FitACM", "NaN yield", Err, func() Out { return fit(withCell(nan), opt) }},
		{"FitACM", "+Inf yield", Err, func() Out { return fit(withCell(inf), opt) }},
		{"FitACM", "no rows", Err, func() Out { return fit(nil, opt) }},
		{"FitACM", "4K+1 rows", Err, func() Out { return fit(y[:13], opt) }},
		{"FitACM", "empty rows", Err, func() Out { return fit([][]float64{{}, {}}, opt) }},
		{"FitACM", "rows of different lengths", Panic, func() Out { return fit([][]float64{y[0], y[1][:5]}, opt) }},
		{"FitACM", "PC maturity 61 of 60", Panic, func() Out { return fit(y, curve.ACMOptions{K: 3, PCMaturities: []int{3, 12, 61}}) }},
		{"FitACM", "K -1", Panic, func() Out { return fit(y, curve.ACMOptions{K: -1}) }},
		{"FitACM", "constant yields (singular)", Err, func() Out {
			c := make([][]float64, 120)
			for i := range c {
				c[i] = y[0]
			}
			return fit(c, opt)
		}},
		{"ACM.Yield", "maturity 0", Panic, func() Out { return Nums(nil, model.Yield(0)...) }},
		{"ACM.Yield", "maturity 61 of 60", Panic, func() Out { return Nums(nil, model.Yield(61)...) }},
		{"ACM.Yield", "nil model", Panic, func() Out { return Nums(nil, nilACM.Yield(12)...) }},
		{"ACM.Yield", "fits the data within 10 bp", Value, func() Out {
			got := model.Yield(24)
			worst := 0.0
			for t := range got {
				worst = math.Max(worst, math.Abs(got[t]-y[t][23]))
			}
			return Nums(nil, got...).Check(cond(worst < 0.001, "model yields more than 10 bp from the data"))
		}},
		{"ACM.RiskNeutralYield", "maturity -1", Panic, func() Out { return Nums(nil, model.RiskNeutralYield(-1)...) }},
		{"ACM.RiskNeutralYield", "nil model", Panic, func() Out { return Nums(nil, nilACM.RiskNeutralYield(12)...) }},
		{"ACM.RiskNeutralYield", "finite", Value, func() Out {
			o := Nums(nil, model.RiskNeutralYield(60)...)
			return o.Check(cond(finite(o.Vals...), "non-finite"))
		}},
		{"ACM.TermPremium", "= Yield - RiskNeutralYield", Value, func() Out {
			want, rn := model.Yield(36), model.RiskNeutralYield(36)
			for i := range want {
				want[i] -= rn[i]
			}
			return Same(Nums(nil, model.TermPremium(36)...), want, 0)
		}},
		{"ACM.TermPremium", "nil model", Panic, func() Out { return Nums(nil, nilACM.TermPremium(12)...) }},
		{"MonthlyGrid", "M -1", Panic, func() Out { return grid([]curve.Zero{curveTrue}, -1) }},
		{"MonthlyGrid", "nil curve", Panic, func() Out { return grid([]curve.Zero{nil}, 12) }},
		{"MonthlyGrid", "nil Svensson pointer", Panic, func() Out { var p *curve.Svensson; return grid([]curve.Zero{p}, 12) }},
		{"MonthlyGrid", "M 0 and no curves", Value, func() Out {
			o := grid([]curve.Zero{curveTrue}, 0)
			return o.Check(cond(len(o.Vals) == 0 && len(curve.MonthlyGrid(nil, 12)) == 0, "values from nothing"))
		}},
		{"MonthlyGrid", "rates of the curve", Value, func() Out {
			return Same(grid([]curve.Zero{curveTrue}, 2), []float64{curveTrue.Rate(1.0 / 12), curveTrue.Rate(2.0 / 12)}, 0)
		}},
	}
}
