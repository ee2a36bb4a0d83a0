package badinput

import (
	"math"
	"slices"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// seriesExempt are the exported functions of package series without rows.
var seriesExempt = map[string]string{
	"Provenance.String": "formats text (no number to get wrong)",
	"Reason.String":     "formats text (no number to get wrong)",
	"Series.Named":      "sets the name (no number)",
	"Series.InUnit":     "sets the unit label (no number)",
	"Series.AtFreq":     "sets the frequency label (no number)",
	"Frame.Names":       "lists the column names (no number)",
	"PeriodNames":       "lists period names (no number)",
}

// day0 is the first date of the matrix's daily series.
var day0 = series.Date(2020, 1, 1)

// daily returns the daily series of v on consecutive calendar days from
// day0 (frequency Daily, unit price).
func daily(v ...float64) series.Series {
	d := series.Days(day0, day0.AddDate(0, 0, len(v)-1))
	if len(v) == 0 {
		d = nil
	}
	s := series.New("x", d, v)
	s.Freq, s.Unit = series.Daily, series.UnitPrice
	return s
}

// monthly returns the monthly series of v at the month ends of 2020 on.
func monthly(v ...float64) series.Series {
	d := make([]time.Time, len(v))
	for i := range d {
		d[i] = series.Date(2020, time.Month(i+2), 0)
	}
	s := series.New("m", d, v)
	s.Freq, s.Unit = series.Monthly, series.UnitDecimal
	return s
}

// prices returns 40 positive seeded prices.
func prices() []float64 {
	x, _ := Returns(40, 40)
	p := make([]float64, len(x))
	v := 100.0
	for i, r := range x {
		v *= 1 + r
		p[i] = v
	}
	return p
}

// seriesRows are the rows of package series.
func seriesRows() []Case {
	rows := seriesReturnRows()
	rows = append(rows, seriesStatRows()...)
	rows = append(rows, seriesCombineRows()...)
	return append(rows, seriesStructRows()...)
}

// seriesReturnRows are the rows of the returns and changes: a NaN or ±Inf
// price gives NaN with a reason at the changes it touches; prices of any
// magnitude give the same returns; a change never spans a gap.
func seriesReturnRows() []Case {
	p := prices()
	s := daily(p...)
	type op struct {
		name string
		f    func(series.Series) series.Series
		unit bool // invariant to the scale of the prices
	}
	var rows []Case
	for _, o := range []op{
		{"Series.SimpleReturns", series.Series.SimpleReturns, true},
		{"Series.LogReturns", series.Series.LogReturns, true},
		{"Series.Change", func(s series.Series) series.Series { return s.Change(3) }, true},
		{"Series.CompoundReturns", func(s series.Series) series.Series { return s.SimpleReturns().CompoundReturns(5) }, true},
		{"Series.Diff", series.Series.Diff, false},
		{"Series.Difference", func(s series.Series) series.Series { return s.Difference(2) }, false},
		{"Series.Changes", func(s series.Series) series.Series {
			return s.Changes(series.UnitDecimal, func(a, b float64) float64 { return b/a - 1 })
		}, true},
	} {
		base := o.f(s).Values
		rows = append(rows,
			Case{o.name, "NaN price at t=10", NaNWhy, func() Out { return Of(o.f(daily(With(p, 10, nan)...))) }},
			Case{o.name, "+Inf price at t=10", NaNWhy, func() Out { return Of(o.f(daily(With(p, 10, inf)...))) }},
			Case{o.name, "-Inf price at t=10", NaNWhy, func() Out { return Of(o.f(daily(With(p, 10, ninf)...))) }},
			Case{o.name, "empty", Value, func() Out { o := Of(o.f(daily())); return o.Check(lenIs(o, 0)) }},
			Case{o.name, "one price", NaNWhy, func() Out {
				r := o.f(daily(p[0]))
				if r.Len() == 0 { // Changes drops the first date
					return Doc("no change from one price", nan)
				}
				return Of(r)
			}},
			Case{o.name, "a gap of 10 days", NaNWhy, func() Out {
				d := series.Days(day0, day0.AddDate(0, 0, 39))
				for i := 20; i < 40; i++ {
					d[i] = d[i].AddDate(0, 0, 10)
				}
				g := series.New("x", d, p)
				g.Freq = series.Daily
				return Of(o.f(g))
			}},
		)
		for _, k := range []float64{1e-300, 1e300} {
			rows = append(rows, Case{o.name, "prices scaled by " + g(k), Value, func() Out {
				got := Of(o.f(daily(Scale(p, k)...)))
				if o.unit {
					return Same(got, base, 1e-12)
				}
				return Same(got, base, 1e-12).relative(base, k, 1e-12)
			}})
		}
	}
	return append(rows,
		Case{"Series.LogReturns", "zero price: Undefined", NaNWhy, func() Out { return reasonAt(daily(With(p, 5, 0)...).LogReturns(), 5, series.Undefined) }},
		Case{"Series.SimpleReturns", "zero price: Undefined", NaNWhy, func() Out { return reasonAt(daily(With(p, 5, 0)...).SimpleReturns(), 5, series.Undefined) }},
		Case{"Series.Change", "h 0", Panic, func() Out { return Of(s.Change(0)) }},
		Case{"Series.Difference", "h -1", Panic, func() Out { return Of(s.Difference(-1)) }},
		Case{"Series.CompoundReturns", "h 0", Panic, func() Out { return Of(s.CompoundReturns(0)) }},
		Case{"Series.Changes", "nil f", Panic, func() Out { return Of(s.Changes(series.UnitDecimal, nil)) }},
		Case{"Series.Change", "h > n: all TooFew", NaNWhy, func() Out { return Of(daily(p[:3]...).Change(5)) }},
		Case{"Series.CompoundReturns", "returns of 1e300 overflow: Undefined, not +Inf", NaNWhy, func() Out {
			return Of(daily(1e300, 1e300, 1e300).CompoundReturns(2))
		}},
	)
}

// reasonAt checks that s is NaN with reason want at index i.
func reasonAt(s series.Series, i int, want series.Reason) Out {
	o := Of(s)
	return o.Check(cond(s.Reason(i) == want, "reason "+s.Reason(i).String()+", want "+want.String()))
}

// seriesStatRows are the rows of the statistics of a series.
func seriesStatRows() []Case {
	p := prices()
	s := daily(p...)
	one := func(v ...float64) Out { return Nums(nil, v...) }
	sum := s.Summary()
	sumV := []float64{sum.Mean, sum.Std, sum.Min, sum.P20, sum.Median, sum.P80, sum.Max}
	summary := func(x series.Series) Out {
		m := x.Summary()
		return Doc("fewer than 2 values, or an infinite one", m.Mean, m.Std, m.Min, m.P20, m.Median, m.P80, m.Max)
	}
	summarise := func(v []float64) Out {
		m, err := series.Summarise(v)
		return Nums(err, m.Mean, m.Std, m.Min, m.P20, m.Median, m.P80, m.Max)
	}
	rows := []Case{
		{"Series.Summary", "NaN skipped", Value, func() Out { return Same(summary(daily(append(p, nan)...)), sumV, 1e-15) }},
		{"Series.Summary", "+Inf: all NaN", NaNWhy, func() Out { return summary(daily(With(p, 3, inf)...)) }},
		{"Series.Summary", "one value", NaNWhy, func() Out { return summary(daily(1)) }},
		{"Series.Summary", "empty", NaNWhy, func() Out { return summary(daily()) }},
		{"Summarise", "empty", Err, func() Out { return summarise(nil) }},
		{"Summarise", "-Inf", Err, func() Out { return summarise(With(p, 0, ninf)) }},
		{"Summarise", "values near 1.7e308", Value, func() Out {
			o := summarise(Scale(p, 1.7e308/200))
			for i := range o.Vals {
				o.Vals[i] /= 1.7e308 / 200
			}
			return Same(o, sumV, 1e-13)
		}},
		{"Summarise", "subnormal values (rounded to the subnormal grid)", Value, func() Out { return subnormalStats(summarise, p) }},
		{"Series.Mean", "NaN skipped", Value, func() Out { return Same(one(daily(append(p, nan)...).Mean()), []float64{sum.Mean}, 1e-15) }},
		{"Series.Mean", "no value", NaNWhy, func() Out { return Doc("no value", daily(nan, nan).Mean()) }},
		{"Series.Mean", "values near 1e308 (no overflow)", Value, func() Out { return Same(one(daily(1e308, 1.5e308).Mean()), []float64{1.25e308}, 1e-15) }},
		{"Series.Mean", "+Inf", Value, func() Out { return Same(one(daily(1, inf).Mean()), []float64{inf}, 0) }},
		{"Series.Mean", "+Inf and -Inf", NaNWhy, func() Out { return Doc("mean of +Inf and -Inf", daily(ninf, inf).Mean()) }},
		{"Quantile", "[1, 2, +Inf] at 0.5", Value, func() Out { return Same(one(series.Quantile([]float64{1, 2, inf}, 0.5)), []float64{2}, 0) }},
		{"Quantile", "[-1.7e308, 1.7e308] at 0.5 (no overflow)", Value, func() Out {
			return Same(one(series.Quantile([]float64{-1.7e308, 1.7e308}, 0.5)), []float64{0}, 0)
		}},
		{"Quantile", "[-Inf, +Inf] at 0.5", NaNWhy, func() Out { return Doc("between -Inf and +Inf", series.Quantile([]float64{ninf, inf}, 0.5)) }},
		{"Quantile", "p -0.1", Panic, func() Out { return one(series.Quantile(p, -0.1)) }},
		{"Tails", "p 1.5", Panic, func() Out { lo, _ := series.Tails(p, 1.5); return Nums(nil, float64(len(lo))) }},
		{"Tails", "NaN in neither tail, +-Inf in theirs", Value, func() Out {
			lo, hi := series.Tails([]float64{1, nan, inf, ninf, 2, 3}, 0.2)
			return one().Check(cond(!lo[1] && !hi[1] && hi[2] && lo[3], "NaN or an infinity in the wrong tail"))
		}},
		{"Tails", "values scaled by 1e-300 and subnormal: the same tails", Value, func() Out {
			lo, hi := series.Tails(p, 0.2)
			l2, h2 := series.Tails(Scale(p, 1e-300), 0.2)
			l3, h3 := series.Tails(Scale(p, 0x1p-1030), 0.2)
			return one().Check(cond(slices.Equal(lo, l2) && slices.Equal(hi, h2) && slices.Equal(lo, l3) && slices.Equal(hi, h3), "tails moved with the scale"))
		}},
		{"Quantile", "[-Inf, 1, 2] at 0.5", Value, func() Out { return Same(one(series.Quantile([]float64{ninf, 1, 2}, 0.5)), []float64{1}, 0) }},
		{"Quantile", "empty", NaNWhy, func() Out { return Doc("no value is not NaN", series.Quantile(nil, 0.5)) }},
		{"Quantile", "all NaN", NaNWhy, func() Out { return Doc("no value is not NaN", series.Quantile([]float64{nan, nan}, 0.5)) }},
		{"Quantile", "p NaN", Panic, func() Out { return one(series.Quantile(p, nan)) }},
		{"Summarise", "NaN skipped", Value, func() Out { return Same(summarise(append([]float64{nan}, p...)), summarise(p).Vals, 0) }},
		{"Summarise", "1 value", Err, func() Out { return summarise(p[:1]) }},
		{"Quantile", "permuted", Value, func() Out {
			return Same(one(series.Quantile(Permute(p, 2), 0.3)), []float64{series.Quantile(p, 0.3)}, 0)
		}},
		{"Series.Quantile", "NaN p", Panic, func() Out { return one(s.Quantile(nan)) }},
		{"Series.Quantile", "= Quantile of the values", Value, func() Out { return Same(one(s.Quantile(0.8)), []float64{sum.P80}, 0) }},
		{"Series.Share", "NaN skipped", Value, func() Out {
			return Same(one(daily(1, -1, nan, 2).Share(func(v float64) bool { return v > 0 })), []float64{2.0 / 3}, 1e-15)
		}},
		{"Series.Share", "no value", NaNWhy, func() Out { return Doc("no value", daily(nan).Share(func(float64) bool { return true })) }},
		{"Series.Share", "nil pred", Panic, func() Out { return one(s.Share(nil)) }},
		{"Series.Largest", "k -1", Panic, func() Out { return one(float64(len(s.Largest(-1)))) }},
		{"Series.Largest", "NaN and +Inf", Value, func() Out {
			idx := daily(1, nan, inf, 3).Largest(3)
			return Same(one(float64(idx[0]), float64(idx[1]), float64(idx[2])), []float64{2, 3, 0}, 0)
		}},
		{"Series.Largest", "k > n", Value, func() Out { return Same(one(float64(len(daily(1, nan, 3).Largest(5)))), []float64{2}, 0) }},
		{"Series.CountNaN", "two", Value, func() Out { return Same(one(float64(daily(1, nan, inf, nan).CountNaN())), []float64{2}, 0) }},
		{"Series.LastValid", "skips a trailing NaN", Value, func() Out {
			v, d := daily(1, 2, nan).LastValid()
			return Same(one(v), []float64{2}, 0).Check(cond(d.Equal(day0.AddDate(0, 0, 1)), "wrong date"))
		}},
		{"Series.LastValid", "no value", NaNWhy, func() Out { v, _ := daily(nan).LastValid(); return Doc("no value", v) }},
		{"MeanAbsDiff", "no common value", NaNWhy, func() Out { return Doc("no date with both values", series.MeanAbsDiff(daily(nan, 1), daily(2, nan))) }},
		{"MeanAbsDiff", "NaN skipped", Value, func() Out { return Same(one(series.MeanAbsDiff(daily(1, nan, 4), daily(2, 5, 1))), []float64{2}, 0) }},
		{"MeanAbsDiff", "values of 8e307 (no overflow)", Value, func() Out {
			return Same(one(series.MeanAbsDiff(daily(8e307, -8e307), daily(-8e307, 8e307))), []float64{1.6e308}, 1e-15)
		}},
	}
	return rows
}

// seriesCombineRows are the rows of the operations on two or more series
// and of the element-wise operations.
func seriesCombineRows() []Case {
	a, b := daily(1, 2, nan, 4, inf), daily(2, nan, 3, 1, inf)
	one := func(v ...float64) Out { return Nums(nil, v...) }
	sub := func(x, y float64) float64 { return x - y }
	return []Case{
		{"Combine", "NaN in either: NaN with the input's reason", NaNWhy, func() Out { return Of(series.Combine(a, b, sub)) }},
		{"Combine", "f gives NaN (+Inf - +Inf): Undefined", NaNWhy, func() Out { return reasonAt(series.Combine(a, b, sub), 4, series.Undefined) }},
		{"Combine", "different dates", Panic, func() Out { return Of(series.Combine(a, daily(1, 2), sub)) }},
		{"Combine", "nil f", Panic, func() Out { return Of(series.Combine(daily(1), daily(2), nil)) }},
		{"Combine", "values of 1e308: x - y exact", Value, func() Out {
			return Same(Of(series.Combine(daily(1e308), daily(-5e307), sub)), []float64{1.5e308}, 1e-15)
		}},
		{"Compare", "NaN in either: NaN", NaNWhy, func() Out { return Of(series.Compare(a, b, func(x, y float64) bool { return x < y })) }},
		{"Compare", "nil cond", Panic, func() Out { return Of(series.Compare(daily(1), daily(2), nil)) }},
		{"Compare", "0/1", Value, func() Out {
			return Same(Of(series.Compare(daily(1, 3), daily(2, 2), func(x, y float64) bool { return x < y })), []float64{1, 0}, 0)
		}},
		{"Average", "no series", Panic, func() Out { return Of(series.Average("a")) }},
		{"Average", "dates where all have a value", Value, func() Out { return Same(Of(series.Average("a", daily(1, 2, nan), daily(3, nan, 5))), []float64{2}, 0) }},
		{"Average", "+Inf and -Inf: Undefined", NaNWhy, func() Out { return reasonAt(series.Average("a", daily(inf), daily(ninf)), 0, series.Undefined) }},
		{"Average", "values of 1.5e308 (no overflow)", Value, func() Out {
			return Same(Of(series.Average("a", daily(1.5e308), daily(1.5e308))), []float64{1.5e308}, 1e-15)
		}},
		{"Series.Map", "f gives NaN: Undefined", NaNWhy, func() Out { return reasonAt(daily(-1, 4).Map(math.Sqrt), 0, series.Undefined) }},
		{"Series.Map", "NaN input keeps its reason", NaNWhy, func() Out { return Of(daily(nan, 4).Map(math.Sqrt)) }},
		{"Series.Map", "nil f", Panic, func() Out { return Of(daily(1).Map(nil)) }},
		{"Series.Scale", "k NaN", Panic, func() Out { return Of(daily(1, 2).Scale(nan, series.UnitDecimal)) }},
		{"Series.Scale", "k +Inf", Panic, func() Out { return Of(daily(1, 2).Scale(inf, series.UnitDecimal)) }},
		{"Series.Scale", "1e300 by 1e-300", Value, func() Out { return Same(Of(daily(1e300).Scale(1e-300, series.UnitDecimal)), []float64{1}, 1e-15) }},
		{"Series.Scale", "NaN keeps its reason", NaNWhy, func() Out { return Of(daily(nan, 1).Scale(2, series.UnitDecimal)) }},
		{"Series.PercentToDecimal", "already decimal", Panic, func() Out {
			return Of(daily(4.25).InUnit(series.UnitPercent).PercentToDecimal().PercentToDecimal())
		}},
		{"Series.PercentToDecimal", "4.25 -> 0.0425, NaN kept", NaNWhy, func() Out {
			return Same(Of(daily(4.25, nan).InUnit(series.UnitPercent).PercentToDecimal()), []float64{0.0425, nan}, 1e-17)
		}},
		{"Series.PercentToDecimal", "1e-320 percent (subnormal)", Value, func() Out {
			return Same(Of(daily(1e-320).InUnit(series.UnitPercent).PercentToDecimal()), []float64{1e-322}, 0.1)
		}},
		{"Series.FillForward", "limit -1", Panic, func() Out { return Of(a.FillForward(-1)) }},
		{"Series.FillForward", "limit 1", NaNWhy, func() Out { return Same(Of(daily(1, nan, nan, 4).FillForward(1)), []float64{1, 1, nan, 4}, 0) }},
		{"Series.FillForward", "leading NaN stays", NaNWhy, func() Out { return Same(Of(daily(nan, 2).FillForward(5)), []float64{nan, 2}, 0) }},
		{"Series.Lag", "k > n", Panic, func() Out { return Of(daily(1, 2).Lag(3)) }},
		{"Series.Lag", "k 1: TooFew first", NaNWhy, func() Out { return Same(Of(daily(1, 2, 3).Lag(1)), []float64{nan, 1, 2}, 0) }},
		{"Series.Lag", "k -1 leads", NaNWhy, func() Out { return Same(Of(daily(1, 2, 3).Lag(-1)), []float64{2, 3, nan}, 0) }},
		{"Series.When", "different dates", Panic, func() Out { return Of(a.When(daily(1), func(float64) bool { return true })) }},
		{"Series.When", "NaN cond never selects", NaNWhy, func() Out { return Of(a.When(b, func(float64) bool { return true })) }},
		{"Series.When", "nil pred", Panic, func() Out { return Of(a.When(b, nil)) }},
		{"Series.Where", "flag 2 selects nothing, NaN flag nothing", Value, func() Out {
			return Same(Of(daily(5, 6, 7).Where(daily(1, 2, nan))), []float64{5}, 0)
		}},
		{"Series.Where", "different dates", Panic, func() Out { return Of(a.Where(daily(1))) }},
		{"OnlyIn", "a's values where b has none", Value, func() Out { return Same(Of(series.OnlyIn(daily(1, 2, 3), daily(nan, 5))), []float64{1, 3}, 0) }},
		{"OnlyIn", "a's NaN is not a value", Value, func() Out { o := Of(series.OnlyIn(daily(nan), daily(nan))); return o.Check(lenIs(o, 0)) }},
		{"Align", "dates where both have a value", Value, func() Out {
			x, y := series.Align(a, b)
			return Same(one(append(x.Values, y.Values...)...), []float64{1, 4, inf, 2, 1, inf}, 0)
		}},
		{"Align", "+Inf is a value", Value, func() Out {
			x, _ := series.Align(daily(inf), daily(1))
			return Same(Of(x), []float64{inf}, 0)
		}},
		{"Constant", "NaN value: Missing", NaNWhy, func() Out { return Of(series.Constant("c", nan, a.Dates)) }},
		{"Constant", "unsorted dates", Panic, func() Out { return Of(series.Constant("c", 1, []time.Time{day0.AddDate(0, 0, 1), day0})) }},
		{"Constant", "no dates", Value, func() Out { o := Of(series.Constant("c", 1, nil)); return o.Check(lenIs(o, 0)) }},
		{"FromFunc", "f gives NaN: Undefined", NaNWhy, func() Out {
			return reasonAt(series.FromFunc("f", a.Dates, func(time.Time) float64 { return nan }), 0, series.Undefined)
		}},
		{"FromFunc", "nil f", Panic, func() Out { return Of(series.FromFunc("f", a.Dates, nil)) }},
		{"FromFunc", "duplicate dates", Panic, func() Out {
			return Of(series.FromFunc("f", []time.Time{day0, day0}, func(time.Time) float64 { return 1 }))
		}},
		{"Interpolate", "NaN knot value", Panic, func() Out { return Of(series.Interpolate("i", a.Dates, []time.Time{day0}, []float64{nan})) }},
		{"Interpolate", "knots not increasing", Panic, func() Out {
			return Of(series.Interpolate("i", a.Dates, []time.Time{day0, day0}, []float64{1, 2}))
		}},
		{"Interpolate", "+Inf knot value", Panic, func() Out { return Of(series.Interpolate("i", a.Dates, []time.Time{day0}, []float64{inf})) }},
		{"Interpolate", "no knot", Panic, func() Out { return Of(series.Interpolate("i", a.Dates, nil, nil)) }},
		{"Interpolate", "halfway", Value, func() Out {
			return Same(Of(series.Interpolate("i", a.Dates[:3], []time.Time{day0, day0.AddDate(0, 0, 2)}, []float64{1, 2})), []float64{1, 1.5, 2}, 1e-15)
		}},
		{"Interpolate", "values of 1e308 (no overflow)", Value, func() Out {
			return Same(Of(series.Interpolate("i", a.Dates[1:2], []time.Time{day0, day0.AddDate(0, 0, 2)}, []float64{-1.5e308, 1.5e308})), []float64{0}, 1e-15)
		}},
		{"Each", "applies f", Value, func() Out {
			return Same(Of(series.Each([]series.Series{daily(1, 3)}, series.Series.Diff)[0]), []float64{2}, 0)
		}},
		{"Each", "nil f", Panic, func() Out { return Of(series.Each([]series.Series{daily(1)}, nil)[0]) }},
	}
}
