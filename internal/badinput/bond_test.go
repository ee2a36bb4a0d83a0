package badinput

import (
	"time"

	"github.com/stockbond/sbcorr/sbcorr/bond"
)

// bondExempt are the exported functions of package bond without rows.
var bondExempt = map[string]string{}

// bondRows are the rows of package bond: a NaN or infinite yield, coupon
// or maturity is an error (scalar functions) or NaN (return series, each
// NaN documented); oracles are the par identity (a par bond prices at 1),
// the round trip price -> yield -> price and the one-period carry of an
// unchanged yield (y/freq).
func bondRows() []Case {
	par := bond.Bond{Coupon: 0.05, Maturity: 10, Freq: bond.SemiAnnual}
	price := func(f func(float64) (float64, error), y float64) Out { v, err := f(y); return Nums(err, v) }
	risk := func(b bond.Bond, y float64) Out {
		r, err := b.Risk(y)
		return Nums(err, r.Price, r.Macaulay, r.Modified, r.Convexity, r.DV01)
	}
	pc := func(b bond.Bond, y, dy float64) Out {
		c, err := b.PriceChange(y, dy)
		return Nums(err, c.Exact, c.Duration, c.DurationConvexity)
	}
	ret := func(v float64, err error) Out { return Nums(err, v) }
	ys := []float64{0.04, 0.041, 0.0405, 0.042, 0.039}
	undefined := "a NaN, infinite or <= -100% yield at t or t-1 (and t = 0)"
	var rows []Case
	for _, y := range []float64{nan, inf, ninf, -1, -2} {
		rows = append(rows,
			Case{"Bond.DirtyPrice", "yield " + g(y), Err, func() Out { return price(par.DirtyPrice, y) }},
			Case{"Bond.CleanPrice", "yield " + g(y), Err, func() Out { return price(par.CleanPrice, y) }},
			Case{"Bond.ModifiedDuration", "yield " + g(y), Err, func() Out { return price(par.ModifiedDuration, y) }},
			Case{"Bond.Risk", "yield " + g(y), Err, func() Out { return risk(par, y) }},
			Case{"Bond.PriceChange", "to yield " + g(y), Err, func() Out { return pc(par, 0.05, y-0.05) }},
			Case{"ZeroPrice", "yield " + g(y), Err, func() Out { return ret(bond.ZeroPrice(y, 10)) }},
			Case{"ParReturn", "y1 " + g(y), Err, func() Out { return ret(bond.ParReturn(0.04, y, 10, bond.Monthly, 2)) }},
			Case{"DamodaranReturn", "y1 " + g(y), Err, func() Out { return ret(bond.DamodaranReturn(0.04, y, 10)) }},
			Case{"Bond.YieldFromPrice", "price " + g(y), Err, func() Out { return price(par.YieldFromPrice, y) }},
			Case{"EquityDuration", "dy " + g(y), Err, func() Out { return ret(bond.EquityDuration(y)) }},
			Case{"EquityDurationGeneral", "r " + g(y), Err, func() Out { return ret(bond.EquityDurationGeneral(y, 0.02, 0)) }},
			Case{"ApproxReturns", "yield " + g(y) + " at t=2", NaNWhy, func() Out {
				return Doc(undefined, bond.ApproxReturns(With(ys, 2, y), 10)...)
			}},
			Case{"ParReturns", "yield " + g(y) + " at t=2", NaNWhy, func() Out {
				return Doc(undefined, bond.ParReturns(With(ys, 2, y), 10, bond.Monthly)...)
			}},
			Case{"ParReturnsRollDown", "short yield " + g(y) + " at t=2", NaNWhy, func() Out {
				return Doc(undefined, bond.ParReturnsRollDown(ys, With(ys, 2, y), 10, bond.Monthly)...)
			}},
		)
	}
	for _, m := range []float64{nan, inf, 0, -1, 1e12} {
		if m == 1e12 {
			rows = append(rows, Case{"ZeroPrice", "maturity 1e12 (closed form, underflows to 0)", Value, func() Out {
				return Same(ret(bond.ZeroPrice(0.05, m)), []float64{0}, 0)
			}})
		} else {
			rows = append(rows, Case{"ZeroPrice", "maturity " + g(m), Err, func() Out { return ret(bond.ZeroPrice(0.05, m)) }})
		}
		b := bond.Bond{Coupon: 0.05, Maturity: m, Freq: 2}
		rows = append(rows,
			Case{"Bond.DirtyPrice", "maturity " + g(m), Err, func() Out { return price(b.DirtyPrice, 0.05) }},
			Case{"Bond.YieldFromPrice", "maturity " + g(m), Err, func() Out { return price(b.YieldFromPrice, 1) }},
			Case{"DamodaranReturn", "maturity " + g(m), Err, func() Out { return ret(bond.DamodaranReturn(0.04, 0.05, m)) }},
			Case{"ParReturn", "maturity " + g(m), Err, func() Out { return ret(bond.ParReturn(0.04, 0.05, m, bond.Monthly, 2)) }},
			Case{"ApproxReturns", "maturity " + g(m), Panic, func() Out { return Nums(nil, bond.ApproxReturns(ys, m)...) }},
			Case{"ParReturns", "maturity " + g(m), Panic, func() Out { return Nums(nil, bond.ParReturns(ys, m, bond.Monthly)...) }},
		)
	}
	for _, c := range []float64{nan, inf} {
		b := bond.Bond{Coupon: c, Maturity: 10, Freq: 2}
		rows = append(rows,
			Case{"Bond.DirtyPrice", "coupon " + g(c), Err, func() Out { return price(b.DirtyPrice, 0.05) }},
			Case{"Bond.Accrued", "coupon " + g(c), NaNWhy, func() Out { return Doc("coupon not finite", b.Accrued()) }},
			Case{"Par", "yield " + g(c), Err, func() Out { return price(bond.Par(c, 10, 2).DirtyPrice, 0.05) }},
		)
	}
	rows = append(rows, bondValueRows(par, ys)...)
	return append(rows, bondArgRows(ys)...)
}

// bondValueRows are the oracle rows of package bond.
func bondValueRows(par bond.Bond, ys []float64) []Case {
	var rows []Case
	for _, y := range []float64{-0.5, -1e-300, 0, 1e-300, 0.05, 10} {
		b := bond.Par(y, 10, bond.SemiAnnual)
		rows = append(rows,
			Case{"Par", "prices at par, y " + g(y), Value, func() Out { p, err := b.DirtyPrice(y); return Same(Nums(err, p), []float64{1}, 1e-13) }},
			Case{"Bond.CleanPrice", "par, y " + g(y), Value, func() Out { p, err := b.CleanPrice(y); return Same(Nums(err, p), []float64{1}, 1e-13) }},
			Case{"Bond.YieldFromPrice", "round trip, y " + g(y), Value, func() Out {
				if y < 0 { // a negative coupon: the price need not be monotone in the yield
					got, err := bond.Bond{Maturity: 10, Freq: 2}.YieldFromPrice(mustPrice(bond.Bond{Maturity: 10, Freq: 2}, y))
					return Same(Nums(err, got), []float64{y}, 1e-11)
				}
				got, err := b.YieldFromPrice(1)
				return Same(Nums(err, got), []float64{y}, 1e-11)
			}},
			Case{"ParReturn", "unchanged yield over one coupon period, y " + g(y), Value, func() Out {
				r, err := bond.ParReturn(y, y, 10, 0.5, bond.SemiAnnual)
				return Same(Nums(err, r), []float64{y / 2}, 1e-13)
			}},
			Case{"Bond.ModifiedDuration", "against the Risk's, y " + g(y), Value, func() Out {
				d, err := b.ModifiedDuration(y)
				r, _ := b.Risk(y)
				return Same(Nums(err, d), []float64{r.Modified}, 0)
			}},
			Case{"Bond.Risk", "DV01 = Modified * Price * 1e-4, y " + g(y), Value, func() Out {
				r, err := b.Risk(y)
				return Same(Nums(err, r.DV01), []float64{r.Modified * r.Price * 1e-4}, 1e-15)
			}},
			Case{"Bond.PriceChange", "dy 0, y " + g(y), Value, func() Out {
				c, err := b.PriceChange(y, 0)
				return Same(Nums(err, c.Exact, c.Duration, c.DurationConvexity), []float64{0, 0, 0}, 0)
			}},
			Case{"Bond.Accrued", "on a coupon date, y " + g(y), Value, func() Out { return Same(Nums(nil, b.Accrued()), []float64{0}, 0) }},
		)
	}
	zero := func(y, t float64) Out { p, err := bond.ZeroPrice(y, t); return Nums(err, p) }
	return append(rows,
		Case{"ZeroPrice", "t 1e-300", Value, func() Out { return Same(zero(0.05, 1e-300), []float64{1}, 1e-15) }},
		Case{"ZeroPrice", "y 1e300 (underflow to 0)", Value, func() Out { return Same(zero(1e300, 10), []float64{0}, 0) }},
		Case{"ZeroPrice", "y 0", Value, func() Out { return Same(zero(0, 30), []float64{1}, 0) }},
		Case{"DamodaranReturn", "unchanged yield: the coupon", Value, func() Out {
			r, err := bond.DamodaranReturn(0.04, 0.04, 10)
			return Same(Nums(err, r), []float64{0.04}, 1e-15)
		}},
		Case{"DamodaranReturn", "y1 0 (the limit of the annuity)", Value, func() Out {
			r, err := bond.DamodaranReturn(0.04, 0, 10)
			return Same(Nums(err, r), []float64{0.04 + 0.04*10}, 1e-13)
		}},
		Case{"EquityDuration", "dy 1e-300", Value, func() Out { d, err := bond.EquityDuration(1e-300); return Same(Nums(err, d), []float64{1e300}, 1e-15) }},
		Case{"EquityDuration", "dy 1e-310 (1/dy overflows)", Err, func() Out { d, err := bond.EquityDuration(1e-310); return Nums(err, d) }},
		Case{"EquityDurationGeneral", "dgdr 0 is EquityDuration", Value, func() Out {
			d, err := bond.EquityDurationGeneral(0.07, 0.03, 0)
			return Same(Nums(err, d), []float64{1 / (0.07 - 0.03)}, 1e-15)
		}},
		Case{"EquityDurationGeneral", "g +Inf", Err, func() Out { d, err := bond.EquityDurationGeneral(0.07, inf, 0); return Nums(err, d) }},
		Case{"EquityDurationGeneral", "dgdr NaN", Err, func() Out { d, err := bond.EquityDurationGeneral(0.07, 0.03, nan); return Nums(err, d) }},
		Case{"EquityDurationGeneral", "dgdr -Inf", Err, func() Out { d, err := bond.EquityDurationGeneral(0.07, 0.03, ninf); return Nums(err, d) }},
		Case{"ApproxReturns", "unchanged yields: 0", NaNWhy, func() Out {
			return Same(Doc("t = 0", bond.ApproxReturns([]float64{0.04, 0.04, 0.04}, 10)...), []float64{nan, 0, 0}, 0)
		}},
		Case{"ParReturns", "unchanged yields over a coupon period: y/2", NaNWhy, func() Out {
			return Same(Doc("t = 0", bond.ParReturns([]float64{0.04, 0.04}, 10, 0.5)...), []float64{nan, 0.02}, 1e-15)
		}},
		Case{"ParReturnsRollDown", "equals ParReturns on a flat curve", NaNWhy, func() Out {
			ys := []float64{0.04, 0.041, 0.0405}
			return Same(Doc("t = 0", bond.ParReturnsRollDown(ys, ys, 10, bond.Monthly)...), bond.ParReturns(ys, 10, bond.Monthly), 0)
		}},
	)
}

// mustPrice is b's dirty price at y (a valid bond).
func mustPrice(b bond.Bond, y float64) float64 {
	p, err := b.DirtyPrice(y)
	if err != nil {
		panic(err)
	}
	return p
}

// bondArgRows are the rows of impossible arguments and empty inputs of
// package bond.
func bondArgRows(ys []float64) []Case {
	jan := time.Date(2020, 1, 15, 0, 0, 0, 0, time.UTC)
	settled := func(s, m time.Time, c float64, f int) Out {
		b, err := bond.Settled(s, m, c, f)
		return Nums(err, b.Maturity, b.Coupon)
	}
	empty := func(v []float64) Out { return Nums(nil, v...).Check(cond(len(v) == 0, "values from no yields")) }
	return []Case{
		{"ParReturn", "period 0", Err, func() Out { r, err := bond.ParReturn(0.04, 0.04, 10, 0, 2); return Nums(err, r) }},
		{"ParReturn", "period NaN", Err, func() Out { r, err := bond.ParReturn(0.04, 0.04, 10, nan, 2); return Nums(err, r) }},
		{"ParReturn", "period = maturity", Err, func() Out { r, err := bond.ParReturn(0.04, 0.04, 10, 10, 2); return Nums(err, r) }},
		{"ParReturn", "freq 0", Panic, func() Out { r, err := bond.ParReturn(0.04, 0.04, 10, 0.5, 0); return Nums(err, r) }},
		{"ParReturns", "period > maturity", Panic, func() Out { return Nums(nil, bond.ParReturns(ys, 1, 2)...) }},
		{"ParReturns", "empty", Value, func() Out { return empty(bond.ParReturns(nil, 10, bond.Monthly)) }},
		{"ParReturns", "one yield", NaNWhy, func() Out { return Doc("t = 0", bond.ParReturns(ys[:1], 10, bond.Monthly)...) }},
		{"ParReturnsRollDown", "mismatched lengths", Panic, func() Out { return Nums(nil, bond.ParReturnsRollDown(ys, ys[:2], 10, bond.Monthly)...) }},
		{"ParReturnsRollDown", "period NaN", Panic, func() Out { return Nums(nil, bond.ParReturnsRollDown(ys, ys, 10, nan)...) }},
		{"ApproxReturns", "empty", Value, func() Out { return empty(bond.ApproxReturns(nil, 10)) }},
		{"Bond.DirtyPrice", "freq 0", Panic, func() Out { p, err := bond.Bond{Coupon: 0.05, Maturity: 10}.DirtyPrice(0.05); return Nums(err, p) }},
		{"Bond.DirtyPrice", "freq -2", Panic, func() Out {
			p, err := bond.Bond{Coupon: 0.05, Maturity: 10, Freq: -2}.DirtyPrice(0.05)
			return Nums(err, p)
		}},
		{"Bond.YieldFromPrice", "negative coupon", Err, func() Out {
			y, err := bond.Bond{Coupon: -0.01, Maturity: 10, Freq: 2}.YieldFromPrice(1)
			return Nums(err, y)
		}},
		{"Bond.Accrued", "freq 0", Panic, func() Out { return Nums(nil, bond.Bond{Coupon: 0.05, Maturity: 10}.Accrued()) }},
		{"Par", "freq 0", Panic, func() Out { p, err := bond.Par(0.05, 10, 0).DirtyPrice(0.05); return Nums(err, p) }},
		{"Settled", "settle after maturity", Err, func() Out { return settled(jan.AddDate(11, 0, 0), jan.AddDate(10, 0, 0), 0.05, 2) }},
		{"Settled", "settle = maturity", Err, func() Out { return settled(jan, jan, 0.05, 2) }},
		{"Settled", "freq 5", Panic, func() Out { return settled(jan, jan.AddDate(10, 0, 0), 0.05, 5) }},
		{"Settled", "coupon NaN", Err, func() Out { return settled(jan, jan.AddDate(10, 0, 0), nan, 2) }},
		{"Settled", "zero times", Err, func() Out { return settled(time.Time{}, time.Time{}, 0.05, 2) }},
		{"Settled", "on a coupon date: whole years", Value, func() Out {
			return Same(settled(jan, jan.AddDate(10, 0, 0), 0.05, 2), []float64{10, 0.05}, 0)
		}},
		{"Settled", "maturity beyond MaxMaturity", Err, func() Out { return settled(jan, jan.AddDate(2000, 0, 0), 0.05, 2) }},
		{"Bond.DirtyPrice", "maturity 1e-300", Value, func() Out {
			p, err := bond.Bond{Coupon: 0.05, Maturity: 1e-300, Freq: 2}.DirtyPrice(0.05)
			return Same(Nums(err, p), []float64{1.025}, 1e-15)
		}},
		{"Bond.DirtyPrice", "maturity MaxMaturity (closed form in time)", Value, func() Out {
			p, err := bond.Bond{Coupon: 0.05, Maturity: bond.MaxMaturity, Freq: 2}.DirtyPrice(0.05)
			return Same(Nums(err, p), []float64{1}, 1e-12)
		}},
		{"Bond.Risk", "zero-coupon: Macaulay = maturity", Value, func() Out {
			r, err := bond.Bond{Maturity: 7, Freq: 2}.Risk(0.03)
			return Same(Nums(err, r.Macaulay), []float64{7}, 1e-14)
		}},
		{"DamodaranReturn", "y0 NaN", Err, func() Out { r, err := bond.DamodaranReturn(nan, 0.04, 10); return Nums(err, r) }},
		{"ZeroPrice", "t NaN", Err, func() Out { p, err := bond.ZeroPrice(0.04, nan); return Nums(err, p) }},
		{"Bond.PriceChange", "y NaN", Err, func() Out {
			c, err := bond.Bond{Coupon: 0.05, Maturity: 10, Freq: 2}.PriceChange(nan, 0.01)
			return Nums(err, c.Exact)
		}},
	}
}
