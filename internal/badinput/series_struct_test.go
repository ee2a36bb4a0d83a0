package badinput

import (
	"time"

	"github.com/stockbond/sbcorr/series"
)

// times returns the dates as Unix days, for Same.
func times(d ...time.Time) []float64 {
	out := make([]float64, len(d))
	for i, t := range d {
		out[i] = float64(t.Unix()) / 86400
	}
	return out
}

// seriesStructRows are the rows of the calendar, selection, resampling and
// frame operations: unsorted or duplicate dates and impossible arguments
// panic, a missing value keeps its reason, resampling never takes a value
// across a gap silently.
func seriesStructRows() []Case {
	d := func(i int) time.Time { return day0.AddDate(0, 0, i) }
	a := daily(1, nan, 3, 4, inf)
	one := func(v ...float64) Out { return Nums(nil, v...) }
	dts := func(t ...time.Time) Out { return Nums(nil, times(t...)...) }
	m := monthly(0.1, 0.2, nan, 0.4)
	rows := []Case{
		{"New", "unsorted dates", Panic, func() Out { return Of(series.New("x", []time.Time{d(1), d(0)}, []float64{1, 2})) }},
		{"New", "duplicate dates", Panic, func() Out { return Of(series.New("x", []time.Time{d(0), d(0)}, []float64{1, 2})) }},
		{"New", "lengths differ", Panic, func() Out { return Of(series.New("x", []time.Time{d(0)}, []float64{1, 2})) }},
		{"New", "NaN and +Inf values: Missing and kept", NaNWhy, func() Out { return Same(Of(a), []float64{1, nan, 3, 4, inf}, 0) }},
		{"Date", "31 April is 1 May (time.Date)", Value, func() Out { return Same(dts(series.Date(2020, 4, 31)), times(series.Date(2020, 5, 1)), 0) }},
		{"Days", "to before from: none", Value, func() Out { return Same(one(float64(len(series.Days(d(3), d(1))))), []float64{0}, 0) }},
		{"Days", "inclusive", Value, func() Out { return Same(dts(series.Days(d(0), d(2))...), times(d(0), d(1), d(2)), 0) }},
		{"MonthsBetween", "April to August 2001: 4, reversed -4", Value, func() Out {
			return Same(one(float64(series.MonthsBetween(series.Date(2001, 4, 30), series.Date(2001, 8, 1))),
				float64(series.MonthsBetween(series.Date(2001, 8, 1), series.Date(2001, 4, 30)))), []float64{4, -4}, 0)
		}},
		{"PeriodStart", "Daily", Panic, func() Out { return dts(series.PeriodStart(d(0), series.Daily)) }},
		{"PeriodStart", "unknown frequency", Panic, func() Out { return dts(series.PeriodStart(d(0), "fortnightly")) }},
		{"PeriodStart", "quarter of 15 May", Value, func() Out {
			return Same(dts(series.PeriodStart(series.Date(2020, 5, 15), series.Quarterly)), times(series.Date(2020, 4, 1)), 0)
		}},
		{"Decades", "last < first", Panic, func() Out { return one(float64(len(series.Decades(2000, 1990)))) }},
		{"Decades", "1875-2025: 16 decades", Value, func() Out { return Same(one(float64(len(series.Decades(1875, 2025)))), []float64{16}, 0) }},
		{"Spans", "n 0", Panic, func() Out { return one(float64(len(series.Spans(1995, 2023, 0)))) }},
		{"Spans", "1995-2023 by 5: 6 spans", Value, func() Out { return Same(one(float64(len(series.Spans(1995, 2023, 5)))), []float64{6}, 0) }},
		{"Years", "1980-1999 bounds", Value, func() Out {
			p := series.Years(1980, 1999)
			return Same(dts(p.From, p.To), times(series.Date(1980, 1, 1), series.Date(1999, 12, 31)), 0)
		}},
		{"Period.Contains", "open bounds and bounds inclusive", Value, func() Out {
			p := series.Years(2020, 0)
			c := p.Contains(series.Date(2020, 1, 1)) && p.Contains(series.Date(3000, 1, 1)) && !p.Contains(series.Date(2019, 12, 31))
			return one().Check(cond(c, "wrong containment"))
		}},
		{"Coverage", "open period", Panic, func() Out { return one(series.Coverage([]series.Series{a}, []series.Period{series.Years(2020, 0)})...) }},
		{"Coverage", "no series", NaNWhy, func() Out {
			return Doc("no series", series.Coverage(nil, []series.Period{series.Years(2019, 2020)})...)
		}},
		{"Coverage", "NaN is no data", Value, func() Out {
			return Same(one(series.Coverage([]series.Series{daily(nan, 1)}, []series.Period{series.Years(2019, 2020)})...), []float64{0.5}, 0)
		}},
		{"Series.Len", "NaN counted", Value, func() Out { return Same(one(float64(a.Len())), []float64{5}, 0) }},
		{"Series.First", "empty: zero time", Value, func() Out { return one().Check(cond(daily().First().IsZero() && a.First().Equal(d(0)), "first")) }},
		{"Series.Last", "empty: zero time", Value, func() Out { return one().Check(cond(daily().Last().IsZero() && a.Last().Equal(d(4)), "last")) }},
		{"Series.Floats", "a copy, NaN kept", Value, func() Out {
			f := a.Floats()
			f[0] = 9
			return Same(Of(a), []float64{1, nan, 3, 4, inf}, 0)
		}},
		{"Series.Index", "before the first date: -1", Value, func() Out { return Same(one(float64(a.Index(d(-1))), float64(a.Index(d(9)))), []float64{-1, 4}, 0) }},
		{"Series.At", "before the first date", NaNWhy, func() Out { return Doc("before the first date", a.At(d(-1))) }},
		{"Series.At", "a missing value", NaNWhy, func() Out { return Doc("the value is missing", a.At(d(1))) }},
		{"Series.At", "between dates: the last before", Value, func() Out { return Same(one(m.At(series.Date(2020, 2, 15))), []float64{0.1}, 0) }},
		{"Series.Reason", "index out of range", Panic, func() Out { return one(float64(a.Reason(9))) }},
		{"Series.Reason", "NaN without a reason: Missing", Value, func() Out {
			return Same(one(float64(a.Reason(1)), float64(a.Reason(4))), []float64{float64(series.Missing), float64(series.OK)}, 0)
		}},
		{"Series.MissingDates", "the NaN dates", Value, func() Out { return Same(dts(a.MissingDates()...), times(d(1)), 0) }},
		{"Series.Gaps", "a missing month", Value, func() Out {
			s := monthly(1, 2, 3)
			s.Dates[2] = series.Date(2020, 5, 31)
			return Same(one(float64(len(s.Gaps()))), []float64{1}, 0)
		}},
		{"Series.Adjacent", "i 0", Panic, func() Out { return one(b2f(a.Adjacent(0))) }},
		{"Series.Adjacent", "i = n", Panic, func() Out { return one(b2f(a.Adjacent(5))) }},
		{"Series.FlagPeriods", "value 2", Err, func() Out { p, err := monthly(0, 2).FlagPeriods(); return Nums(err, float64(len(p))) }},
		{"Series.FlagPeriods", "+Inf", Err, func() Out { p, err := monthly(0, inf).FlagPeriods(); return Nums(err, float64(len(p))) }},
		{"Series.FlagPeriods", "NaN counts as 0", Value, func() Out {
			p, err := monthly(1, nan, 1).FlagPeriods()
			return Same(Nums(err, float64(len(p))), []float64{2}, 0)
		}},
		{"Series.AtPeriodStart", "two in one month", Panic, func() Out { return Of(a.AtPeriodStart(series.Monthly)) }},
		{"Series.AtPeriodStart", "month ends to the 1st, values kept", NaNWhy, func() Out { return Same(Of(m.AtPeriodStart(series.Monthly)), m.Values, 0) }},
		{"Series.In", "period outside: empty", Value, func() Out { o := Of(a.In(series.Years(1990, 1991))); return o.Check(lenIs(o, 0)) }},
		{"Series.Between", "from after to: empty", Value, func() Out { o := Of(a.Between(d(3), d(1))); return o.Check(lenIs(o, 0)) }},
		{"Series.Between", "reasons kept", NaNWhy, func() Out { return Of(a.Between(d(1), d(3))) }},
		{"Series.Years", "2020", NaNWhy, func() Out { return Same(Of(a.Years(2020, 2020)), []float64{1, nan, 3, 4, inf}, 0) }},
		{"Series.DropNaN", "+Inf is a value", Value, func() Out { return Same(Of(a.DropNaN()), []float64{1, 3, 4, inf}, 0) }},
		{"Series.WithValues", "wrong length", Panic, func() Out { return Of(a.WithValues([]float64{1})) }},
		{"Series.WithValues", "Why cleared", NaNWhy, func() Out { return Of(daily(nan).WithWhy([]series.Reason{series.TooFew}).WithValues([]float64{nan})) }},
		{"Series.WithWhy", "wrong length", Panic, func() Out { return Of(a.WithWhy([]series.Reason{series.OK})) }},
		{"Series.WithWhy", "a reason on a value", Panic, func() Out { return Of(daily(1).WithWhy([]series.Reason{series.TooFew})) }},
		{"Series.WithWhy", "OK on a NaN: Missing (see Reason)", NaNWhy, func() Out { return reasonAt(daily(nan).WithWhy([]series.Reason{series.OK}), 0, series.Missing) }},
		{"Series.ValuesAt", "index -1", Panic, func() Out { return one(a.ValuesAt([]int{-1})...) }},
		{"Series.ValuesAt", "in order given", NaNWhy, func() Out { return Doc("missing value", a.ValuesAt([]int{2, 1})...) }},
		{"Series.AddDate", "months mapping two days onto one", Panic, func() Out {
			s := series.New("x", []time.Time{series.Date(2021, 1, 29), series.Date(2021, 2, 1)}, []float64{1, 2}) // both to 1 March
			return Of(s.AddDate(0, 1, 0))
		}},
		{"Series.AddDate", "values kept", NaNWhy, func() Out { return Same(Of(a.AddDate(0, 0, 14)), a.Values, 0) }},
		{"Series.AsOf", "unsorted dates", Panic, func() Out { return Of(a.AsOf([]time.Time{d(2), d(1)})) }},
		{"Series.AsOf", "before the first date, and a missing value", NaNWhy, func() Out {
			return Same(Of(a.AsOf([]time.Time{d(-1), d(1), d(9)})), []float64{nan, nan, inf}, 0)
		}},
		{"Series.OnDates", "two in one month", Panic, func() Out { s := a.AtFreq(series.Monthly); return Of(s.OnDates([]time.Time{d(0)})) }},
		{"Series.OnDates", "monthly on days: the month's value", NaNWhy, func() Out {
			return Same(Of(m.OnDates([]time.Time{series.Date(2020, 1, 2), series.Date(2020, 3, 5), series.Date(2020, 9, 1)})), []float64{0.1, nan, nan}, 0)
		}},
		{"Series.ResampleLast", "NaN month-end: the last value of the month", Value, func() Out {
			s := daily(prices()...)
			s.Values[30] = nan // 31 January
			r := s.ResampleLast(series.Monthly)
			return Same(Of(r), []float64{s.Values[29], s.Values[39]}, 0)
		}},
		{"Series.ResampleLast", "Daily", Panic, func() Out { return Of(a.ResampleLast(series.Daily)) }},
		{"Series.Aggregate", "a month all NaN: Missing", NaNWhy, func() Out {
			s := daily(prices()...)
			for i := 0; i < 31; i++ {
				s.Values[i] = nan
			}
			return reasonAt(s.Aggregate(series.Monthly, series.AggMean), 0, series.Missing)
		}},
		{"Series.Aggregate", "nil agg", Panic, func() Out { return Of(a.Aggregate(series.Monthly, nil)) }},
		{"Series.Aggregate", "AggCompound overflow: Undefined, not +Inf", NaNWhy, func() Out {
			return reasonAt(daily(1e300, 1e300).Aggregate(series.Monthly, series.AggCompound), 0, series.Undefined)
		}},
		{"Series.Days", "nil agg", Panic, func() Out { return Of(a.Days(nil)) }},
		{"Series.Days", "one value per day; an infinite sum is Undefined", NaNWhy, func() Out {
			d := a.Days(series.AggSum)
			o := reasonAt(d, 4, series.Undefined)
			return o.Check(o.Wrong + Close(d.Values, []float64{1, nan, 3, 4, nan}, 0))
		}},
	}
	return append(rows, frameRows()...)
}

// frameRows are the rows of the frames and joins.
func frameRows() []Case {
	d := func(i int) time.Time { return day0.AddDate(0, 0, i) }
	x := series.New("x", []time.Time{d(0), d(1), d(3)}, []float64{1, nan, 3})
	y := series.New("y", []time.Time{d(1), d(2), d(3)}, []float64{10, 20, inf})
	x.Freq, y.Freq = series.Daily, series.Daily
	cols := func(f series.Frame) Out {
		var o Out
		for _, c := range f.Cols {
			oc := Of(c)
			o.Vals, o.Why = append(o.Vals, oc.Vals...), append(o.Why, oc.Why...)
		}
		if o.Why == nil {
			o.Why = []string{}
		}
		return o
	}
	one := func(v ...float64) Out { return Nums(nil, v...) }
	inner, outer := series.InnerJoin(x, y), series.OuterJoin(x, y)
	month := series.OuterJoin(daily(prices()...).Named("a"), daily(prices()...).Named("b").Scale(2, series.UnitPrice))
	month.Cols[0].Values[30] = nan // a misses 31 January
	return []Case{
		{"InnerJoin", "common dates, NaN kept", NaNWhy, func() Out { return Same(cols(inner), []float64{nan, 3, 10, inf}, 0) }},
		{"InnerJoin", "unsorted series", Panic, func() Out {
			return cols(series.InnerJoin(x, series.Series{Dates: []time.Time{d(1), d(0)}, Values: []float64{1, 2}}))
		}},
		{"InnerJoin", "no series", Value, func() Out { return one().Check(cond(series.InnerJoin().Len() == 0, "rows from nothing")) }},
		{"OuterJoin", "union, Missing where absent", NaNWhy, func() Out { return Same(cols(outer), []float64{1, nan, nan, 3, nan, 10, 20, inf}, 0) }},
		{"OuterJoin", "duplicate dates", Panic, func() Out {
			return cols(series.OuterJoin(series.Series{Dates: []time.Time{d(0), d(0)}, Values: []float64{1, 2}}))
		}},
		{"NewFrame", "column of another length", Panic, func() Out { return cols(series.NewFrame(x.Dates, series.New("z", x.Dates[:2], []float64{1, 2}))) }},
		{"NewFrame", "unsorted dates", Panic, func() Out { return cols(series.NewFrame([]time.Time{d(1), d(0)})) }},
		{"Frame.Col", "unknown name", Err, func() Out { c, err := inner.Col("z"); return Nums(err, c.Values...) }},
		{"Frame.Col", "known name", NaNWhy, func() Out { c, err := inner.Col("x"); return Of(c).withErr(err) }},
		{"Frame.MustCol", "unknown name", Panic, func() Out { return Of(inner.MustCol("z")) }},
		{"Frame.MustCol", "known name", NaNWhy, func() Out { return Of(outer.MustCol("y")) }},
		{"Frame.Len", "rows", Value, func() Out { return Same(one(float64(inner.Len()), float64(outer.Len())), []float64{2, 4}, 0) }},
		{"Frame.Floats", "copies, NaN kept", NaNWhy, func() Out {
			f := outer.Floats()
			return Doc("missing", append(f[0], f[1]...)...)
		}},
		{"Frame.Map", "nil fn", Panic, func() Out { return cols(outer.Map(nil)) }},
		{"Frame.Map", "a column op", NaNWhy, func() Out { return cols(outer.Map(series.Series.Diff)) }},
		{"Frame.DropNaN", "+Inf is a value", Value, func() Out { return Same(cols(outer.DropNaN()), []float64{3, inf}, 0) }},
		{"Frame.In", "period", NaNWhy, func() Out { return cols(outer.In(series.Years(2020, 2020))) }},
		{"Frame.Between", "from after to: empty", Value, func() Out { o := cols(outer.Between(d(3), d(0))); return o.Check(lenIs(o, 0)) }},
		{"Frame.Years", "empty range", Value, func() Out { o := cols(outer.Years(1990, 1991)); return o.Check(lenIs(o, 0)) }},
		{"Frame.ResampleLast", "the last joint row of each month", Value, func() Out {
			r := month.ResampleLast(series.Monthly)
			return Same(cols(r), []float64{month.Cols[0].Values[29], month.Cols[0].Values[39], month.Cols[1].Values[29], month.Cols[1].Values[39]}, 0)
		}},
		{"Frame.ResampleLastEach", "the last value of each column", Value, func() Out {
			r := month.ResampleLastEach(series.Monthly)
			return Same(cols(r), []float64{month.Cols[0].Values[29], month.Cols[0].Values[39], month.Cols[1].Values[30], month.Cols[1].Values[39]}, 0)
		}},
		{"Frame.ResampleLast", "Daily", Panic, func() Out { return cols(outer.ResampleLast(series.Daily)) }},
		{"Frame.ResampleLastEach", "Intraday", Panic, func() Out { return cols(outer.ResampleLastEach(series.Intraday)) }},
	}
}
