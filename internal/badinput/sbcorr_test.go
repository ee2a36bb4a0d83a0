package badinput

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/stockbond/sbcorr/sbcorr"
)

// sbcorrExempt are the exported functions of package sbcorr without rows.
var sbcorrExempt = map[string]string{}

// sbcorrRows are the rows of package sbcorr.
func sbcorrRows() []Case {
	rows := sbcorrSeriesRows()
	rows = append(rows, pairScalarRows("Corr", sbcorr.Corr, "scale", "denormal", "perm", "shift")...)
	rows = append(rows, pairScalarRows("Kendall", sbcorr.Kendall, "scale", "denormal", "perm", "shift")...)
	rows = append(rows, pairScalarRows("Spearman", sbcorr.Spearman, "scale", "denormal", "perm", "shift")...)
	rows = append(rows, pairScalarRows("LongHorizonCorr", func(x, y []float64) (float64, error) {
		r, _, err := sbcorr.LongHorizonCorr(x, y, 1, sbcorr.FromStart)
		return r, err
	}, "perm")...)
	rows = append(rows, pairScalarRows("LongHorizonCorrByStart", func(x, y []float64) (float64, error) {
		r, _, err := sbcorr.LongHorizonCorrByStart(x, y, 1)
		return first(r), err
	}, "perm")...)
	rows = append(rows, pairScalarRows("CorrDiffFisher", func(x, y []float64) (float64, error) {
		d, err := sbcorr.CorrDiffFisher(x, y, y, x)
		return d.Rho1, err
	}, "scale", "perm")...)
	rows = append(rows, pairScalarRows("CorrDiffBootstrap", func(x, y []float64) (float64, error) {
		d, err := sbcorr.CorrDiffBootstrap(x, y, y, x, 1, 50, rand.NewPCG(1, 0x5b))
		return d.Rho1, err
	}, "scale")...)
	rows = append(rows, decayRows()...)
	rows = append(rows, fisherRows()...)
	rows = append(rows, sbcorrMiscRows()...)
	rows = append(rows, twoDaysRows()...)
	rows = append(rows, fitRows()...)
	return rows
}

// first returns v[0], or NaN for an empty v.
func first(v []float64) float64 {
	if len(v) == 0 {
		return nan
	}
	return v[0]
}

// decayRows are the rows of the decay conversions: a lambda outside
// (0, 1), a half-life <= 0 or a mean age <= 1 (NaN included) panics; the
// conversions invert each other.
func decayRows() []Case {
	var rows []Case
	for _, bad := range []float64{0, 1, -0.5, nan, inf} {
		rows = append(rows,
			Case{"HalfLife", "lambda " + g(bad), Panic, func() Out { return Nums(nil, sbcorr.HalfLife(bad)) }},
			Case{"MeanAge", "lambda " + g(bad), Panic, func() Out { return Nums(nil, sbcorr.MeanAge(bad)) }},
			Case{"LambdaFromHalfLife", "h " + g(bad-1), Panic, func() Out { return Nums(nil, sbcorr.LambdaFromHalfLife(bad-1)) }},
			Case{"LambdaFromMeanAge", "a " + g(bad), Panic, func() Out { return Nums(nil, sbcorr.LambdaFromMeanAge(bad)) }},
		)
	}
	rows = append(rows,
		Case{"LambdaFromHalfLife", "h 1e-300 (lambda rounds to 0)", Panic, func() Out { return Nums(nil, sbcorr.LambdaFromHalfLife(1e-300)) }},
		Case{"LambdaFromHalfLife", "h 1e20 (lambda rounds to 1)", Panic, func() Out { return Nums(nil, sbcorr.LambdaFromHalfLife(1e20)) }},
		Case{"LambdaFromMeanAge", "a 1e20 (lambda rounds to 1)", Panic, func() Out { return Nums(nil, sbcorr.LambdaFromMeanAge(1e20)) }},
	)
	for _, lambda := range []float64{0.01, 0.96, 1 - 1e-12} {
		rows = append(rows,
			Case{"LambdaFromHalfLife", "round trip lambda " + g(lambda), Value, func() Out {
				return Same(Nums(nil, sbcorr.LambdaFromHalfLife(sbcorr.HalfLife(lambda))), []float64{lambda}, 1e-12)
			}},
			Case{"LambdaFromMeanAge", "round trip lambda " + g(lambda), Value, func() Out {
				return Same(Nums(nil, sbcorr.LambdaFromMeanAge(sbcorr.MeanAge(lambda))), []float64{lambda}, 1e-12)
			}},
			Case{"HalfLife", "lambda " + g(lambda) + " against 0.5 = lambda^h", Value, func() Out {
				h := sbcorr.HalfLife(lambda)
				return Same(Nums(nil, h), []float64{math.Log(0.5) / math.Log(lambda)}, 1e-15)
			}},
			Case{"MeanAge", "lambda " + g(lambda) + " against 1/(1-lambda)", Value, func() Out {
				return Same(Nums(nil, sbcorr.MeanAge(lambda)), []float64{1 / (1 - lambda)}, 1e-15)
			}},
		)
	}
	return rows
}

// fisherRows are the rows of FisherCI and FisherBands.
func fisherRows() []Case {
	ci := func(r float64, n int, level float64) Out {
		lo, hi, err := sbcorr.FisherCI(r, n, level)
		return Nums(err, lo, hi)
	}
	bands := func(rho []float64, n int, level float64) Out {
		lo, hi := sbcorr.FisherBands(rho, n, level)
		return Doc("a correlation outside [-1, 1] (or NaN) gives NaN bands", append(lo, hi...)...)
	}
	symmetric := func(o Out, r float64) Out { // CI(-r) = -CI(r) reversed
		lo, hi, _ := sbcorr.FisherCI(-r, 100, 0.95)
		return Same(o, []float64{-hi, -lo}, 1e-15)
	}
	return []Case{
		{"FisherCI", "r NaN", Err, func() Out { return ci(nan, 100, 0.95) }},
		{"FisherCI", "r +Inf", Err, func() Out { return ci(inf, 100, 0.95) }},
		{"FisherCI", "r 1.5", Err, func() Out { return ci(1.5, 100, 0.95) }},
		{"FisherCI", "n 3", Err, func() Out { return ci(0.5, 3, 0.95) }},
		{"FisherCI", "n -1", Err, func() Out { return ci(0.5, -1, 0.95) }},
		{"FisherCI", "level 1", Panic, func() Out { return ci(0.5, 100, 1) }},
		{"FisherCI", "level NaN", Panic, func() Out { return ci(0.5, 100, nan) }},
		{"FisherCI", "r -0.3 mirrors 0.3", Value, func() Out { return symmetric(ci(-0.3, 100, 0.95), -0.3) }},
		{"FisherCI", "r 1e-300 mirrors -1e-300", Value, func() Out { return symmetric(ci(1e-300, 100, 0.95), 1e-300) }},
		{"FisherCI", "r 1", Value, func() Out { return Same(ci(1, 100, 0.95), []float64{1, 1}, 0) }},
		{"FisherBands", "NaN, +Inf and 1.5 correlations", NaNWhy, func() Out {
			o := bands([]float64{0.3, nan, inf, 1.5}, 100, 0.95)
			lo, hi, _ := sbcorr.FisherCI(0.3, 100, 0.95)
			return Same(o, []float64{lo, nan, nan, nan, hi, nan, nan, nan}, 0)
		}},
		{"FisherBands", "empty", Value, func() Out { o := bands(nil, 100, 0.95); return o.Check(lenIs(o, 0)) }},
		{"FisherBands", "window 3", Panic, func() Out { return bands([]float64{0.3}, 3, 0.95) }},
		{"FisherBands", "level 0", Panic, func() Out { return bands([]float64{0.3}, 100, 0) }},
	}
}

// sbcorrMiscRows are the rows of the small helpers of package sbcorr.
func sbcorrMiscRows() []Case {
	x, _ := Returns(100, 6)
	ints := func(v ...int) Out {
		f := make([]float64, len(v))
		for i, n := range v {
			f[i] = float64(n)
		}
		return Nums(nil, f...)
	}
	return []Case{
		{"LagNW94", "n -100", Panic, func() Out { return ints(sbcorr.LagNW94(-100)) }},
		{"LagNW94", "n 0 and 100", Value, func() Out { return Same(ints(sbcorr.LagNW94(0), sbcorr.LagNW94(100)), []float64{0, 4}, 0) }},
		{"LagNW94", "n 1e18 (monotone, finite)", Value, func() Out {
			a, b := sbcorr.LagNW94(1e18), sbcorr.LagNW94(1e17)
			return ints(a).Check(cond(a >= b && a > 0, "not monotone"))
		}},
		{"LagStockWatson", "n -1", Panic, func() Out { return ints(sbcorr.LagStockWatson(-1)) }},
		{"LagStockWatson", "n 0 and 1000", Value, func() Out {
			return Same(ints(sbcorr.LagStockWatson(0), sbcorr.LagStockWatson(1000)), []float64{0, 7}, 0)
		}},
		{"BlockLength", "n 0, 1, 1000", Value, func() Out {
			return Same(ints(sbcorr.BlockLength(0), sbcorr.BlockLength(1), sbcorr.BlockLength(1000)), []float64{0, 1, 10}, 0)
		}},
		{"BlockLength", "n -8", Panic, func() Out { return ints(sbcorr.BlockLength(-8)) }},
		{"Ranks", "NaN sorts last", Value, func() Out { return Same(Nums(nil, sbcorr.Ranks([]float64{nan, 2, 1})...), []float64{3, 2, 1}, 0) }},
		{"Ranks", "±Inf", Value, func() Out { return Same(Nums(nil, sbcorr.Ranks([]float64{inf, ninf, 0})...), []float64{3, 1, 2}, 0) }},
		{"Ranks", "subnormal values as their ranks", Value, func() Out { return Same(Nums(nil, sbcorr.Ranks(Denormal(x))...), Ranks(x), 0) }},
		{"Ranks", "empty", Value, func() Out { o := Nums(nil, sbcorr.Ranks(nil)...); return o.Check(lenIs(o, 0)) }},
		{"Shift", "k -1", Panic, func() Out { return Nums(nil, sbcorr.Shift(x, -1)...) }},
		{"Shift", "k > n", NaNWhy, func() Out { return Doc("t < k", sbcorr.Shift(x[:3], 5)...) }},
		{"Shift", "k 1", NaNWhy, func() Out {
			return Same(Doc("t < k", sbcorr.Shift(x, 1)...), append([]float64{nan}, x[:99]...), 0)
		}},
		{"Compound", "h 0", Panic, func() Out { return Nums(nil, sbcorr.Compound(x, 0, sbcorr.FromStart)...) }},
		{"Compound", "NaN in the second block", NaNWhy, func() Out {
			return Doc("a block containing a NaN compounds to NaN", sbcorr.Compound(With(x, 12, nan), 10, sbcorr.FromStart)[:2]...)
		}},
		{"Compound", "h > n", Value, func() Out { o := Nums(nil, sbcorr.Compound(x, 101, sbcorr.FromEnd)...); return o.Check(lenIs(o, 0)) }},
		{"Compound", "returns of 1e300 overflow to +Inf", Value, func() Out {
			return Same(Nums(nil, sbcorr.Compound([]float64{1e300, 1e300}, 2, sbcorr.FromStart)...), []float64{inf}, 0)
		}},
		{"Compound", "h 1 is the identity", Value, func() Out { return Same(Nums(nil, sbcorr.Compound(x, 1, sbcorr.FromEnd)...), x, 1e-15) }},
		{"LongHorizonCorr", "h 0", Panic, func() Out { r, _, err := sbcorr.LongHorizonCorr(x, x, 0, sbcorr.FromStart); return Nums(err, r) }},
		{"LongHorizonCorr", "blocks overflow to +Inf", Err, func() Out {
			r, _, err := sbcorr.LongHorizonCorr(slices.Repeat([]float64{1e200}, 8), x[:8], 2, sbcorr.FromStart)
			return Nums(err, r)
		}},
		{"LongHorizonCorrByStart", "h 0", Panic, func() Out { r, _, err := sbcorr.LongHorizonCorrByStart(x, x, 0); return Nums(err, r...) }},
		{"LongHorizonCorrByStart", "h > n", Err, func() Out { r, _, err := sbcorr.LongHorizonCorrByStart(x[:5], x[:5], 9); return Nums(err, r...) }},
		{"CorrDiffBootstrap", "block > half the shorter period", Err, func() Out {
			d, err := sbcorr.CorrDiffBootstrap(x[:40], x[60:], x[:20], x[80:], 11, 50, rand.NewPCG(1, 0x5b))
			return Nums(err, d.PValue)
		}},
		{"CorrDiffBootstrap", "block 0", Panic, func() Out {
			d, err := sbcorr.CorrDiffBootstrap(x[:40], x[60:], x[:20], x[80:], 0, 50, rand.NewPCG(1, 0x5b))
			return Nums(err, d.PValue)
		}},
		{"CorrDiffBootstrap", "reps 1", Panic, func() Out {
			d, err := sbcorr.CorrDiffBootstrap(x[:40], x[60:], x[:20], x[80:], 2, 1, rand.NewPCG(1, 0x5b))
			return Nums(err, d.PValue)
		}},
		{"CorrDiffFisher", "period 2 of 3 pairs", Err, func() Out {
			d, err := sbcorr.CorrDiffFisher(x[:40], x[60:], x[:3], x[97:])
			return Nums(err, d.PValue)
		}},
		{"CorrDiffFisher", "perfect correlation in period 1", Err, func() Out {
			d, err := sbcorr.CorrDiffFisher(x[:40], x[:40], x[:20], x[80:])
			return Nums(err, d.Z)
		}},
	}
}

// cond returns msg unless ok.
func cond(ok bool, msg string) string {
	if ok {
		return ""
	}
	return msg
}
