package badinput

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/stockbond/sbcorr/series"
)

// Nums is the outcome of a call returning numbers and an error.
func Nums(err error, v ...float64) Out { return Out{Err: err, Vals: v} }

// Reasons is the outcome of a series estimator: its values and the
// series.Reason of each (nil when it reports none).
func Reasons(v []float64, why []series.Reason) Out {
	o := Out{Vals: v}
	if why != nil {
		o.Why = make([]string, len(why))
		for i, r := range why {
			if r != series.OK {
				o.Why[i] = r.String()
			}
		}
	}
	return o
}

// Of is the outcome of an operation returning a series.Series, with the
// reason of every value as Series.Reason gives it (a NaN without a
// recorded reason is Missing, the documented meaning of a nil Why).
func Of(s series.Series) Out {
	why := make([]series.Reason, s.Len())
	for i := range why {
		why[i] = s.Reason(i)
	}
	return Reasons(s.Values, why)
}

// Doc is the outcome of a function without an error channel whose doc
// comment says it returns NaN for this input: every NaN of v gets reason.
func Doc(reason string, v ...float64) Out {
	o := Out{Vals: v, Why: make([]string, len(v))}
	for i, x := range v {
		if math.IsNaN(x) {
			o.Why[i] = reason
		}
	}
	return o
}

// Check records an oracle's verdict on o: wrong is "" when the values
// pass.
func (o Out) Check(wrong string) Out {
	o.Checked, o.Wrong = true, wrong
	return o
}

// Close says how got differs from want ("" when every pair is within
// tol*max(1, |want|), NaN matching NaN and an infinity itself).
func Close(got, want []float64, tol float64) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d values, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g == w || math.IsNaN(g) && math.IsNaN(w) {
			continue
		}
		if !(math.Abs(g-w) <= tol*math.Max(1, math.Abs(w))) {
			return fmt.Sprintf("value %d is %v, want %v (tolerance %g)", i, g, w, tol)
		}
	}
	return ""
}

// Same checks got against want within tol (see Close).
func Same(o Out, want []float64, tol float64) Out { return o.Check(Close(o.Vals, want, tol)) }

// Returns returns n seeded correlated daily returns (decimals, volatility
// 1% and 0.4%, correlation about -0.3): the clean input the rows perturb.
func Returns(n int, seed uint64) (x, y []float64) {
	rng := rand.New(rand.NewPCG(seed, 17))
	x, y = make([]float64, n), make([]float64, n)
	for i := range x {
		a, b := rng.NormFloat64(), rng.NormFloat64()
		x[i], y[i] = 0.01*a, 0.004*(-0.3*a+0.95*b)
	}
	return x, y
}

// With returns a copy of v with v[i] = f.
func With(v []float64, i int, f float64) []float64 {
	out := append([]float64(nil), v...)
	out[i] = f
	return out
}

// Scale returns k*v.
func Scale(v []float64, k float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = k * x
	}
	return out
}

// Denormal returns v's ranks (1..n in the order of v) times the smallest
// subnormal float64, 2^-1074: exact subnormal values that order as v does.
func Denormal(v []float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		for _, y := range v {
			if y < x {
				out[i]++
			}
		}
		out[i] = (out[i] + 1) * math.SmallestNonzeroFloat64
	}
	return out
}

// Ranks returns v's ranks 1..n (ties not expected): the integer series
// whose product with 2^-1074 Denormal returns.
func Ranks(v []float64) []float64 {
	out := Denormal(v)
	for i := range out {
		out[i] /= math.SmallestNonzeroFloat64
	}
	return out
}

// Permute returns v reordered by the seeded permutation perm(n, seed).
func Permute(v []float64, seed uint64) []float64 {
	p := rand.New(rand.NewPCG(seed, 3)).Perm(len(v))
	out := make([]float64, len(v))
	for i, j := range p {
		out[i] = v[j]
	}
	return out
}

// Scales are the factors k of the scale-invariance rows: 1e-300 to 1e300.
var Scales = []float64{1e-300, 1e-150, 1e-30, 1e30, 1e152, 1e300}
