package badinput

import (
	"math"
	"math/rand/v2"
	"strings"

	"github.com/stockbond/sbcorr/sbcorr/copula"
)

// copulaExempt are the exported functions of package copula without rows.
var copulaExempt = map[string]string{}

// family is a valid copula and invalid parameter sets of its family.
type family struct {
	name string
	ok   copula.Copula
	bad  map[string]copula.Copula
}

// families returns the copula families of the matrix, each seeded.
func families() []family {
	src := func(s uint64) rand.Source { return rand.NewPCG(s, 9) }
	return []family{
		{"Gaussian", copula.Gaussian{Rho: -0.4, Src: src(1)}, map[string]copula.Copula{
			"Rho 1": copula.Gaussian{Rho: 1}, "Rho NaN": copula.Gaussian{Rho: nan}, "Rho -Inf": copula.Gaussian{Rho: ninf}}},
		{"StudentT", copula.StudentT{Rho: 0.3, Nu: 4, Src: src(2)}, map[string]copula.Copula{
			"Nu -1": copula.StudentT{Rho: 0.3, Nu: -1}, "Nu NaN": copula.StudentT{Rho: 0.3, Nu: nan}, "Rho 1.5": copula.StudentT{Rho: 1.5, Nu: 4}}},
		{"Clayton", copula.Clayton{Theta: 2, Src: src(3)}, map[string]copula.Copula{
			"Theta 0": copula.Clayton{}, "Theta -1": copula.Clayton{Theta: -1}, "Theta +Inf": copula.Clayton{Theta: inf}, "Theta NaN": copula.Clayton{Theta: nan}}},
		{"Gumbel", copula.Gumbel{Theta: 2, Src: src(4)}, map[string]copula.Copula{
			"Theta 0.5": copula.Gumbel{Theta: 0.5}, "Theta +Inf": copula.Gumbel{Theta: inf}, "Theta NaN": copula.Gumbel{Theta: nan}}},
		{"Frank", copula.Frank{Theta: -5, Src: src(5)}, map[string]copula.Copula{
			"Theta 0": copula.Frank{}, "Theta +Inf": copula.Frank{Theta: inf}, "Theta NaN": copula.Frank{Theta: nan}}},
		{"Independence", copula.Independence{}, nil},
		{"Rotated", copula.Rotated{C: copula.Clayton{Theta: 2, Src: src(6)}, Angle: 90}, map[string]copula.Copula{
			"nil base": copula.Rotated{Angle: 90}, "Angle 45": copula.Rotated{C: copula.Clayton{Theta: 2}, Angle: 45},
			"invalid base": copula.Rotated{C: copula.Clayton{Theta: -1}, Angle: 90}}},
	}
}

// copulaRows are the rows of package copula.
func copulaRows() []Case {
	var rows []Case
	for _, f := range families() {
		rows = append(rows, familyRows(f)...)
	}
	rows = append(rows, fromTauRows()...)
	rows = append(rows, copulaFuncRows()...)
	return append(rows, regimeRows()...)
}

// familyRows are the rows of one family's methods: probabilities outside
// [0, 1] (NaN included) and invalid parameters panic, Validate reports the
// latter; the CDF lies within the Frechet bounds and is exact on the
// boundary, CondCDF is the u-derivative of the CDF, the density agrees with
// LogDensityTails, draws lie in the unit square.
func familyRows(f family) []Case {
	c := f.ok
	m := func(name string) string { return f.name + "." + name }
	one := func(v ...float64) Out { return Nums(nil, v...) }
	rows := []Case{
		{m("Validate"), "valid parameters", Value, func() Out { return Nums(c.Validate()).Check("") }},
		{m("Tau"), "in [-1, 1]", Value, func() Out { t := c.Tau(); return one(t).Check(cond(math.Abs(t) <= 1, "tau outside [-1, 1]")) }},
		{m("CDF"), "boundary C(u, 1) = u, C(1, v) = v, C(0, v) = 0", Value, func() Out {
			return Same(one(c.CDF(0.3, 1), c.CDF(1, 0.7), c.CDF(0, 0.7), c.CDF(0.2, 0)), []float64{0.3, 0.7, 0, 0}, 0)
		}},
		{m("CDF"), "within the Frechet bounds", Value, func() Out {
			var v []float64
			wrong := ""
			for _, u := range []float64{1e-300, 0.01, 0.3, 0.5, 0.99, 1 - 1e-16} {
				for _, w := range []float64{1e-300, 0.2, 0.5, 0.8, 1 - 1e-16} {
					x := c.CDF(u, w)
					v = append(v, x)
					// 1e-13: the documented absolute error of BVTCDF
					if !(x >= math.Max(u+w-1, 0)-1e-13 && x <= math.Min(u, w)+1e-13) {
						wrong = "C(" + g(u) + ", " + g(w) + ") = " + g(x) + " outside the Frechet bounds"
					}
				}
			}
			return one(v...).Check(wrong)
		}},
		{m("CondCDF"), "the u-derivative of the CDF", Value, func() Out {
			const u, v, h = 0.4, 0.6, 1e-5
			want := (c.CDF(u+h, v) - c.CDF(u-h, v)) / (2 * h)
			return Same(one(c.CondCDF(v, u)), []float64{want}, 1e-6)
		}},
		{m("Density"), "= exp(LogDensityTails)", Value, func() Out {
			return Same(one(math.Log(c.Density(0.2, 0.9))), []float64{c.LogDensityTails(0.2, 0.8, 0.9, 0.1)}, 1e-12)
		}},
		{m("LogDensityTails"), "finite near the corners", Value, func() Out {
			o := one(c.LogDensityTails(1e-10, 1-1e-10, 0.5, 0.5), c.LogDensityTails(0.5, 0.5, 1-1e-17, 1e-17))
			return o.Check(cond(finite(o.Vals...), "non-finite log density"))
		}},
		{m("Rand"), "1000 draws in (0, 1)^2", Value, func() Out {
			var v []float64
			ok := true
			for range 1000 {
				a, b := c.Rand()
				v = append(v, a, b)
				ok = ok && a > 0 && a < 1 && b > 0 && b < 1
			}
			return one(v...).Check(cond(ok, "a draw outside (0, 1)"))
		}},
	}
	for _, p := range []float64{1.5, -0.1, nan, inf} {
		rows = append(rows,
			Case{m("CDF"), "u " + g(p), Panic, func() Out { return one(c.CDF(p, 0.5)) }},
			Case{m("Density"), "v " + g(p), Panic, func() Out { return one(c.Density(0.5, p)) }},
			Case{m("CondCDF"), "u " + g(p), Panic, func() Out { return one(c.CondCDF(0.5, p)) }},
			Case{m("LogDensityTails"), "u " + g(p), Panic, func() Out { return one(c.LogDensityTails(p, 0.5, 0.5, 0.5)) }},
		)
	}
	for name, b := range f.bad {
		rows = append(rows,
			Case{m("Validate"), name, Err, func() Out { return Nums(b.Validate()) }},
			Case{m("CDF"), name, Panic, func() Out { return one(b.CDF(0.3, 0.4)) }},
			Case{m("Density"), name, Panic, func() Out { return one(b.Density(0.3, 0.4)) }},
			Case{m("CondCDF"), name, Panic, func() Out { return one(b.CondCDF(0.3, 0.4)) }},
			Case{m("LogDensityTails"), name, Panic, func() Out { return one(b.LogDensityTails(0.3, 0.7, 0.4, 0.6)) }},
			Case{m("Rand"), name, Panic, func() Out { u, v := b.Rand(); return one(u, v) }},
			Case{m("Tau"), name, Panic, func() Out { return one(b.Tau()) }},
		)
	}
	return rows
}

// fromTauRows are the rows of the constructors from Kendall's tau: tau
// outside the family's range (NaN included) is an error; a valid tau
// comes back from the copula's Tau.
func fromTauRows() []Case {
	type ctor struct {
		name string
		f    func(tau float64) (copula.Copula, error)
		ok   float64
	}
	var rows []Case
	for _, k := range []ctor{
		{"GaussianFromTau", func(t float64) (copula.Copula, error) { return copula.GaussianFromTau(t) }, -0.3},
		{"StudentTFromTau", func(t float64) (copula.Copula, error) { return copula.StudentTFromTau(t, 5) }, 0.3},
		{"ClaytonFromTau", func(t float64) (copula.Copula, error) { return copula.ClaytonFromTau(t) }, 0.3},
		{"GumbelFromTau", func(t float64) (copula.Copula, error) { return copula.GumbelFromTau(t) }, 0.3},
		{"FrankFromTau", func(t float64) (copula.Copula, error) { return copula.FrankFromTau(t) }, -0.3},
	} {
		call := func(t float64) Out {
			c, err := k.f(t)
			if err != nil {
				return Nums(err)
			}
			return Nums(nil, c.Tau())
		}
		for _, t := range []float64{nan, inf, -1.5, 1} {
			rows = append(rows, Case{k.name, "tau " + g(t), Err, func() Out { return call(t) }})
		}
		rows = append(rows, Case{k.name, "round trip tau " + g(k.ok), Value, func() Out { return Same(call(k.ok), []float64{k.ok}, 1e-10) }})
	}
	st := func(tau, nu float64) Out { c, err := copula.StudentTFromTau(tau, nu); return Nums(err, c.Rho, c.Nu) }
	return append(rows,
		Case{"StudentTFromTau", "nu 0", Err, func() Out { return st(0.3, 0) }},
		Case{"StudentTFromTau", "nu NaN", Err, func() Out { return st(0.3, nan) }},
		Case{"StudentTFromTau", "nu 1e7", Err, func() Out { return st(0.3, 1e7) }},
		Case{"Calibrate", "rho 1", Err, func() Out { c, err := copula.Calibrate(copula.FamilyGaussian, 1, 0, 90); return cal(c, err) }},
		Case{"Calibrate", "rho NaN", Err, func() Out { c, err := copula.Calibrate(copula.FamilyClayton, nan, 0, 90); return cal(c, err) }},
		Case{"Calibrate", "unknown family", Err, func() Out { c, err := copula.Calibrate("Joe", 0.3, 0, 90); return cal(c, err) }},
		Case{"Calibrate", "angle 45", Err, func() Out { c, err := copula.Calibrate(copula.FamilyClayton, -0.3, 0, 45); return cal(c, err) }},
		Case{"Calibrate", "Student-t nu -1", Err, func() Out { c, err := copula.Calibrate(copula.FamilyStudentT, 0.3, -1, 90); return cal(c, err) }},
		Case{"Calibrate", "same tau as the Gaussian", Value, func() Out {
			c, err := copula.Calibrate(copula.FamilyGumbel, -0.5, 0, 270)
			return Same(cal(c, err), []float64{copula.TauFromRho(-0.5)}, 1e-10)
		}},
	)
}

// cal is the outcome of Calibrate: the copula's tau.
func cal(c copula.Copula, err error) Out {
	if err != nil {
		return Nums(err)
	}
	return Nums(nil, c.Tau())
}

// copulaFuncRows are the rows of the bivariate distribution functions,
// the tau <-> rho conversions and the Gaussian regime probabilities.
func copulaFuncRows() []Case {
	one := func(v ...float64) Out { return Nums(nil, v...) }
	nanArg := "an argument NaN, |rho| > 1 or nu <= 0"
	return []Case{
		{"BVNCDF", "h NaN", NaNWhy, func() Out { return Doc(nanArg, copula.BVNCDF(nan, 0, 0.3)) }},
		{"BVNCDF", "rho 1.5", NaNWhy, func() Out { return Doc(nanArg, copula.BVNCDF(0, 0, 1.5)) }},
		{"BVNCDF", "h, k infinite: 0 and 1", Value, func() Out {
			return Same(one(copula.BVNCDF(ninf, 0, 0.3), copula.BVNCDF(inf, inf, 0.3), copula.BVNCDF(inf, 0, -0.3)), []float64{0, 1, 0.5}, 1e-15)
		}},
		{"BVNCDF", "rho 0: the product", Value, func() Out {
			return Same(one(copula.BVNCDF(0.3, -1, 0)), []float64{phi(0.3) * phi(-1)}, 1e-14)
		}},
		{"BVNCDF", "symmetric in h and k", Value, func() Out {
			return Same(one(copula.BVNCDF(0.3, -1, 0.6)), []float64{copula.BVNCDF(-1, 0.3, 0.6)}, 1e-15)
		}},
		{"BVTCDF", "nu NaN", NaNWhy, func() Out { return Doc(nanArg, copula.BVTCDF(0.2, 0.1, 0.3, nan)) }},
		{"BVTCDF", "nu 0", NaNWhy, func() Out { return Doc(nanArg, copula.BVTCDF(0.2, 0.1, 0.3, 0)) }},
		{"BVTCDF", "nu -1", NaNWhy, func() Out { return Doc(nanArg, copula.BVTCDF(0.2, 0.1, 0.3, -1)) }},
		{"BVTCDF", "rho NaN", NaNWhy, func() Out { return Doc(nanArg, copula.BVTCDF(0.2, 0.1, nan, 4)) }},
		{"BVTCDF", "nu 1e12 tends to BVNCDF", Value, func() Out {
			return Same(one(copula.BVTCDF(0.2, 0.1, 0.3, 1e12), copula.BVTCDF(0.2, 0.1, 0.3, inf)), []float64{copula.BVNCDF(0.2, 0.1, 0.3), copula.BVNCDF(0.2, 0.1, 0.3)}, 1e-9)
		}},
		{"BVTCDF", "h = k = +Inf: 1", Value, func() Out { return Same(one(copula.BVTCDF(inf, inf, 0.3, 4)), []float64{1}, 1e-15) }},
		{"TauFromRho", "rho 1.5", NaNWhy, func() Out { return Doc("|rho| > 1 or NaN", copula.TauFromRho(1.5)) }},
		{"TauFromRho", "rho NaN", NaNWhy, func() Out { return Doc("|rho| > 1 or NaN", copula.TauFromRho(nan)) }},
		{"TauFromRho", "round trip", Value, func() Out {
			return Same(one(copula.RhoFromTau(copula.TauFromRho(-0.3)), copula.TauFromRho(1e-300)), []float64{-0.3, 2e-300 / math.Pi}, 1e-15)
		}},
		{"RhoFromTau", "tau 3", NaNWhy, func() Out { return Doc("|tau| > 1 or NaN", copula.RhoFromTau(3)) }},
		{"RhoFromTau", "tau -Inf", NaNWhy, func() Out { return Doc("|tau| > 1 or NaN", copula.RhoFromTau(ninf)) }},
		{"RhoFromTau", "tau 1: rho 1", Value, func() Out { return Same(one(copula.RhoFromTau(1), copula.RhoFromTau(-1)), []float64{1, -1}, 0) }},
		{"GaussianRegimeProb", "alpha 0.5", NaNWhy, func() Out {
			return Doc("alpha outside (0, 0.5) or |rho| > 1", copula.GaussianRegimeProb(0.3, 0.5, copula.Bad, copula.Bad))
		}},
		{"GaussianRegimeProb", "rho NaN", NaNWhy, func() Out {
			return Doc("alpha outside (0, 0.5) or |rho| > 1", copula.GaussianRegimeProb(nan, 0.1, copula.Bad, copula.Bad))
		}},
		{"GaussianRegimeProb", "regime 7", Panic, func() Out { return one(copula.GaussianRegimeProb(0.3, 0.1, 7, copula.Bad)) }},
		{"GaussianRegimeProb", "rho 0: alpha^2", Value, func() Out {
			return Same(one(copula.GaussianRegimeProb(0, 0.1, copula.Bad, copula.Good)), []float64{0.01}, 1e-14)
		}},
		{"GaussianRegimeTable", "rho 1.5", Err, func() Out { p, err := copula.GaussianRegimeTable(1.5, 0.1); return Nums(err, p[0][0]) }},
		{"GaussianRegimeTable", "alpha NaN", Err, func() Out { p, err := copula.GaussianRegimeTable(0.3, nan); return Nums(err, p[0][0]) }},
		{"GaussianRegimeTable", "rows sum to the margins", Value, func() Out {
			p, err := copula.GaussianRegimeTable(-0.4, 0.1)
			return Same(Nums(err, p[0][0]+p[0][1]+p[0][2], p[1][0]+p[1][1]+p[1][2], p[2][0]+p[2][1]+p[2][2]), []float64{0.1, 0.8, 0.1}, 1e-14)
		}},
		{"RegimeTableOf", "alpha 0.5", Err, func() Out { p, err := copula.RegimeTableOf(copula.Gaussian{Rho: 0.3}, 0.5); return Nums(err, p[0][0]) }},
		{"RegimeTableOf", "alpha NaN", Err, func() Out { p, err := copula.RegimeTableOf(copula.Frank{Theta: 2}, nan); return Nums(err, p[0][0]) }},
		{"RegimeTableOf", "rho 1.5 (invalid copula)", Err, func() Out { p, err := copula.RegimeTableOf(copula.Gaussian{Rho: 1.5}, 0.1); return Nums(err, p[0][0]) }},
		{"RegimeTableOf", "nil copula", Panic, func() Out { p, err := copula.RegimeTableOf(nil, 0.1); return Nums(err, p[0][0]) }},
		{"RegimeTableOf", "= GaussianRegimeTable", Value, func() Out {
			p, err := copula.RegimeTableOf(copula.Gaussian{Rho: -0.4}, 0.1)
			q, _ := copula.GaussianRegimeTable(-0.4, 0.1)
			return Same(Nums(err, p[0][0], p[0][2], p[1][1]), []float64{q[0][0], q[0][2], q[1][1]}, 1e-12)
		}},
		{"FamilyNames", "every name calibrates", Value, func() Out {
			wrong := ""
			for _, n := range copula.FamilyNames() {
				if _, err := copula.Calibrate(copula.Family(n), -0.3, 4, 90); err != nil {
					wrong += err.Error()
				}
			}
			return one().Check(wrong)
		}},
		{"LocalCorr", "p NaN", Err, func() Out { r, err := copula.LocalCorr(nan, 0.1, copula.Bad, copula.Bad); return Nums(err, r...) }},
		{"LocalCorr", "p 1.5", Err, func() Out { r, err := copula.LocalCorr(1.5, 0.1, copula.Bad, copula.Bad); return Nums(err, r...) }},
		{"LocalCorr", "alpha 0.5", Err, func() Out { r, err := copula.LocalCorr(0.02, 0.5, copula.Bad, copula.Bad); return Nums(err, r...) }},
		{"LocalCorr", "p unattainable", Err, func() Out { r, err := copula.LocalCorr(0.2, 0.1, copula.Bad, copula.Bad); return Nums(err, r...) }},
		{"LocalCorr", "regime -1", Panic, func() Out { r, err := copula.LocalCorr(0.02, 0.1, -1, copula.Bad); return Nums(err, r...) }},
		{"LocalCorr", "its rho gives back p", Value, func() Out {
			r, err := copula.LocalCorr(0.02, 0.1, copula.Bad, copula.Bad)
			o := Nums(err, r...)
			var got []float64
			for _, rho := range r {
				got = append(got, copula.GaussianRegimeProb(rho, 0.1, copula.Bad, copula.Bad))
			}
			return o.Check(Close(got, []float64{0.02}, 1e-10))
		}},
		{"LocalCorrSE", "n 0", NaNWhy, func() Out { return Doc("n < 1", copula.LocalCorrSE(0.3, 0.1, 0, copula.Bad, copula.Bad)) }},
		{"LocalCorrSE", "rho NaN", NaNWhy, func() Out { return Doc("rho NaN", copula.LocalCorrSE(nan, 0.1, 100, copula.Bad, copula.Bad)) }},
		{"LocalCorrSE", "alpha 2", NaNWhy, func() Out {
			return Doc("alpha outside (0, 0.5)", copula.LocalCorrSE(0.3, 2, 100, copula.Bad, copula.Bad))
		}},
		{"LocalCorrSE", "scales as 1/sqrt(n)", Value, func() Out {
			a, b := copula.LocalCorrSE(0.3, 0.1, 100, copula.Bad, copula.Bad), copula.LocalCorrSE(0.3, 0.1, 400, copula.Bad, copula.Bad)
			return Same(one(a/b), []float64{2}, 1e-14)
		}},
		{"Regime.String", "Regime(7)", Value, func() Out {
			s := copula.Regime(7).String() + copula.Bad.String()
			return one().Check(cond(s == "Regime(7)Bad", "got "+s))
		}},
		{"Empirical.CDF", "U and V of different lengths", Panic, func() Out { return one(copula.Empirical{U: []float64{0.5}}.CDF(0.5, 0.5)) }},
		{"Empirical.CDF", "u 1.5", Panic, func() Out { return one(copula.Empirical{U: []float64{0.5}, V: []float64{0.5}}.CDF(1.5, 0.5)) }},
		{"Empirical.CDF", "u NaN", Panic, func() Out { return one(copula.Empirical{U: []float64{0.5}, V: []float64{0.5}}.CDF(nan, 0.5)) }},
		{"Empirical.CDF", "no observation", Panic, func() Out { return one(copula.Empirical{}.CDF(0.5, 0.5)) }},
		{"Empirical.CDF", "counts", Value, func() Out {
			e := copula.Empirical{U: []float64{0.2, 0.6, 0.9}, V: []float64{0.3, 0.1, 0.8}}
			return Same(one(e.CDF(0.6, 0.3), e.CDF(1, 1), e.CDF(0, 0)), []float64{2.0 / 3, 1, 0}, 0)
		}},
	}
}

// phi is the standard normal distribution function.
func phi(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }

// regimeRows are the rows of the data functions of package copula: rank
// based, so scaling, subnormal values and permuting the pairs leave them
// unchanged; NaN and ±Inf are errors.
func regimeRows() []Case {
	x, y := Returns(200, 12)
	po := func(x []float64) Out { u, err := copula.PseudoObs(x); return Nums(err, u...) }
	ns := func(x []float64) Out { u, err := copula.NormalScores(x); return Nums(err, u...) }
	dep := func(x, y []float64) Out { u, v, err := copula.Dependogram(x, y); return Nums(err, append(u, v...)...) }
	cls := func(x []float64) Out {
		r, err := copula.Classify(x, 0.1)
		v := make([]float64, len(r))
		for i := range r {
			v[i] = float64(r[i])
		}
		return Nums(err, v...)
	}
	clsW := func(x []float64, alpha float64, rule copula.TailRule) Out {
		r, err := copula.ClassifyWith(x, alpha, rule)
		return Nums(err, float64(len(r)))
	}
	tab := func(x, y []float64) Out { p, err := copula.RegimeTable(x, y, 0.1); return table33(p, err) }
	tabW := func(x, y []float64, rule copula.TailRule) Out {
		p, err := copula.RegimeTableWith(x, y, 0.1, rule)
		return table33(p, err)
	}
	rc := func(x, y []float64) Out {
		r, err := copula.RegimeCorr(x, y, 0.1, copula.Bad, copula.Good)
		return Nums(err, r)
	}
	rcW := func(x, y []float64, rule copula.TailRule) Out {
		r, err := copula.RegimeCorrWith(x, y, 0.1, copula.Bad, copula.Good, rule)
		return Nums(err, r)
	}
	nsc := func(x, y []float64) Out { r, err := copula.NormalScoresCorr(x, y); return Nums(err, r) }
	type pairFn struct {
		name string
		f    func(x, y []float64) Out
	}
	var rows []Case
	for _, p := range []pairFn{
		{"PseudoObs", func(x, _ []float64) Out { return po(x) }},
		{"NormalScores", func(x, _ []float64) Out { return ns(x) }},
		{"Classify", func(x, _ []float64) Out { return cls(x) }},
		{"ClassifyWith", func(x, _ []float64) Out { return clsW(x, 0.1, copula.QuantileRule) }},
		{"Dependogram", dep},
		{"RegimeTable", tab},
		{"RegimeTableWith", func(x, y []float64) Out { return tabW(x, y, copula.QuantileRule) }},
		{"RegimeCorr", rc},
		{"RegimeCorrWith", func(x, y []float64) Out { return rcW(x, y, copula.QuantileRule) }},
		{"NormalScoresCorr", nsc},
	} {
		// Rank-based results are exactly invariant; RegimeCorr's Pearson
		// correlation of the values within 1e-12, and subnormal values
		// (x's ranks times 2^-1074) give the correlation of the ranks.
		base, tol, sub := p.f(x, y).Vals, 0.0, p.f(x, y).Vals
		if strings.HasPrefix(p.name, "RegimeCorr") {
			tol, sub = 1e-12, p.f(Ranks(x), y).Vals
		}
		rows = append(rows,
			Case{p.name, "NaN", Err, func() Out { return p.f(With(x, 5, nan), y) }},
			Case{p.name, "+Inf", Err, func() Out { return p.f(With(x, 5, inf), y) }},
			Case{p.name, "empty", Err, func() Out { return p.f(nil, nil) }},
			Case{p.name, "x scaled by 1e300", Value, func() Out { return Same(p.f(Scale(x, 1e300), y), base, tol) }},
			Case{p.name, "x scaled by 1e-300", Value, func() Out { return Same(p.f(Scale(x, 1e-300), y), base, tol) }},
			Case{p.name, "subnormal x", Value, func() Out { return Same(p.f(Denormal(x), y), sub, tol) }},
		)
		if p.name == "PseudoObs" || p.name == "NormalScores" || p.name == "Classify" || p.name == "ClassifyWith" {
			continue
		}
		rows = append(rows,
			Case{p.name, "-Inf in y", Err, func() Out { return p.f(x, With(y, 5, ninf)) }},
			Case{p.name, "mismatched lengths", Panic, func() Out { return p.f(x, y[:10]) }},
		)
		if p.name != "Dependogram" {
			rows = append(rows, Case{p.name, "pairs permuted", Value, func() Out { return Same(p.f(Permute(x, 3), Permute(y, 3)), base, 1e-12) }})
		}
	}
	return append(rows,
		Case{"PseudoObs", "ties get their average rank", Value, func() Out { return Same(po([]float64{1, 2, 2, 5}), []float64{0.2, 0.5, 0.5, 0.8}, 1e-15) }},
		Case{"Classify", "constant x", Err, func() Out { return cls(make([]float64, 50)) }},
		Case{"ClassifyWith", "alpha 0.5", Err, func() Out { return clsW(x, 0.5, copula.RankRule) }},
		Case{"ClassifyWith", "alpha NaN", Err, func() Out { return clsW(x, nan, copula.RankRule) }},
		Case{"ClassifyWith", "unknown rule", Panic, func() Out { return clsW(x, 0.1, 7) }},
		Case{"RegimeTableWith", "unknown rule", Panic, func() Out { return tabW(x, y, 7) }},
		Case{"RegimeCorrWith", "unknown rule", Panic, func() Out { return rcW(x, y, 7) }},
		Case{"RegimeCorr", "one observation in the cell", Err, func() Out {
			r, err := copula.RegimeCorr(x[:20], y[:20], 0.05, copula.Bad, copula.Good)
			return Nums(err, r)
		}},
		Case{"RegimeTable", "entries sum to 1", Value, func() Out {
			o := tab(x, y)
			s := 0.0
			for _, v := range o.Vals {
				s += v
			}
			return o.Check(Close([]float64{s}, []float64{1}, 1e-14))
		}},
		Case{"NormalScoresCorr", "2 pairs", Err, func() Out { return nsc(x[:2], y[:2]) }},
		Case{"NormalScoresCorr", "constant y", Err, func() Out { return nsc(x[:10], make([]float64, 10)) }},
	)
}

// table33 is the outcome of a 3 x 3 regime table.
func table33(p [3][3]float64, err error) Out {
	if err != nil {
		return Nums(err)
	}
	var v []float64
	for _, r := range p {
		v = append(v, r[:]...)
	}
	return Nums(nil, v...)
}
