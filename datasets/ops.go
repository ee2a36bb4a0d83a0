package datasets

import (
	"fmt"
	"math"
)

// SimpleReturns returns r_t = x_t / x_{t-1} - 1 for consecutive
// observations, dated at t (one observation shorter than s), as decimals
// (0.01 is +1%), not annualised. A return is NaN when either price is
// missing or x_{t-1} = 0 (undefined, never ±Inf); no gap is bridged, so
// drop or fill missing values first if that is intended. Unit becomes
// UnitDecimal.
func (s Series) SimpleReturns() Series {
	return s.pairwise("SimpleReturns", func(prev, cur float64) float64 {
		if prev == 0 {
			return math.NaN()
		}
		return cur/prev - 1
	}, UnitDecimal)
}

// LogReturns returns r_t = ln(x_t / x_{t-1}) as decimals, not annualised
// (see SimpleReturns for dating and missing values). It is NaN when either
// value is missing or not strictly positive (the log return is undefined
// there; never ±Inf). Unit becomes UnitDecimal.
func (s Series) LogReturns() Series {
	return s.pairwise("LogReturns", func(prev, cur float64) float64 {
		if !(prev > 0 && cur > 0) {
			return math.NaN()
		}
		return math.Log(cur / prev)
	}, UnitDecimal)
}

// Diff returns d_t = x_t - x_{t-1}, dated at t, in the unit of s (e.g. a
// yield change in decimals). NaN when either value is missing.
func (s Series) Diff() Series {
	return s.pairwise("Diff", func(prev, cur float64) float64 { return cur - prev }, s.Unit)
}

// pairwise applies f to consecutive values.
func (s Series) pairwise(fn string, f func(prev, cur float64) float64, unit Unit) Series {
	s.check(fn)
	if len(s.Values) < 2 {
		out := s.withValues(nil)
		out.Dates, out.Unit = nil, unit
		return out
	}
	v := make([]float64, len(s.Values)-1)
	for i := range v {
		v[i] = f(s.Values[i], s.Values[i+1]) // NaN propagates
	}
	out := s.withValues(v)
	out.Dates, out.Unit = s.Dates[1:], unit
	return out
}

// Lag returns the series shifted by k observations on the same dates:
// out_t = x_{t-k}. The first k values are NaN; a negative k leads. It
// panics when |k| exceeds the length.
func (s Series) Lag(k int) Series {
	s.check("Lag")
	n := len(s.Values)
	if k > n || -k > n {
		panic(fmt.Sprintf("sbcorr: datasets.Lag: |k|=%d exceeds series length %d", k, n))
	}
	v := make([]float64, n)
	for i := range v {
		j := i - k
		if j < 0 || j >= n {
			v[i] = math.NaN()
		} else {
			v[i] = s.Values[j]
		}
	}
	return s.withValues(v)
}

// FillForward replaces a missing value by the last available one, carrying
// it over at most limit consecutive observations; longer gaps stay NaN
// beyond the limit. Leading missing values stay NaN. It panics when limit
// is negative. Forward-filling is never done implicitly by this package.
func (s Series) FillForward(limit int) Series {
	s.check("FillForward")
	if limit < 0 {
		panic(fmt.Sprintf("sbcorr: datasets.FillForward: negative limit %d", limit))
	}
	v := make([]float64, len(s.Values))
	last, run := math.NaN(), 0
	for i, x := range s.Values {
		switch {
		case !math.IsNaN(x):
			v[i], last, run = x, x, 0
		case run < limit && !math.IsNaN(last):
			v[i] = last
			run++
		default:
			v[i] = math.NaN()
			run++
		}
	}
	return s.withValues(v)
}
