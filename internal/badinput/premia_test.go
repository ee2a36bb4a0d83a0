package badinput

import (
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/sbcorr/premia"
)

// premiaExempt are the exported functions of package premia without rows.
var premiaExempt = map[string]string{}

// withWhy is the outcome of a series with reasons as strings.
func withWhy(v []float64, why []string) Out { return Out{Vals: v, Why: why} }

// premiaRows are the rows of package premia: the premia are homogeneous of
// degree 1 in the volatilities (scaling them by k scales the premia by k),
// the break-even, hedge-bound and implied correlations give back the
// premium they are defined by, risk contributions sum to the volatility.
func premiaRows() []Case {
	p := premia.Mix{XS: 0.6, VolS: 0.15, VolB: 0.04, Corr: -0.25, SR: 0.3}
	corr3 := mat.NewSymDense(3, []float64{1, 0.3, -0.2, 0.3, 1, 0.1, -0.2, 0.1, 1})
	x3, v3 := []float64{0.5, 0.3, 0.2}, []float64{0.15, 0.1, 0.04}
	mkt, _ := premia.NewMarket(x3, v3, corr3, 0.3)
	nm := func(x, v []float64, c mat.Symmetric, sr float64) Out {
		m, err := premia.NewMarket(x, v, c, sr)
		if err != nil {
			return Nums(err)
		}
		return Nums(nil, m.Premia()...)
	}
	sbPremia := func(p premia.Mix) Out {
		e, b, err := p.Premia()
		return Nums(err, e.Variance, e.Covariance, b.Variance, b.Covariance)
	}
	base := sbPremia(p).Vals
	basePi := mkt.Premia()
	one := func(v ...float64) Out { return Nums(nil, v...) }
	var nilSym *mat.SymDense
	rows := []Case{
		{"NewMarket", "weights sum to 0.9", Err, func() Out { return nm([]float64{0.5, 0.3, 0.1}, v3, corr3, 0.3) }},
		{"NewMarket", "NaN weight", Err, func() Out { return nm(With(x3, 0, nan), v3, corr3, 0.3) }},
		{"NewMarket", "+Inf volatility", Err, func() Out { return nm(x3, With(v3, 1, inf), corr3, 0.3) }},
		{"NewMarket", "negative volatility", Err, func() Out { return nm(x3, With(v3, 1, -0.1), corr3, 0.3) }},
		{"NewMarket", "SR 0", Err, func() Out { return nm(x3, v3, corr3, 0) }},
		{"NewMarket", "SR NaN", Err, func() Out { return nm(x3, v3, corr3, nan) }},
		{"NewMarket", "corr not PSD", Err, func() Out {
			return nm(x3, v3, mat.NewSymDense(3, []float64{1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1}), 0.3)
		}},
		{"NewMarket", "corr with NaN", Err, func() Out { return nm(x3, v3, mat.NewSymDense(3, []float64{1, nan, 0, nan, 1, 0, 0, 0, 1}), 0.3) }},
		{"NewMarket", "zero volatilities", Err, func() Out { return nm(x3, make([]float64, 3), corr3, 0.3) }},
		{"NewMarket", "volatilities 1e200 (variance overflows)", Err, func() Out { return nm(x3, Scale(v3, 1e200), corr3, 0.3) }},
		{"NewMarket", "nil corr", Panic, func() Out { return nm(x3, v3, nil, 0.3) }},
		{"NewMarket", "nil *SymDense corr", Panic, func() Out { return nm(x3, v3, nilSym, 0.3) }},
		{"NewMarket", "2 weights, 3 assets", Panic, func() Out { return nm(x3[:2], v3, corr3, 0.3) }},
		{"NewMarket", "empty", Panic, func() Out { return nm(nil, nil, mat.NewSymDense(1, nil), 0.3) }},
		{"Market.N", "3 assets", Value, func() Out { return Same(one(float64(mkt.N())), []float64{3}, 0) }},
		{"Market.SR", "as given", Value, func() Out { return Same(one(mkt.SR()), []float64{0.3}, 0) }},
		{"Market.Cov", "rho sigma sigma", Value, func() Out { return Same(one(mkt.Cov().At(0, 2)), []float64{-0.2 * 0.15 * 0.04}, 1e-15) }},
		{"Market.Volatility", "= sum of the risk contributions", Value, func() Out {
			return Same(one(mkt.Volatility()), []float64{sum(mkt.RiskContributions())}, 1e-15)
		}},
		{"Market.RiskContributions", "x_i marginal vol_i", Value, func() Out {
			mv := mkt.MarginalVols()
			return Same(one(mkt.RiskContributions()...), []float64{0.5 * mv[0], 0.3 * mv[1], 0.2 * mv[2]}, 1e-15)
		}},
		{"Market.MarginalVols", "premia = SR marginal vols", Value, func() Out { return Same(one(mkt.MarginalVols()...), Scale(basePi, 1/0.3), 1e-14) }},
		{"Market.Premia", "order of the assets permuted", Value, func() Out {
			perm := mat.NewSymDense(3, []float64{1, -0.2, 0.3, -0.2, 1, 0.1, 0.3, 0.1, 1})
			o := nm([]float64{0.5, 0.2, 0.3}, []float64{0.15, 0.04, 0.1}, perm, 0.3)
			return Same(o, []float64{basePi[0], basePi[2], basePi[1]}, 1e-15)
		}},
		{"Market.PremiaSplit", "parts sum to the premia", Value, func() Out {
			v, c := mkt.PremiaSplit()
			return Same(one(v[0]+c[0], v[1]+c[1], v[2]+c[2]), basePi, 1e-15)
		}},
		{"Market.DPremiumDCorr", "central difference", Value, func() Out {
			const h = 1e-6
			pi := func(r float64) float64 {
				c := mat.NewSymDense(3, nil)
				c.CopySym(corr3)
				c.SetSym(0, 1, r)
				m, _ := premia.NewMarket(x3, v3, c, 0.3)
				return m.Premia()[2]
			}
			return Same(one(mkt.DPremiumDCorr(2, 0, 1)), []float64{(pi(0.3+h) - pi(0.3-h)) / (2 * h)}, 1e-8)
		}},
		{"Market.DPremiumDCorr", "j = k", Panic, func() Out { return one(mkt.DPremiumDCorr(0, 1, 1)) }},
		{"Market.DPremiumDCorr", "index 3", Panic, func() Out { return one(mkt.DPremiumDCorr(3, 0, 1)) }},
		{"Market.DPremiumDCorr", "index -1", Panic, func() Out { return one(mkt.DPremiumDCorr(0, -1, 1)) }},
		{"Market.ImpliedCorr", "target NaN", Err, func() Out { r, err := mkt.ImpliedCorr(2, 0, nan); return Nums(err, r.Corr) }},
		{"Market.ImpliedCorr", "target +Inf", Err, func() Out { r, err := mkt.ImpliedCorr(2, 0, inf); return Nums(err, r.Corr) }},
		{"Market.ImpliedCorr", "i = j", Panic, func() Out { r, err := mkt.ImpliedCorr(1, 1, 0.01); return Nums(err, r.Corr) }},
		{"Market.ImpliedCorr", "gives the target premium", Value, func() Out {
			r, err := mkt.ImpliedCorr(2, 0, 0.005)
			if err != nil {
				return Nums(err)
			}
			c := mat.NewSymDense(3, nil)
			c.CopySym(corr3)
			c.SetSym(2, 0, r.Corr)
			m, _ := premia.NewMarket(x3, v3, c, 0.3)
			return Same(one(m.Premia()[2]), []float64{0.005}, 1e-14)
		}},
		{"Market.Premia", "nil market", Panic, func() Out { var m *premia.Market; return one(m.Premia()...) }},
		{"Market.Volatility", "nil market", Panic, func() Out { var m *premia.Market; return one(m.Volatility()) }},
		{"Mix.Premia", "Corr 1.5", Err, func() Out { q := p; q.Corr = 1.5; return sbPremia(q) }},
		{"Mix.Premia", "VolB NaN", Err, func() Out { q := p; q.VolB = nan; return sbPremia(q) }},
		{"Mix.Premia", "SR +Inf", Err, func() Out { q := p; q.SR = inf; return sbPremia(q) }},
		{"Mix.Premia", "XS NaN", Err, func() Out { q := p; q.XS = nan; return sbPremia(q) }},
		{"Mix.Premia", "zero portfolio volatility", Err, func() Out { q := p; q.XS, q.VolS = 1, 0; return sbPremia(q) }},
		{"Mix.Premia", "= the Market's", Value, func() Out {
			m, _ := premia.NewMarket([]float64{0.6, 0.4}, []float64{0.15, 0.04}, mat.NewSymDense(2, []float64{1, -0.25, -0.25, 1}), 0.3)
			pi := m.Premia()
			return Same(one(base[0]+base[1], base[2]+base[3]), pi, 1e-15)
		}},
		{"Mix.Check", "valid", Value, func() Out { return Nums(p.Check()).Check("") }},
		{"Mix.Check", "VolS -Inf", Err, func() Out { q := p; q.VolS = ninf; return Nums(q.Check()) }},
		{"Mix.Volatility", "= Market's", Value, func() Out {
			m, _ := premia.NewMarket([]float64{0.6, 0.4}, []float64{0.15, 0.04}, mat.NewSymDense(2, []float64{1, -0.25, -0.25, 1}), 0.3)
			return Same(one(p.Volatility()), []float64{m.Volatility()}, 1e-15)
		}},
		{"Mix.Volatility", "Corr NaN", NaNWhy, func() Out { q := p; q.Corr = nan; return Doc("an input NaN", q.Volatility()) }},
		{"Mix.BondPremiumAt", "rho 2", NaNWhy, func() Out { return Doc("|rho| > 1", p.BondPremiumAt(2)) }},
		{"Mix.BondPremiumAt", "rho NaN", NaNWhy, func() Out { return Doc("rho NaN", p.BondPremiumAt(nan)) }},
		{"Mix.BondPremiumAt", "at the break-even: 0", Value, func() Out {
			r, _ := p.BreakEvenCorr()
			return Same(one(p.BondPremiumAt(r)), []float64{0}, 1e-15)
		}},
		{"Mix.BreakEvenCorr", "-17.78% for 60/40, 15%, 4%", Value, func() Out {
			r, err := premia.Mix{XS: 0.6, VolS: 0.15, VolB: 0.04, SR: 0.3}.BreakEvenCorr()
			return Same(Nums(err, r), []float64{-0.4 / 0.6 * 0.04 / 0.15}, 1e-15)
		}},
		{"Mix.BreakEvenCorr", "XS 0", Err, func() Out { q := p; q.XS = 0; r, err := q.BreakEvenCorr(); return Nums(err, r) }},
		{"BreakEvenCorr", "xS NaN", Err, func() Out { r, err := premia.BreakEvenCorr(nan, 0.15, 0.04); return Nums(err, r) }},
		{"BreakEvenCorr", "volS 0", Err, func() Out { r, err := premia.BreakEvenCorr(0.6, 0, 0.04); return Nums(err, r) }},
		{"BreakEvenCorr", "volB +Inf", Err, func() Out { r, err := premia.BreakEvenCorr(0.6, 0.15, inf); return Nums(err, r) }},
		{"BreakEvenCorr", "xS 1.5", Err, func() Out { r, err := premia.BreakEvenCorr(1.5, 0.15, 0.04); return Nums(err, r) }},
		{"BreakEvenCorr", "vols scaled by 1e-300 and 1e300", Value, func() Out {
			a, err1 := premia.BreakEvenCorr(0.6, 0.15e-300, 0.04e-300)
			b, err2 := premia.BreakEvenCorr(0.6, 0.15e300, 0.04e300)
			want, _ := premia.BreakEvenCorr(0.6, 0.15, 0.04)
			return Same(Nums(errOr(err1, err2), a, b), []float64{want, want}, 1e-15)
		}},
		{"MaxHedgeBondWeight", "corr +Inf", Err, func() Out { w, err := premia.MaxHedgeBondWeight(inf, 0.15, 0.04); return Nums(err, w) }},
		{"MaxHedgeBondWeight", "corr NaN", Err, func() Out { w, err := premia.MaxHedgeBondWeight(nan, 0.15, 0.04); return Nums(err, w) }},
		{"MaxHedgeBondWeight", "volB 0", Err, func() Out { w, err := premia.MaxHedgeBondWeight(-0.25, 0.15, 0); return Nums(err, w) }},
		{"MaxHedgeBondWeight", "48.39% (Figure 3): the bond premium is 0 there", Value, func() Out {
			w, err := premia.MaxHedgeBondWeight(-0.25, 0.15, 0.04)
			q := p
			q.XS = 1 - w
			return Same(Nums(err, q.BondPremiumAt(-0.25)), []float64{0}, 1e-15)
		}},
		{"Mix.DBondPremiumDVolB", "central difference", Value, func() Out {
			const h = 1e-7
			up, dn := p, p
			up.VolB += h
			dn.VolB -= h
			_, bu, _ := up.Premia()
			_, bd, _ := dn.Premia()
			d, err := p.DBondPremiumDVolB()
			return Same(Nums(err, d), []float64{(bu.Total() - bd.Total()) / (2 * h)}, 1e-7)
		}},
		{"Mix.DBondPremiumDVolB", "SR 0", Err, func() Out { q := p; q.SR = 0; d, err := q.DBondPremiumDVolB(); return Nums(err, d) }},
		{"Mix.ImpliedCorr", "gives the target", Value, func() Out {
			r, err := p.ImpliedCorr(0.005)
			return Same(Nums(err, p.BondPremiumAt(r)), []float64{0.005}, 1e-14)
		}},
		{"Mix.ImpliedCorr", "target NaN", Err, func() Out { r, err := p.ImpliedCorr(nan); return Nums(err, r) }},
		{"Mix.ImpliedCorr", "target unreachable (1.0)", Err, func() Out { r, err := p.ImpliedCorr(1); return Nums(err, r) }},
		{"Premium.Total", "Variance + Covariance", Value, func() Out {
			return Same(one(premia.Premium{Variance: 0.01, Covariance: -0.004}.Total()), []float64{0.006}, 1e-17)
		}},
		{"Premium.Total", "NaN part", NaNWhy, func() Out { return Doc("a NaN part", premia.Premium{Variance: nan}.Total()) }},
		{"CheckWeights", "sum 1 + 1e-7", Err, func() Out { return Nums(premia.CheckWeights([]float64{0.5, 0.5 + 1e-7})) }},
		{"CheckWeights", "-Inf and +Inf", Err, func() Out { return Nums(premia.CheckWeights([]float64{ninf, inf, 1})) }},
		{"CheckWeights", "empty", Err, func() Out { return Nums(premia.CheckWeights(nil)) }},
		{"CheckWeights", "shorts summing to 1", Value, func() Out { return Nums(premia.CheckWeights([]float64{1.5, -0.5})).Check("") }},
		{"CheckVols", "NaN", Err, func() Out { return Nums(premia.CheckVols([]float64{0.1, nan})) }},
		{"CheckVols", "zero and 1e300", Value, func() Out { return Nums(premia.CheckVols([]float64{0, 1e300})).Check("") }},
		{"CheckCorr", "diagonal 0.9", Err, func() Out { return Nums(premia.CheckCorr(mat.NewSymDense(2, []float64{0.9, 0, 0, 1}))) }},
		{"CheckCorr", "+Inf entry", Err, func() Out { return Nums(premia.CheckCorr(mat.NewSymDense(2, []float64{1, inf, inf, 1}))) }},
		{"CheckCorr", "nil", Panic, func() Out { return Nums(premia.CheckCorr(nil)) }},
		{"CheckCorr", "valid", Value, func() Out { return Nums(premia.CheckCorr(corr3)).Check("") }},
		{"Cov", "nil corr", Panic, func() Out { return one(premia.Cov(v3, nil).At(0, 0)) }},
		{"Cov", "2 vols for 3x3", Panic, func() Out { return one(premia.Cov(v3[:2], corr3).At(0, 0)) }},
		{"Cov", "NaN vol: NaN row and column", NaNWhy, func() Out {
			c := premia.Cov(With(v3, 1, nan), corr3)
			return Doc("a NaN volatility", c.At(0, 1), c.At(1, 1), c.At(0, 2))
		}},
		{"RiskContributions", "sum to the volatility", Value, func() Out {
			rc := premia.RiskContributions(x3, mkt.Cov())
			return Same(one(sum(rc)), []float64{mkt.Volatility()}, 1e-15)
		}},
		{"RiskContributions", "zero covariance", NaNWhy, func() Out { return Doc("sigma(x) = 0", premia.RiskContributions(x3, mat.NewSymDense(3, nil))...) }},
		{"RiskContributions", "nil cov", Panic, func() Out { return one(premia.RiskContributions(x3, nil)...) }},
		{"RiskContributions", "2 weights for 3x3", Panic, func() Out { return one(premia.RiskContributions(x3[:2], corr3)...) }},
	}
	for _, k := range []float64{1e-150, 1e-100, 1e100, 1e150} {
		rows = append(rows,
			Case{"Mix.Premia", "vols scaled by " + g(k), Value, func() Out {
				q := p
				q.VolS, q.VolB = p.VolS*k, p.VolB*k
				o := sbPremia(q)
				for i := range o.Vals {
					o.Vals[i] /= k
				}
				return Same(o, base, 1e-14)
			}},
			Case{"NewMarket", "vols scaled by " + g(k), Value, func() Out {
				o := nm(x3, Scale(v3, k), corr3, 0.3)
				for i := range o.Vals {
					o.Vals[i] /= k
				}
				return Same(o, basePi, 1e-14)
			}},
		)
	}
	return append(rows, premiaSeriesRows(p)...)
}

// errOr returns the first non-nil error.
func errOr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// sum returns the sum of v.
func sum(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

// premiaSeriesRows are the rows of the series functions of package premia:
// NaN with a reason where an input is NaN or invalid, and the scalar
// function's value elsewhere.
func premiaSeriesRows(p premia.Mix) []Case {
	rs, rb := Returns(120, 16)
	n := 5
	xs, vs, vb, cr := slices.Repeat([]float64{0.6}, n), slices.Repeat([]float64{0.15}, n), slices.Repeat([]float64{0.04}, n), slices.Repeat([]float64{-0.25}, n)
	sbs := func(xs, vs, vb, cr []float64, sr float64) Out {
		s := premia.MixHistory(xs, vs, vb, cr, sr)
		return withWhy(s.BondTotal(), s.Reason)
	}
	_, b, _ := p.Premia()
	be, _ := p.BreakEvenCorr()
	ic, _ := p.ImpliedCorr(0.005)
	ri := func(rs, rb []float64, w int, ppy float64) Out {
		volS, volB, corr := premia.RollingInputs(rs, rb, w, ppy)
		why := sbcorr.RollingWhy(rs, rb, w, w)
		whyS, whyB := sbcorr.RollingWhy(rs, nil, w, w), sbcorr.RollingWhy(rb, nil, w, w)
		return Reasons(slices.Concat(volS, volB, corr), slices.Concat(whyS, whyB, why))
	}
	return []Case{
		{"MixHistory", "NaN volatility at t=2", NaNWhy, func() Out {
			return Same(sbs(xs, With(vs, 2, nan), vb, cr, 0.3), With(slices.Repeat([]float64{b.Total()}, n), 2, nan), 1e-15)
		}},
		{"MixHistory", "correlation 1.5 at t=1", NaNWhy, func() Out { return sbs(xs, vs, vb, With(cr, 1, 1.5), 0.3) }},
		{"MixHistory", "+Inf weight at t=0", NaNWhy, func() Out { return sbs(With(xs, 0, inf), vs, vb, cr, 0.3) }},
		{"MixHistory", "sr 0", NaNWhy, func() Out { return sbs(xs, vs, vb, cr, 0) }},
		{"MixHistory", "mismatched lengths", Panic, func() Out { return sbs(xs, vs[:2], vb, cr, 0.3) }},
		{"MixHistory", "empty", Value, func() Out { o := sbs(nil, nil, nil, nil, 0.3); return o.Check(lenIs(o, 0)) }},
		{"History.EquityTotal", "= StockBond.Premia", Value, func() Out {
			e, _, _ := p.Premia()
			return Same(Nums(nil, premia.MixHistory(xs, vs, vb, cr, 0.3).EquityTotal()...), slices.Repeat([]float64{e.Total()}, n), 1e-15)
		}},
		{"History.BondTotal", "empty series", Value, func() Out { o := Nums(nil, premia.History{}.BondTotal()...); return o.Check(lenIs(o, 0)) }},
		{"BreakEvenSeries", "NaN weight at t=3", NaNWhy, func() Out {
			v, why := premia.BreakEvenSeries(With(xs, 3, nan), vs, vb)
			return Same(withWhy(v, why), With(slices.Repeat([]float64{be}, n), 3, nan), 1e-15)
		}},
		{"BreakEvenSeries", "volS 0 at t=1", NaNWhy, func() Out { v, why := premia.BreakEvenSeries(xs, With(vs, 1, 0), vb); return withWhy(v, why) }},
		{"BreakEvenSeries", "mismatched lengths", Panic, func() Out { v, why := premia.BreakEvenSeries(xs, vs[:1], vb); return withWhy(v, why) }},
		{"ImpliedCorrSeries", "NaN correlation start at t=4", NaNWhy, func() Out {
			v, why := premia.ImpliedCorrSeries(xs, vs, vb, With(cr, 4, nan), 0.3, 0.005)
			return Same(withWhy(v, why), With(slices.Repeat([]float64{ic}, n), 4, nan), 1e-12)
		}},
		{"ImpliedCorrSeries", "target NaN", NaNWhy, func() Out { v, why := premia.ImpliedCorrSeries(xs, vs, vb, cr, 0.3, nan); return withWhy(v, why) }},
		{"ImpliedCorrSeries", "target unreachable", NaNWhy, func() Out { v, why := premia.ImpliedCorrSeries(xs, vs, vb, cr, 0.3, 1); return withWhy(v, why) }},
		{"ImpliedCorrSeries", "mismatched lengths", Panic, func() Out { v, why := premia.ImpliedCorrSeries(xs, vs, vb, cr[:1], 0.3, 0.01); return withWhy(v, why) }},
		{"RollingInputs", "NaN at t=50: reasons of sbcorr.RollingWhy", NaNWhy, func() Out { return ri(With(rs, 50, nan), rb, 36, 12) }},
		{"RollingInputs", "+Inf in rb at t=50", NaNWhy, func() Out { return ri(rs, With(rb, 50, inf), 36, 12) }},
		{"RollingInputs", "window > n", NaNWhy, func() Out { return ri(rs[:10], rb[:10], 36, 12) }},
		{"RollingInputs", "window 1", Panic, func() Out { return ri(rs, rb, 1, 12) }},
		{"RollingInputs", "mismatched lengths", Panic, func() Out { return ri(rs, rb[:5], 36, 12) }},
		{"RollingInputs", "periodsPerYear NaN", Panic, func() Out { return ri(rs, rb, 36, nan) }},
		{"RollingInputs", "returns scaled by 1e300: vols scale, corr does not", Value, func() Out {
			a, b, c := premia.RollingInputs(rs, rb, 36, 12)
			o := ri(Scale(rs, 1e300), rb, 36, 12)
			n := len(rs)
			for i := 0; i < n; i++ {
				o.Vals[i] /= 1e300
			}
			return o.Check(Close(o.Vals, slices.Concat(a, b, c), 1e-12))
		}},
	}
}
