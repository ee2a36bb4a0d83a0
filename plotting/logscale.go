package plotting

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"

	"github.com/stockbond/sbcorr/check"
)

// LogTicks marks a logarithmic axis (gonum's plot.LogScale) with labelled
// ticks at every integer times a power of ten when at most Labels of them
// fall in the range (0.8 to 4.5: 0.8, 1, 2, 3, 4; a label closer than
// 1/(2 Labels) of the range to the previous one is dropped, but not a
// power of ten), else at 1, 2 and 5 times,
// else at 1 and 3 times, else at powers of ten (every second,
// fifth, ... decade when there are too many), with unlabelled minor ticks
// at the other integer multiples of each decade (at 2 and 5 times only,
// or none, when a short axis spans many decades: five minor ticks per
// label at most). A range too narrow for two
// such labels (less than a factor 2.5) is labelled at NiceTicks positions.
// Labels print in the check.Format kind (percent, basis points or plain)
// with the decimals each needs: 0.5, 1, 2, 10.
type LogTicks struct {
	Kind   check.Kind
	Labels int // at most this many labels; 0 means 6 (3 at least)
}

// Ticks implements plot.Ticker. It panics if min is not positive (a log
// axis cannot show it).
func (t LogTicks) Ticks(min, max float64) []plot.Tick {
	if !(min > 0) {
		panic(fmt.Sprintf("plotting: LogTicks.Ticks: min %v must be > 0 on a log axis", min))
	}
	n := labelsOr(t.Labels, 6)
	if n < 3 {
		n = 3
	}
	lo, hi := int(math.Floor(math.Log10(min))), int(math.Ceil(math.Log10(max)))
	var labelled []float64
	gap := math.Log10(max/min) / float64(2*n) // labels closer than this (in decades) crowd
	for _, mant := range [][]float64{{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 5}, {1, 3}, {1}} {
		labelled = spread(logMarks(min, max, lo, hi, mant, 1), gap)
		if len(labelled) <= n {
			break
		}
	}
	for step := 2; len(labelled) > n; step++ { // decades: every step-th
		labelled = logMarks(min, max, lo, hi, []float64{1}, step)
	}
	if len(labelled) < 2 {
		ticks := NiceTicks{Labels: n}.Ticks(min, max)
		for i := range ticks {
			if ticks[i].Label != "" {
				ticks[i].Label = logLabel(ticks[i].Value, t.Kind)
			}
		}
		return ticks
	}
	var ticks []plot.Tick
	isLabel := map[float64]bool{}
	for _, v := range labelled {
		isLabel[v] = true
	}
	minor := func(int) bool { return true }
	switch decades := math.Log10(max / min); {
	case 2*decades > 5*float64(n):
		minor = func(int) bool { return false }
	case 8*decades > 5*float64(n):
		minor = func(m int) bool { return m == 2 || m == 5 }
	}
	for e := lo; e <= hi; e++ {
		for m := 1; m <= 9; m++ {
			v := float64(m) * math.Pow(10, float64(e))
			if v < min*(1-1e-12) || v > max*(1+1e-12) || m > 1 && !isLabel[v] && !minor(m) {
				continue
			}
			tk := plot.Tick{Value: v}
			if isLabel[v] {
				tk.Label = logLabel(v, t.Kind)
			}
			ticks = append(ticks, tk)
		}
	}
	return ticks
}

// logMarks returns the values m * 10^e in [min, max] for m in mant and e
// from lo to hi in steps of step (decades aligned on multiples of step).
func logMarks(min, max float64, lo, hi int, mant []float64, step int) []float64 {
	var out []float64
	for e := lo; e <= hi; e++ {
		if mod(e, step) != 0 {
			continue
		}
		for _, m := range mant {
			if v := m * math.Pow(10, float64(e)); v >= min*(1-1e-12) && v <= max*(1+1e-12) {
				out = append(out, v)
			}
		}
	}
	return out
}

// spread drops the values of increasing v closer than gap decades to the
// previous value kept, keeping powers of ten (a power of ten replaces a
// crowding neighbour that is not one; of two crowding powers of ten, the
// first stays).
func spread(v []float64, gap float64) []float64 {
	var out []float64
	decade := func(x float64) bool { return math.Abs(math.Log10(x)-math.Round(math.Log10(x))) < 1e-9 }
	for _, x := range v {
		switch {
		case len(out) == 0 || math.Log10(x/out[len(out)-1]) >= gap:
			out = append(out, x)
		case decade(x) && !decade(out[len(out)-1]):
			out[len(out)-1] = x
		}
	}
	return out
}

// logLabel prints v in kind with the decimals its leading digit needs.
func logLabel(v float64, kind check.Kind) string {
	scale := 1.0
	switch kind {
	case check.PercentKind:
		scale = 100
	case check.BasisPoints:
		scale = 1e4
	}
	d := max(0, int(-math.Floor(math.Log10(v*scale)+1e-9)))
	return check.Format{Kind: kind, Decimals: d}.Value(v)
}

// logAxis makes the y axis of p logarithmic over the positive range
// [lo, hi] of the data, widened by Headroom on each side in log space, and
// labelled by LogTicks in kind.
func logAxis(p *plot.Plot, lo, hi float64, kind check.Kind) {
	span := math.Log(hi / lo)
	p.Y.Scale = plot.LogScale{}
	p.Y.Tick.Marker = LogTicks{Kind: kind}
	p.Y.Min, p.Y.Max = lo*math.Exp(-Headroom*span), hi*math.Exp(Headroom*span)
	if lo == hi { // one value: a factor 2 around it
		p.Y.Min, p.Y.Max = lo/math.Sqrt2, hi*math.Sqrt2
	}
}

// positive returns an error naming what and the index of the first finite
// value of v that is not positive (a log axis cannot show it).
func positive(what string, v []float64, at func(i int) string) error {
	for i, x := range v {
		if finite(x) && x <= 0 {
			return fmt.Errorf("%s: value %v at %s is not positive (LogY)", what, x, at(i))
		}
	}
	return nil
}
