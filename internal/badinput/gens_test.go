package badinput

import (
	"fmt"
	"math"
	"slices"

	"github.com/stockbond/sbcorr/series"
)

// The row generators shared by the tables: one per shape of function.

var (
	nan  = math.NaN()
	inf  = math.Inf(1)
	ninf = math.Inf(-1)
)

// pairScalar is a scalar estimator of two equal-length series.
type pairScalar func(x, y []float64) (float64, error)

// pairScalarRows are the rows of a scalar estimator of a pair: NaN and
// ±Inf give an error, as do fewer than 3 observations and a constant
// series; unequal lengths panic; scaling x by 1e-300..1e300, subnormal
// values (x's ranks times 2^-1074, against the ranks themselves), permuting
// the pairs and shifting x by 1 leave the value unchanged within 1e-12
// (invariant says which of the last three hold: "scale", "perm", "shift",
// "denormal").
func pairScalarRows(name string, f pairScalar, invariant ...string) []Case {
	x, y := Returns(120, 1)
	base, _ := f(x, y)
	val := func(v float64, err error) Out { return Nums(err, v) }
	rows := []Case{
		{name, "NaN in x", Err, func() Out { return val(f(With(x, 7, nan), y)) }},
		{name, "+Inf in y", Err, func() Out { return val(f(x, With(y, 7, inf))) }},
		{name, "-Inf in x", Err, func() Out { return val(f(With(x, 0, ninf), y)) }},
		{name, "empty", Err, func() Out { return val(f(nil, nil)) }},
		{name, "length 1", Err, func() Out { return val(f(x[:1], y[:1])) }},
		{name, "length 2", Err, func() Out { return val(f(x[:2], y[:2])) }},
		{name, "constant x", Err, func() Out { return val(f(make([]float64, 10), y[:10])) }},
		{name, "mismatched lengths", Panic, func() Out { return val(f(x, y[:50])) }},
	}
	for _, inv := range invariant {
		switch inv {
		case "scale":
			for _, k := range Scales {
				rows = append(rows, Case{name, fmt.Sprintf("x scaled by %g", k), Value, func() Out {
					return Same(val(f(Scale(x, k), y)), []float64{base}, 1e-12)
				}})
			}
			rows = append(rows, Case{name, "1e300 and 1e-300 in one series", Value, func() Out {
				v := With(With(Scale(x, 1e-300), 3, 1), 9, -1)
				want, _ := f(With(With(x, 3, 1e300), 9, -1e300), y)
				return Same(val(f(v, y)), []float64{want}, 1e-12)
			}})
		case "denormal":
			want, _ := f(Ranks(x), y)
			rows = append(rows, Case{name, "subnormal x", Value, func() Out {
				return Same(val(f(Denormal(x), y)), []float64{want}, 1e-12)
			}})
		case "perm":
			rows = append(rows, Case{name, "pairs permuted", Value, func() Out {
				return Same(val(f(Permute(x, 5), Permute(y, 5))), []float64{base}, 1e-12)
			}})
		case "shift":
			rows = append(rows, Case{name, "x shifted by 1", Value, func() Out {
				return Same(val(f(shifted(x, 1), y)), []float64{base}, 1e-12)
			}})
		default:
			panic("badinput: unknown invariant " + inv)
		}
	}
	return rows
}

// shifted returns v + c.
func shifted(v []float64, c float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = x + c
	}
	return out
}

// rolling is a windowed series estimator and its reason companion.
type rolling struct {
	name, whyName string
	f             func(x, y []float64, w, mp int) []float64
	why           func(x, y []float64, w, mp int) []series.Reason
	// scale is how the value scales with x: 1 for a correlation, k for a
	// covariance or volatility, 1/k for a beta of y on x.
	scale func(k float64) float64
}

// rollingRows are the rows of a rolling estimator with window 20 on 300
// returns: a NaN or ±Inf at t = 50 gives NaN with a reason at t = 50..69
// only and the clean values elsewhere; a finite 1e200 there gives values
// (checked by scale invariance of the whole input); a window longer than
// the series or one or two observations give NaN (TooFew) everywhere;
// scaling x keeps the values (times r.scale(k)); permuting is not
// an invariance of a rolling estimator, shifting x by 1 is; unequal
// lengths, window 0 and minPeriods > window panic.
func rollingRows(r rolling) []Case {
	const w, at = 20, 50
	x, y := Returns(300, 2)
	clean := r.f(x, y, w, w)
	out := func(x, y []float64, w, mp int) Out { return Reasons(r.f(x, y, w, mp), r.why(x, y, w, mp)) }
	around := func() []float64 { // the clean values with NaN at t = 50..69
		v := slices.Clone(clean)
		for i := at; i < at+w; i++ {
			v[i] = nan
		}
		return v
	}
	rows := []Case{
		{r.name, "NaN at t=50", NaNWhy, func() Out { return Same(out(With(x, at, nan), y, w, w), around(), 1e-13) }},
		{r.name, "+Inf at t=50", NaNWhy, func() Out { return Same(out(With(x, at, inf), y, w, w), around(), 1e-13) }},
		{r.name, "-Inf in y at t=50", NaNWhy, func() Out { return Same(out(x, With(y, at, ninf), w, w), around(), 1e-13) }},
		{r.name, "window > n", NaNWhy, func() Out { return out(x[:10], y[:10], 11, 11) }},
		{r.name, "length 1", NaNWhy, func() Out { return out(x[:1], y[:1], w, 1) }},
		{r.name, "length 2", NaNWhy, func() Out { return out(x[:2], y[:2], w, w) }},
		{r.name, "empty", Value, func() Out { o := out(nil, nil, w, w); return o.Check(lenIs(o, 0)) }},
		{r.name, "mismatched lengths", Panic, func() Out { return out(x, y[:9], w, w) }},
		{r.name, "window 0", Panic, func() Out { return out(x, y, 0, 0) }},
		{r.name, "minPeriods > window", Panic, func() Out { return out(x, y, 5, 6) }},
		{r.name, "1e200 at t=50", Value, func() Out {
			v := With(x, at, 1e200)
			want := r.f(Scale(v, 1e-200), y, w, w)
			for i := range want {
				want[i] *= r.scale(1e200)
			}
			return Same(out(v, y, w, w), want, 1e-12)
		}},
		{r.name, "x shifted by 1", Value, func() Out { return Same(out(shifted(x, 1), y, w, w), clean, 1e-11) }},
		{r.whyName, "NaN in y at t=3, agreement with " + r.name, NaNWhy, func() Out { return out(x, With(y, 3, nan), w, 5) }},
	}
	for _, k := range Scales {
		rows = append(rows, Case{r.name, fmt.Sprintf("x scaled by %g", k), Value, func() Out {
			want := slices.Clone(clean)
			for i := range want {
				want[i] *= r.scale(k)
			}
			got := out(Scale(x, k), y, w, w)
			if s := r.scale(k); s != 1 { // compare relative to the scale
				for i := range got.Vals {
					got.Vals[i] /= s
					want[i] /= s
				}
			}
			return Same(got, want, 1e-12)
		}})
	}
	return rows
}

// lenIs says whether o has n values.
func lenIs(o Out, n int) string {
	if len(o.Vals) != n {
		return fmt.Sprintf("%d values, want %d", len(o.Vals), n)
	}
	return ""
}

// one is the scale of a correlation.
func one(float64) float64 { return 1 }

// subnormalStats checks that statistics f of subnormal values (x's ranks
// times 2^-1074) are those of the ranks rounded to the subnormal grid.
func subnormalStats(f func([]float64) Out, x []float64) Out {
	got, want := f(Denormal(x)), f(Ranks(x)).Vals
	for i := range got.Vals {
		got.Vals[i] /= math.SmallestNonzeroFloat64
		want[i] = math.RoundToEven(want[i])
	}
	return Same(got, want, 0)
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
