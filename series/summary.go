package series

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// Summary describes the non-NaN values of a sample as in the summary
// table of Hu, Jin & Pan ("A Tale of Two Days", AFA 2025): count, mean,
// standard deviation, minimum, 20% quantile, median, 80% quantile and
// maximum, and, for a series, the dates of the extremes.
type Summary struct {
	N                          int       // number of non-NaN values summarised
	NaN                        int       // number of NaN values skipped
	Mean, Std                  float64   // Std is the sample standard deviation (divisor n-1)
	Min, P20, Median, P80, Max float64   // order statistics and type-7 quantiles
	MinAt, MaxAt               time.Time // dates of the first minimum and maximum (series only)
}

// Summarise returns the Summary of the non-NaN values of v. Quantiles are
// type 7 (see Quantile). Values of any finite magnitude are summarised
// without overflow (the variance is computed on values scaled by the
// largest magnitude). It returns an error when fewer than 2 values are not
// NaN, or when a value is ±Inf (mean and variance are then undefined).
func Summarise(v []float64) (Summary, error) {
	for i, f := range v {
		if math.IsInf(f, 0) {
			return Summary{}, fmt.Errorf("series: Summarise: value %d is %v", i, f)
		}
	}
	s := sortedValid(v)
	if len(s) < 2 {
		return Summary{}, fmt.Errorf("series: Summarise: %d non-NaN values, need at least 2", len(s))
	}
	mean, std := meanStd(s)
	return Summary{N: len(s), NaN: len(v) - len(s), Mean: mean, Std: std,
		Min: s[0], P20: quantileSorted(s, 0.2), Median: quantileSorted(s, 0.5),
		P80: quantileSorted(s, 0.8), Max: s[len(s)-1]}, nil
}

// Summary returns the Summary of the series' non-NaN values with the
// dates of its extremes, e.g. s.Years(2001, 2021).Summary(). With fewer
// than 2 values (or an infinite one) every statistic is NaN and N says how
// many values there were.
func (s Series) Summary() Summary {
	s.check("Summary")
	sum, err := Summarise(s.Values)
	if err != nil {
		n := len(s.Values) - s.CountNaN()
		nan := math.NaN()
		return Summary{N: n, NaN: s.CountNaN(), Mean: nan, Std: nan, Min: nan, P20: nan, Median: nan, P80: nan, Max: nan}
	}
	for i, v := range s.Values {
		if v == sum.Min && sum.MinAt.IsZero() {
			sum.MinAt = s.Dates[i]
		}
		if v == sum.Max && sum.MaxAt.IsZero() {
			sum.MaxAt = s.Dates[i]
		}
	}
	return sum
}

// Mean returns the mean of the non-NaN values (NaN when there are none).
func (s Series) Mean() float64 {
	v := sortedValid(s.Values)
	if len(v) == 0 {
		return math.NaN()
	}
	m, _ := meanStd(v)
	return m
}

// Quantile returns the type-7 quantile of the non-NaN values of v:
// linear interpolation between order statistics at h = p(n-1)
// (Hyndman-Fan type 7, the default of numpy.quantile, pandas and R). It is
// the toolkit's one quantile implementation. An order statistic that is
// ±Inf is returned as is when p hits it exactly (Quantile([1, 2, +Inf],
// 0.5) is 2), and between a finite value and an infinite one the quantile
// is the infinite one (the limit of the interpolation); finite values of
// any magnitude interpolate without overflow. It returns NaN when v has
// no non-NaN value or p falls strictly between a -Inf and a +Inf, and
// panics unless 0 <= p <= 1.
func Quantile(v []float64, p float64) float64 {
	if !(p >= 0 && p <= 1) {
		panic(fmt.Sprintf("series: Quantile: p = %v outside [0, 1]", p))
	}
	s := sortedValid(v)
	if len(s) == 0 {
		return math.NaN()
	}
	return quantileSorted(s, p)
}

// Quantile returns the type-7 quantile of the series' non-NaN values (see
// the function Quantile).
func (s Series) Quantile(p float64) float64 { return Quantile(s.Values, p) }

// quantileSorted is Quantile on sorted values without NaN.
func quantileSorted(s []float64, p float64) float64 {
	h := p * float64(len(s)-1)
	lo := int(math.Floor(h))
	if lo >= len(s)-1 {
		return s[len(s)-1]
	}
	frac := h - float64(lo)
	if frac == 0 || s[lo] == s[lo+1] {
		return s[lo]
	}
	a, b := s[lo], s[lo+1]
	switch {
	case math.IsInf(a, -1) && math.IsInf(b, 1):
		return math.NaN() // between -Inf and +Inf: undefined
	case math.IsInf(a, -1):
		return a
	case math.IsInf(b, 1):
		return b
	}
	if d := b - a; !math.IsInf(d, 0) {
		return a + frac*d
	}
	return (1-frac)*a + frac*b // finite values more than 1.8e308 apart
}

// sortedValid returns the non-NaN values of v in increasing order (a copy).
func sortedValid(v []float64) []float64 {
	s := make([]float64, 0, len(v))
	for _, f := range v {
		if !math.IsNaN(f) {
			s = append(s, f)
		}
	}
	slices.Sort(s)
	return s
}

// meanStd returns the mean and the sample standard deviation (NaN for one
// value) of finite values, computed on the values multiplied by 2^-e, e
// the binary exponent of the largest magnitude: the scaling is exact, so
// ordinary values give the figures of the plain two-pass formulas bit for
// bit, values near ±1e308 do not overflow and subnormal values keep their
// spread.
func meanStd(v []float64) (mean, std float64) {
	big := 0.0
	for _, x := range v {
		big = math.Max(big, math.Abs(x))
	}
	_, e := math.Frexp(big) // 0 for all zeros
	m := 0.0
	for _, x := range v {
		m += math.Ldexp(x, -e)
	}
	m /= float64(len(v))
	ss := 0.0
	for _, x := range v {
		d := math.Ldexp(x, -e) - m
		ss += d * d
	}
	std = math.NaN()
	if len(v) > 1 {
		std = math.Ldexp(math.Sqrt(ss/float64(len(v)-1)), e)
	}
	return math.Ldexp(m, e), std
}
