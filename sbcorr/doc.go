// Package sbcorr estimates stock-bond correlations from plain []float64
// return series: rolling and EWMA Pearson correlations, rank correlations,
// long-horizon correlations, DCC-GARCH, realized (intraday) correlations and
// the regressions with Newey-West standard errors used to explain them.
// It implements section 3.1 of Portelli & Roncalli (2024), "Stock-Bond
// Correlation: Theory & Empirical Results" (estimation method, US analysis,
// Figures 17-20, footnote 18), the HAC regressions of section 3.4 (Table 19)
// and the daily realized measure of Hu, Jin & Pan, "The Stock-Bond
// Correlation: A Tale of Two Days" (AFA 2025 slides).
//
// Conventions: returns and correlations are decimals (0.25, not 25);
// nothing is annualised unless a name says so; slices are aligned by index
// (index t is date t) and series outputs have the length of their inputs.
//
// Errors: functions returning one number or one fit return an error for
// data problems (NaN or infinite inputs, too few observations, zero
// variance), naming the row; functions returning a series put NaN where the
// value is undefined (a NaN or infinite input inside the window, ...) and a
// companion function returns the series.Reason for every date; mismatched lengths
// and impossible arguments (window < 1) panic with "sbcorr: Func: ...".
// Finite inputs of any magnitude give the correct value: data outside
// [2^-200, 2^200] are scaled by powers of two before their moments are
// formed (scale.go), ordinary data are not.
//
// Map of the package (file: functions):
//
//	rolling.go   RollingCorr, RollingCov, RollingVol, RollingBeta, RollingWhy,
//	             Shift
//	             (windows ending at t, min periods, O(n) and exact to 1e-12;
//	             the streaming sums and their error bound are in roller.go)
//	scale.go     power-of-two scaling of huge and tiny data (shared)
//	ewma.go      EWMACorrWindow, EWMAWindowWhy (footnote 18, finite window m),
//	             EWMACorr, EWMAWhy (recursive, = pandas ewm(adjust=True).corr),
//	             EWMACorrWith, EWMAWhyWith, Weighting (Adjusted, or
//	             Unadjusted = pandas ewm(adjust=False).corr),
//	             Alignment: ExcludeCurrent (paper) or IncludeCurrent
//	decay.go     HalfLife, LambdaFromHalfLife, MeanAge, LambdaFromMeanAge
//	             (lambda = 0.96: half-life 17 days, mean age 25 days)
//	pearson.go   Corr (scalar, with errors)
//	kendall.go   Kendall (tau-b, Knight's O(n log n), = scipy kendalltau)
//	spearman.go  Spearman, Ranks (average ties)
//	rollingrank.go RollingKendall, RollingSpearman (Figure 18, Table 14)
//	fisher.go    FisherCI, FisherBands (Fisher z confidence bands)
//	corrdiff.go  CorrDiffFisher, CorrDiffBootstrap, BlockLength
//	             (equal correlation in two periods; the bootstrap is robust
//	             to autocorrelation)
//	longhorizon.go Compound, LongHorizonCorr, LongHorizonCorrByStart,
//	             BlockAlign (non-overlapping 1M/1Y/3Y/5Y compounded returns,
//	             and their dependence on where the blocks start)
//	regimes.go   SignRegimes, Regime (the three regimes of Figure 17)
//	garch.go     GARCH, GARCHFit, FitGARCH (GARCH(1,1) by QML, robust SEs)
//	dcc.go       DCC, DCCFit, FitDCC (Engle (2002) two-step QML, filtered rho_t)
//	dccsim.go    SimulateDCC (seeded simulation, used to validate FitDCC)
//	qml.go       optimisation (gonum/optimize) and sandwich standard errors
//	realized.go  RealizedCorr, PeriodCorr, PeriodReturns (daily from 5-minute
//	             bars within each day; monthly from daily)
//	twodays.go   SafetyRisky, ConditionalMean, EventChange, MeanT
//	             (bond-safety/bond-risky days, t-statistics)
//	hac.go       OLSHAC, HAC, OLSFit, LagNW94, LagStockWatson
//	             (OLS with Newey-West/Bartlett standard errors, Table 19)
//
// Verification against peers: testdata/ holds the fixtures and the scripts
// that regenerate them (gen_hac.py with statsmodels and gen_hac.R with R's
// sandwich for OLSHAC; gen_rolling.py with pandas for the rolling moments
// and the realized correlation; gen_ewma.py with pandas for the EWMA
// correlations, adjust=True and adjust=False;
// gen_rank.py with scipy for Kendall, Spearman, Ranks and the Fisher
// formulas). No DCC estimator is installed here: TestDCCCoverage checks the
// coverage of FitDCC's confidence intervals on 50 simulated paths.
// Accuracy: TestRollingCorrExact, TestRollingMomentsExact and TestEWMAExact
// compare the rolling and EWMA estimators with a 512-bit reference on
// adversarial inputs (offsets of 1e9, spikes of 1e12 entering and leaving
// the window, constant stretches, a steep trend): max abs error < 1e-12.
// Bad inputs (NaN in a window, unequal lengths, window longer than the
// series, lambda outside (0, 1), fewer than 3 observations, zero variance)
// are covered by badinput_test.go; infinite inputs, magnitudes from 1e-300
// to 1e300 (scale invariance against the 512-bit reference) by
// magnitude_test.go.
// Benchmarks against pandas and scipy are listed in bench/cases.txt.
package sbcorr
