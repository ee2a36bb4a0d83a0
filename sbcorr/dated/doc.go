// Package dated runs the toolkit's estimators on dated series: each
// function takes series.Series, calls the plain-slice estimator of sbcorr
// (or sbcorr/bond, ...) of the same name, and puts its output back on the
// dates with the reason of every NaN. The estimators stay gonum-style on
// []float64; this package only carries dates, names and reasons through
// them, so a notebook cell reads like the paper:
//
//	us, _ := inputs.US(series.Monthly, 10)        // dated S&P 500 and 10-year bond returns
//	rho := dated.RollingCorr(us.Stock, us.Bond, 48) // Figure 17, dated, NaN with reasons
//	lo, hi := dated.FisherBands(rho, 48, 0.95)
//	regimes := dated.SignRegimes(rho, 12)         // with their dates
//
// # Usage map
//
//	RollingCorr, RollingBeta, RollingVol         // windows of n observations ending at t (sbcorr.Rolling*)
//	EWMACorr, EWMACorrWindow                     // exponentially weighted (sbcorr.EWMA*)
//	FisherBands                                  // Fisher-z bands of a rolling correlation
//	SignRegimes                                  // sign regimes with their dates (sbcorr.SignRegimes)
//	RealizedCorr                                 // one correlation per calendar day, month or year
//	LongHorizonCorr                              // non-overlapping h-period correlation, every block start
//	ApproxBondReturns, ParBondReturns            // bond returns from a yield series (sbcorr/bond)
//
// Two-series functions require x and y on the same dates (series.Align
// makes them so) and panic otherwise, naming both series: a silent
// alignment would hide missing observations.
package dated
