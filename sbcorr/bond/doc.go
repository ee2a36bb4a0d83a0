// Package bond prices fixed-coupon government bonds from their yields and
// turns yield series into bond returns.
//
// All yields, coupons and returns are decimals (0.05 for 5%); maturities and
// durations are in years; prices are per unit of face value. Yields use
// Freq compounding periods a year (street convention), except ZeroPrice
// which compounds annually as in the 1000/(1+y)^10 of "Why do bonds go up when stocks go down" (2025).
//
// Prices, yields, durations, convexity and DV01 of dated bonds match
// QuantLib's BondFunctions (TestMatchesQuantLib, testdata/gen_peer.py).
//
// Pricing and risk ("Why do bonds go up when stocks go down" (2025), "Market mechanics and measures"):
//
//	ZeroPrice(y, t)                     (1+y)^-t
//	Bond{Coupon, Maturity, Freq}         bullet bond; Par(y, maturity, freq)
//	Settled(settle, maturity, c, freq)   dated bond: coupon schedule and accrued
//	                                     interest, actual/actual ICMA
//	Bond.DirtyPrice(y), CleanPrice(y), Accrued()
//	Bond.YieldFromPrice(clean)           yield to maturity (bracketing down to MinYield = -99%
//	                                     and up to 10,000%, then safeguarded Newton)
//	Bond.Risk(y)                         Macaulay, modified duration, convexity, DV01
//	Bond.ModifiedDuration(y)
//	Bond.PriceChange(y, dy)              exact change vs duration and duration+convexity
//
// Bond returns from yields (Portelli & Roncalli 2024, footnote 15):
//
//	ApproxReturns(y, maturity)           R_B(t) = -S(t)(y(t)-y(t-1)), S = modified duration
//	                                     of a semi-annual par bond at y(t-1)
//	ParReturn(y0, y1, maturity, period, freq)
//	ParReturns(y, maturity, period)      exact constant-maturity par-bond returns
//	ParReturnsRollDown(y, yShort, maturity, period)
//	DamodaranReturn(y0, y1, maturity)    Damodaran's annual T-bond return formula
//	Daily, Weekly, Monthly, Yearly       period lengths (Daily = 1/252)
//
// Equity duration (Portelli & Roncalli 2024, section 3.3.4):
//
//	EquityDuration(dy)                   1/DY, eq. (12)
//	EquityDurationGeneral(r, g, dgdr)    (1 - dg/dr)/(r - g), eq. (11)
//
// Errors: functions returning one number return an error for a
// non-positive or NaN maturity, a NaN coupon or a yield at or below -100%
// (negative yields, and the negative par coupons they imply, are fine); series functions put NaN where a return is undefined and panic on
// impossible arguments (non-positive maturity, period outside (0, maturity)).
package bond
