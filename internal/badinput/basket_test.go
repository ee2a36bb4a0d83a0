package badinput

import (
	"math"
	"slices"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/sbcorr/basket"
)

// basketExempt are the exported functions of package basket without rows.
var basketExempt = map[string]string{}

// basketRows are the rows of package basket: the basket's metrics agree
// with their definitions (Corr = sum omega rho, DR = Leverage, EquivalentBets
// = 1/H, ...), volatilities of any magnitude give the same correlations and
// weights, permuting the stocks permutes the weights, the estimator is
// invariant to the order of the dates and to shifts of the returns.
func basketRows() []Case {
	w, v := []float64{0.5, 0.3, 0.2}, []float64{0.2, 0.3, 0.25}
	corr := mat.NewSymDense(3, []float64{1, 0.5, 0.4, 0.5, 1, 0.3, 0.4, 0.3, 1})
	cb := []float64{-0.2, -0.1, 0.05}
	b, _ := basket.New(w, v, corr, cb)
	nb := func(w, v []float64, c mat.Symmetric, cb []float64) Out {
		b, err := basket.New(w, v, c, cb)
		if err != nil {
			return Nums(err)
		}
		return Nums(nil, append([]float64{b.Corr(), b.Vol()}, b.Omega()...)...)
	}
	base := nb(w, v, corr, cb).Vals
	one := func(v ...float64) Out { return Nums(nil, v...) }
	var nilB *basket.Basket
	rows := []Case{
		{"New", "weights sum to 1.1", Err, func() Out { return nb([]float64{0.6, 0.3, 0.2}, v, corr, cb) }},
		{"New", "NaN volatility", Err, func() Out { return nb(w, With(v, 1, nan), corr, cb) }},
		{"New", "+Inf volatility", Err, func() Out { return nb(w, With(v, 1, inf), corr, cb) }},
		{"New", "bond correlation 1.2", Err, func() Out { return nb(w, v, corr, With(cb, 0, 1.2)) }},
		{"New", "bond correlation NaN", Err, func() Out { return nb(w, v, corr, With(cb, 0, nan)) }},
		{"New", "joint matrix not PSD", Err, func() Out { return nb(w, v, corr, []float64{-0.9, 0.9, 0.9}) }},
		{"New", "zero volatilities", Err, func() Out { return nb(w, make([]float64, 3), corr, cb) }},
		{"New", "nil corr", Panic, func() Out { return nb(w, v, nil, cb) }},
		{"New", "2 bond correlations for 3 stocks", Panic, func() Out { return nb(w, v, corr, cb[:2]) }},
		{"New", "empty", Panic, func() Out { return nb(nil, nil, mat.NewSymDense(1, nil), nil) }},
		{"New", "stocks permuted", Value, func() Out {
			c := mat.NewSymDense(3, []float64{1, 0.4, 0.3, 0.4, 1, 0.5, 0.3, 0.5, 1}) // order 3, 1, 2
			o := nb([]float64{0.2, 0.5, 0.3}, []float64{0.25, 0.2, 0.3}, c, []float64{0.05, -0.2, -0.1})
			return Same(o, []float64{base[0], base[1], base[4], base[2], base[3]}, 1e-15)
		}},
		{"Basket.Corr", "sum omega rho", Value, func() Out {
			om := b.Omega()
			return Same(one(b.Corr()), []float64{om[0]*cb[0] + om[1]*cb[1] + om[2]*cb[2]}, 1e-15)
		}},
		{"Basket.Omega", "sum to the leverage", Value, func() Out { return Same(one(sum(b.Omega())), []float64{b.Leverage()}, 1e-15) }},
		{"Basket.Leverage", "= DiversificationRatio", Value, func() Out { return Same(one(b.Leverage()), []float64{b.DiversificationRatio()}, 1e-15) }},
		{"Basket.DiversificationRatio", "sum w sigma / sigma_S", Value, func() Out {
			return Same(one(b.DiversificationRatio()), []float64{(0.5*0.2 + 0.3*0.3 + 0.2*0.25) / b.Vol()}, 1e-15)
		}},
		{"Basket.Vol", "sqrt(w' Sigma w)", Value, func() Out {
			var s float64
			for i := range 3 {
				for j := range 3 {
					s += w[i] * w[j] * v[i] * v[j] * corr.At(i, j)
				}
			}
			return Same(one(b.Vol()), []float64{math.Sqrt(s)}, 1e-15)
		}},
		{"Basket.AverageCorr", "sum w rho", Value, func() Out { return Same(one(b.AverageCorr()), []float64{-0.1 - 0.03 + 0.01}, 1e-15) }},
		{"Basket.Weights", "a copy", Value, func() Out {
			c := b.Weights()
			c[0] = 9
			return Same(one(b.Weights()...), w, 0)
		}},
		{"Basket.Herfindahl", "sum w^2", Value, func() Out { return Same(one(b.Herfindahl()), []float64{0.38}, 1e-15) }},
		{"Basket.EquivalentBets", "1/H", Value, func() Out { return Same(one(b.EquivalentBets()), []float64{1 / 0.38}, 1e-15) }},
		{"Basket.CrossSectionalVol", "population sd of the vols", Value, func() Out {
			m := 0.25
			return Same(one(b.CrossSectionalVol()), []float64{math.Sqrt(((0.2-m)*(0.2-m) + (0.3-m)*(0.3-m)) / 3)}, 1e-15)
		}},
		{"Basket.Phi", "CSV / Vol", Value, func() Out { return Same(one(b.Phi()), []float64{b.CrossSectionalVol() / b.Vol()}, 1e-15) }},
		{"Basket.Concentration", "m = n: 1", Value, func() Out { return Same(one(b.Concentration(3)), []float64{1}, 1e-15) }},
		{"Basket.Concentration", "m 0", Panic, func() Out { return one(b.Concentration(0)) }},
		{"Basket.Concentration", "m 4 of 3", Panic, func() Out { return one(b.Concentration(4)) }},
		{"Basket.Eta", "alpha 1: at most n", Value, func() Out { e := b.Eta(1); return one(float64(e)).Check(cond(e >= 1 && e <= 3, "outside [1, n]")) }},
		{"Basket.Eta", "alpha 0", Panic, func() Out { return one(float64(b.Eta(0))) }},
		{"Basket.Eta", "alpha NaN", Panic, func() Out { return one(float64(b.Eta(nan))) }},
	}
	for _, m := range []string{"Corr", "Vol", "Omega", "Weights", "AverageCorr", "DiversificationRatio", "Leverage", "Herfindahl", "EquivalentBets", "CrossSectionalVol", "Phi"} {
		rows = append(rows, Case{"Basket." + m, "nil basket", Panic, func() Out { return nilBasketCall(nilB, m) }})
	}
	for _, k := range []float64{1e-300, 1e-150, 1e150} {
		rows = append(rows, Case{"New", "volatilities scaled by " + g(k), Value, func() Out {
			o := nb(w, Scale(v, k), corr, cb)
			if o.Err == nil {
				o.Vals[1] /= k
			}
			return Same(o, base, 1e-14)
		}})
	}
	rows = append(rows, estimateRows()...)
	rows = append(rows, changeRows(b)...)
	return append(rows, riskBasedRows()...)
}

// nilBasketCall calls method m of a nil basket.
func nilBasketCall(b *basket.Basket, m string) Out {
	f := map[string]func() float64{
		"Corr": b.Corr, "Vol": b.Vol, "AverageCorr": b.AverageCorr, "DiversificationRatio": b.DiversificationRatio,
		"Leverage": b.Leverage, "Herfindahl": b.Herfindahl, "EquivalentBets": b.EquivalentBets, "CrossSectionalVol": b.CrossSectionalVol, "Phi": b.Phi,
		"Omega": func() float64 { return b.Omega()[0] }, "Weights": func() float64 { return b.Weights()[0] },
	}[m]
	return Nums(nil, f())
}

// estimateRows are the rows of Estimate.
func estimateRows() []Case {
	s1, s2 := Returns(60, 20)
	s3, bond := Returns(60, 21)
	w := []float64{0.5, 0.3, 0.2}
	est := func(w []float64, st [][]float64, bond []float64, ppy float64) Out {
		b, err := basket.Estimate(w, st, bond, ppy)
		if err != nil {
			return Nums(err)
		}
		return Nums(nil, append([]float64{b.Corr(), b.Vol()}, b.Omega()...)...)
	}
	st := [][]float64{s1, s2, s3}
	base := est(w, st, bond, 12).Vals
	errSays := func(o Out, what string) Out {
		if o.Err != nil && !strings.Contains(o.Err.Error(), what) {
			return Out{Vals: []float64{0}, Checked: true, Wrong: "error " + o.Err.Error() + " does not name " + what}
		}
		return o
	}
	return []Case{
		{"Estimate", "NaN in stock 2", Err, func() Out { return errSays(est(w, [][]float64{s1, With(s2, 4, nan), s3}, bond, 12), "stock 2") }},
		{"Estimate", "+Inf in the bond", Err, func() Out { return errSays(est(w, st, With(bond, 4, inf), 12), "bond") }},
		{"Estimate", "-Inf in stock 3", Err, func() Out { return errSays(est(w, [][]float64{s1, s2, With(s3, 0, ninf)}, bond, 12), "stock 3") }},
		{"Estimate", "constant bond", Err, func() Out { return est(w, st, slices.Repeat([]float64{0.001}, 60), 12) }},
		{"Estimate", "constant stock", Err, func() Out { return est(w, [][]float64{s1, make([]float64, 60), s3}, bond, 12) }},
		{"Estimate", "2 dates", Err, func() Out { return est(w, [][]float64{s1[:2], s2[:2], s3[:2]}, bond[:2], 12) }},
		{"Estimate", "no dates", Err, func() Out { return est(w, [][]float64{nil, nil, nil}, nil, 12) }},
		{"Estimate", "returns 1e200, annualised vol overflows", Err, func() Out {
			return est(w, [][]float64{Scale(s1, 1e200), Scale(s2, 1e200), Scale(s3, 1e200)}, bond, 1e300)
		}},
		{"Estimate", "2 weights for 3 stocks", Panic, func() Out { return est(w[:2], st, bond, 12) }},
		{"Estimate", "stock of another length", Panic, func() Out { return est(w, [][]float64{s1, s2[:9], s3}, bond, 12) }},
		{"Estimate", "periodsPerYear 0", Panic, func() Out { return est(w, st, bond, 0) }},
		{"Estimate", "nil stock", Panic, func() Out { return est(w, [][]float64{s1, nil, s3}, bond, 12) }},
		{"Estimate", "dates permuted", Value, func() Out {
			p := func(v []float64) []float64 { return Permute(v, 6) }
			return Same(est(w, [][]float64{p(s1), p(s2), p(s3)}, p(bond), 12), base, 1e-13)
		}},
		{"Estimate", "returns shifted by 0.01", Value, func() Out {
			sh := func(v []float64) []float64 { return shifted(v, 0.01) }
			return Same(est(w, [][]float64{sh(s1), sh(s2), sh(s3)}, sh(bond), 12), base, 1e-12)
		}},
		{"Estimate", "returns scaled by 1e-300", Value, func() Out {
			o := est(w, [][]float64{Scale(s1, 1e-300), Scale(s2, 1e-300), Scale(s3, 1e-300)}, Scale(bond, 1e300), 12)
			if o.Err == nil {
				o.Vals[1] /= 1e-300
			}
			return Same(o, base, 1e-12)
		}},
	}
}

// changeRows are the rows of Drift, Xi and CorrChange.
func changeRows(b *basket.Basket) []Case {
	w := b.Weights()
	ret := []float64{0.02, -0.01, 0.005}
	next, _ := basket.New(basket.Drift(w, ret), []float64{0.21, 0.29, 0.26},
		mat.NewSymDense(3, []float64{1, 0.5, 0.4, 0.5, 1, 0.3, 0.4, 0.3, 1}), []float64{-0.25, -0.1, 0.1})
	one := func(v ...float64) Out { return Nums(nil, v...) }
	return []Case{
		{"Drift", "weights still sum to 1", Value, func() Out { return Same(one(sum(basket.Drift(w, ret))), []float64{1}, 1e-15) }},
		{"Drift", "NaN return", NaNWhy, func() Out { return Doc("a NaN return", basket.Drift(w, With(ret, 1, nan))...) }},
		{"Drift", "+Inf return", NaNWhy, func() Out { return Doc("an infinite return", basket.Drift(w, With(ret, 1, inf))...) }},
		{"Drift", "the basket returns -100%", NaNWhy, func() Out { return Doc("R_S = -100%", basket.Drift(w, []float64{-1, -1, -1})...) }},
		{"Drift", "mismatched lengths", Panic, func() Out { return one(basket.Drift(w, ret[:2])...) }},
		{"Drift", "zero returns: unchanged", Value, func() Out { return Same(one(basket.Drift(w, make([]float64, 3))...), w, 0) }},
		{"CorrChange", "total = next.Corr - prev.Corr", Value, func() Out {
			_, total := basket.CorrChange(b, next, ret)
			return Same(one(total), []float64{next.Corr() - b.Corr()}, 1e-14)
		}},
		{"CorrChange", "contributions sum to the total", Value, func() Out {
			c, total := basket.CorrChange(b, next, ret)
			return Same(one(sum(c)), []float64{total}, 1e-15)
		}},
		{"CorrChange", "nil basket", Panic, func() Out { c, _ := basket.CorrChange(nil, next, ret); return one(c...) }},
		{"CorrChange", "NaN return", NaNWhy, func() Out {
			c, t := basket.CorrChange(b, next, With(ret, 0, nan))
			return Doc("a NaN return", append(c, t)...)
		}},
		{"CorrChange", "2 returns for 3 stocks", Panic, func() Out { c, _ := basket.CorrChange(b, next, ret[:2]); return one(c...) }},
		{"Xi", "nil basket", Panic, func() Out { return one(basket.Xi(b, nil, ret)...) }},
		{"Xi", "2 returns for 3 stocks", Panic, func() Out { return one(basket.Xi(b, next, ret[:2])...) }},
		{"Xi", "same basket, zero returns: 1", Value, func() Out { return Same(one(basket.Xi(b, b, make([]float64, 3))...), []float64{1, 1, 1}, 1e-15) }},
		{"Xi", "-Inf return", NaNWhy, func() Out { return Doc("an infinite return", basket.Xi(b, next, With(ret, 2, ninf))...) }},
	}
}

// riskBasedRows are the rows of the risk-based baskets and the constant
// correlation results.
func riskBasedRows() []Case {
	vols := []float64{0.2, 0.1, 0.4}
	diag := mat.NewSymDense(3, []float64{0.04, 0, 0, 0, 0.01, 0, 0, 0, 0.16})
	cov := mat.NewSymDense(3, []float64{0.04, 0.01, 0.016, 0.01, 0.01, 0.004, 0.016, 0.004, 0.16})
	type rb struct {
		name string
		f    func(c mat.Symmetric) ([]float64, error)
		diag []float64 // the solution on diag
	}
	inv := func(p float64) []float64 { // weights proportional to vol^-p
		w := make([]float64, 3)
		for i, s := range vols {
			w[i] = math.Pow(s, -p)
		}
		return Scale(w, 1/sum(w))
	}
	var rows []Case
	var nilS *mat.SymDense
	for _, r := range []rb{
		{"MinVariance", basket.MinVariance, inv(2)},
		{"MostDiversified", basket.MostDiversified, inv(1)},
		{"ERC", basket.ERC, inv(1)},
		{"RiskBudget", func(c mat.Symmetric) ([]float64, error) { return basket.RiskBudget(c, []float64{0.5, 0.25, 0.25}) }, nil},
	} {
		call := func(c mat.Symmetric) Out { w, err := r.f(c); return Nums(err, w...) }
		base := call(cov).Vals
		rows = append(rows,
			Case{r.name, "NaN in cov", Err, func() Out { return call(withCell(cov, 0, 1, nan)) }},
			Case{r.name, "+Inf variance", Err, func() Out { return call(withCell(cov, 2, 2, inf)) }},
			Case{r.name, "zero variance", Err, func() Out { return call(withCell(cov, 1, 1, 0)) }},
			Case{r.name, "not PSD", Err, func() Out { return call(withCell(cov, 0, 1, 0.05)) }},
			Case{r.name, "nil cov", Panic, func() Out { return call(nil) }},
			Case{r.name, "nil *SymDense cov", Panic, func() Out { return call(nilS) }},
			Case{r.name, "empty cov", Panic, func() Out { return call(&mat.SymDense{}) }},
			Case{r.name, "assets permuted", Value, func() Out {
				p := mat.NewSymDense(3, []float64{0.16, 0.016, 0.004, 0.016, 0.04, 0.01, 0.004, 0.01, 0.01}) // order 3, 1, 2
				if r.name == "RiskBudget" {                                                                  // the budgets follow their assets
					w, err := basket.RiskBudget(p, []float64{0.25, 0.5, 0.25})
					return Same(Nums(err, w...), []float64{base[2], base[0], base[1]}, 1e-12)
				}
				return Same(call(p), []float64{base[2], base[0], base[1]}, 1e-12)
			}},
		)
		if r.diag != nil {
			rows = append(rows, Case{r.name, "diagonal cov: closed form", Value, func() Out { return Same(call(diag), r.diag, 1e-12) }})
		}
		for _, k := range []float64{1e-150, 1e-100, 1e100, 1e150} {
			rows = append(rows, Case{r.name, "cov scaled by " + g(k*k), Value, func() Out {
				c := mat.NewSymDense(3, nil)
				c.ScaleSym(k*k, cov)
				return Same(call(c), base, 1e-12)
			}})
		}
	}
	rb3 := func(b []float64) Out { w, err := basket.RiskBudget(cov, b); return Nums(err, w...) }
	return append(rows,
		Case{"RiskBudget", "budget 0", Err, func() Out { return rb3([]float64{0.5, 0.5, 0}) }},
		Case{"RiskBudget", "budget NaN", Err, func() Out { return rb3([]float64{0.5, nan, 0.25}) }},
		Case{"RiskBudget", "budgets sum to 0.9", Err, func() Out { return rb3([]float64{0.5, 0.2, 0.2}) }},
		Case{"RiskBudget", "2 budgets for 3 assets", Panic, func() Out { return rb3([]float64{0.5, 0.5}) }},
		Case{"RiskBudget", "risk contributions = budgets", Value, func() Out {
			b := []float64{0.5, 0.25, 0.25}
			w, err := basket.RiskBudget(cov, b)
			if err != nil {
				return Nums(err)
			}
			var sw mat.VecDense
			sw.MulVec(cov, mat.NewVecDense(3, w))
			v := mat.Dot(mat.NewVecDense(3, w), &sw)
			rc := []float64{w[0] * sw.AtVec(0) / v, w[1] * sw.AtVec(1) / v, w[2] * sw.AtVec(2) / v}
			return Same(Nums(nil, rc...), b, 1e-12)
		}},
		Case{"EqualWeight", "n 0", Panic, func() Out { return Nums(nil, basket.EqualWeight(0)...) }},
		Case{"EqualWeight", "n 4", Value, func() Out { return Same(Nums(nil, basket.EqualWeight(4)...), []float64{0.25, 0.25, 0.25, 0.25}, 0) }},
		Case{"DRConstCorr", "rho NaN", Err, func() Out {
			d, err := basket.DRConstCorr([]float64{0.5, 0.5}, []float64{0.2, 0.1}, nan)
			return Nums(err, d)
		}},
		Case{"DRConstCorr", "rho 1.5", Err, func() Out {
			d, err := basket.DRConstCorr([]float64{0.5, 0.5}, []float64{0.2, 0.1}, 1.5)
			return Nums(err, d)
		}},
		Case{"DRConstCorr", "vol NaN", Err, func() Out {
			d, err := basket.DRConstCorr([]float64{0.5, 0.5}, []float64{nan, 0.1}, 0.3)
			return Nums(err, d)
		}},
		Case{"DRConstCorr", "weight +Inf", Err, func() Out {
			d, err := basket.DRConstCorr([]float64{inf, 0.5}, []float64{0.2, 0.1}, 0.3)
			return Nums(err, d)
		}},
		Case{"DRConstCorr", "zero volatility", Err, func() Out {
			d, err := basket.DRConstCorr([]float64{0.5, 0.5}, []float64{0, 0}, 0.3)
			return Nums(err, d)
		}},
		Case{"DRConstCorr", "mismatched lengths", Panic, func() Out {
			d, err := basket.DRConstCorr([]float64{0.5, 0.5}, []float64{0.2}, 0.3)
			return Nums(err, d)
		}},
		Case{"DRConstCorr", "= New's DR", Value, func() Out {
			d, err := basket.DRConstCorr([]float64{0.5, 0.5}, []float64{0.2, 0.1}, 0.3)
			b, _ := basket.New([]float64{0.5, 0.5}, []float64{0.2, 0.1}, mat.NewSymDense(2, []float64{1, 0.3, 0.3, 1}), []float64{0, 0})
			return Same(Nums(err, d), []float64{b.DiversificationRatio()}, 1e-15)
		}},
		Case{"DRConstCorr", "vols scaled by 1e-300", Value, func() Out {
			d, err := basket.DRConstCorr([]float64{0.5, 0.5}, []float64{0.2e-300, 0.1e-300}, 0.3)
			want, _ := basket.DRConstCorr([]float64{0.5, 0.5}, []float64{0.2, 0.1}, 0.3)
			return Same(Nums(err, d), []float64{want}, 1e-14)
		}},
		Case{"MaxDRConstCorr", "rho NaN", Err, func() Out { d, err := basket.MaxDRConstCorr(nan, 10); return Nums(err, d) }},
		Case{"MaxDRConstCorr", "n NaN", Err, func() Out { d, err := basket.MaxDRConstCorr(0.3, nan); return Nums(err, d) }},
		Case{"MaxDRConstCorr", "n 0.5", Err, func() Out { d, err := basket.MaxDRConstCorr(0.3, 0.5); return Nums(err, d) }},
		Case{"MaxDRConstCorr", "rho -0.5 for n 10 (not PSD)", Err, func() Out { d, err := basket.MaxDRConstCorr(-0.5, 10); return Nums(err, d) }},
		Case{"MaxDRConstCorr", "n +Inf: 1/sqrt(rho)", Value, func() Out { d, err := basket.MaxDRConstCorr(0.25, inf); return Same(Nums(err, d), []float64{2}, 1e-15) }},
		Case{"MaxDRConstCorr", "n +Inf, rho 0", Err, func() Out { d, err := basket.MaxDRConstCorr(0, inf); return Nums(err, d) }},
		Case{"MDPCorrBounds", "corrB NaN", Err, func() Out { lo, hi, err := basket.MDPCorrBounds(nan, 0.3, 10); return Nums(err, lo, hi) }},
		Case{"MDPCorrBounds", "rho NaN", Err, func() Out { lo, hi, err := basket.MDPCorrBounds(-0.2, nan, 10); return Nums(err, lo, hi) }},
		Case{"MDPCorrBounds", "corrB^2 > rho + (1-rho)/n", Err, func() Out { lo, hi, err := basket.MDPCorrBounds(-0.9, 0.3, 10); return Nums(err, lo, hi) }},
		Case{"MDPCorrBounds", "hi = corrB DR(mdp)", Value, func() Out {
			lo, hi, err := basket.MDPCorrBounds(-0.2, 0.3, 10)
			dr, _ := basket.MaxDRConstCorr(0.3, 10)
			return Same(Nums(err, lo, hi), []float64{-0.2, -0.2 * dr}, 1e-15)
		}},
	)
}

// withCell returns a copy of c with entry (i, j) set to v.
func withCell(c *mat.SymDense, i, j int, v float64) *mat.SymDense {
	out := mat.NewSymDense(c.SymmetricDim(), nil)
	out.CopySym(c)
	out.SetSym(i, j, v)
	return out
}
