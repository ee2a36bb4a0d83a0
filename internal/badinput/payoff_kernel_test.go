package badinput

import (
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stockbond/sbcorr/sbcorr/payoff"
)

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
		b, err := l.Band(x, y, grid, level)
		return Doc("the local design is singular", append(append(b.Fit, b.Lo...), b.Hi...)...).withErr(err)
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
		law, err := payoff.Conditional(mu, s, given, x)
		if err != nil {
			return Nums(err)
		}
		return Nums(nil, append(law.Mean, law.Cov.At(0, 0), law.Cov.At(1, 1), law.Cov.At(0, 1))...)
	}
	reg := func(mu []float64, s mat.Symmetric, i int) Out {
		c, err := payoff.Regression(mu, s, i)
		return Nums(err, append([]float64{c.Alpha, c.S2, c.R2}, c.Beta...)...)
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
