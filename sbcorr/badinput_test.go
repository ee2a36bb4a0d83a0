package sbcorr

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stockbond/sbcorr/series"

	"github.com/stockbond/sbcorr/internal/errtest"
)

// The bad inputs (NaN inside a window, unequal lengths, window
// larger than the series, lambda outside (0, 1), fewer than 3 observations,
// zero variance) under the error rule: scalar estimators return an error
// naming the function, series estimators return NaN with a series.Reason, and
// impossible arguments panic with "sbcorr: Func: ...".

// seriesFunc is a series estimator and its series.Reason companion.
type seriesFunc struct {
	name string
	rho  func(x, y []float64, window int) []float64
	why  func(x, y []float64, window int) []series.Reason
}

func seriesFuncs() []seriesFunc {
	rolling := func(x, y []float64, w int) []series.Reason { return RollingWhy(x, y, w, w) }
	return []seriesFunc{
		{"RollingCorr", func(x, y []float64, w int) []float64 { return RollingCorr(x, y, w, w) }, rolling},
		{"RollingKendall", func(x, y []float64, w int) []float64 { return RollingKendall(x, y, w, w) }, rolling},
		{"RollingSpearman", func(x, y []float64, w int) []float64 { return RollingSpearman(x, y, w, w) }, rolling},
		{"EWMACorrWindow",
			func(x, y []float64, m int) []float64 { return EWMACorrWindow(x, y, 0.9, m, IncludeCurrent) },
			func(x, y []float64, m int) []series.Reason { return EWMAWindowWhy(x, y, 0.9, m, IncludeCurrent) }},
		{"EWMACorr",
			func(x, y []float64, m int) []float64 { return EWMACorr(x, y, 0.9, m, IncludeCurrent) },
			func(x, y []float64, m int) []series.Reason { return EWMAWhy(x, y, 0.9, m, IncludeCurrent) }},
	}
}

// TestSeriesBadInput checks, for every series estimator, the value and the
// series.Reason at each date for a NaN inside the window, a window longer than the
// series and constant stretches of x and of y.
func TestSeriesBadInput(t *testing.T) {
	nan := math.NaN()
	x := []float64{1, 3, 2, 5, 4, 6, nan, 7, 9, 8, 2, 2, 2, 2, 5, 1, 4, 3, 6, 2}
	y := []float64{2, 1, 4, 3, 6, 5, 7, 9, 8, 9, 1, 3, 2, 5, 3, 3, 3, 3, 3, 1}
	for _, f := range seriesFuncs() {
		const w = 4
		got, why := f.rho(x, y, w), f.why(x, y, w)
		for i := range x {
			if math.IsNaN(got[i]) != (why[i] != series.OK) {
				t.Errorf("%s t=%d: value %v but reason %v", f.name, i, got[i], why[i])
			}
		}
		if f.name == "EWMACorr" { // infinite window: only the NaN date itself
			if why[2] != series.TooFew || why[3] != series.OK || why[6] != series.NaNInWindow || why[7] != series.OK {
				t.Errorf("%s: reasons %v", f.name, why)
			}
		} else {
			want := map[int]series.Reason{2: series.TooFew, 3: series.OK, 6: series.NaNInWindow, 9: series.NaNInWindow, 10: series.OK,
				13: series.ZeroVarianceX, 18: series.ZeroVarianceY, 19: series.OK}
			for i, r := range want {
				if why[i] != r {
					t.Errorf("%s t=%d: reason %v, want %v", f.name, i, why[i], r)
				}
			}
		}
		// A window (or min periods) longer than the series: NaN everywhere.
		long, longWhy := f.rho(x[:5], y[:5], 6), f.why(x[:5], y[:5], 6)
		for i := range long {
			if !math.IsNaN(long[i]) || longWhy[i] != series.TooFew {
				t.Errorf("%s window 6 > 5 observations, t=%d: %v (%v)", f.name, i, long[i], longWhy[i])
			}
		}
		errtest.Panics(t, f.name+" unequal lengths", func() { f.rho(x, y[:5], w) }, "sbcorr: "+f.name+":")
	}
	// A constant x from the start: the recursive EWMA stays undefined until
	// x moves, then is defined.
	cx := []float64{2, 2, 2, 2, 3, 1}
	why := EWMAWhy(cx, y[:6], 0.9, 2, IncludeCurrent)
	if why[3] != series.ZeroVarianceX || why[4] != series.OK {
		t.Errorf("EWMAWhy on a constant start: %v", why)
	}
	// Rolling volatility and beta: a constant x gives a zero volatility and
	// an undefined beta; a constant y a zero beta.
	vol := RollingVol(x, 4, 4)
	beta := RollingBeta(y, x, 4, 4)
	if vol[13] != 0 || !math.IsNaN(beta[13]) || beta[18] != 0 || !math.IsNaN(vol[6]) {
		t.Errorf("constant windows: vol %v beta %v", vol[13], beta[13:19])
	}
}

// TestImpossibleArguments checks that arguments no data can justify panic
// with a message naming the function.
func TestImpossibleArguments(t *testing.T) {
	x, y := []float64{1, 2, 3, 4}, []float64{2, 1, 4, 3}
	for _, lambda := range []float64{0, 1, -0.5, 1.5, math.NaN()} {
		l := lambda
		errtest.Panics(t, fmt.Sprintf("EWMACorr lambda %v", l), func() { EWMACorr(x, y, l, 2, IncludeCurrent) }, "sbcorr: EWMACorr:")
		errtest.Panics(t, fmt.Sprintf("EWMAWhy lambda %v", l), func() { EWMAWhy(x, y, l, 2, IncludeCurrent) }, "sbcorr: EWMAWhy:")
		errtest.Panics(t, fmt.Sprintf("HalfLife %v", l), func() { HalfLife(l) }, "sbcorr: HalfLife:")
		errtest.Panics(t, fmt.Sprintf("MeanAge %v", l), func() { MeanAge(l) }, "sbcorr: MeanAge:")
		if l != 1 { // lambda = 1 is the equally weighted window
			errtest.Panics(t, fmt.Sprintf("EWMACorrWindow lambda %v", l), func() { EWMACorrWindow(x, y, l, 2, IncludeCurrent) }, "sbcorr: EWMACorrWindow:")
		}
	}
	for name, f := range map[string]func(){
		"RollingCorr":     func() { RollingCorr(x, y, 0, 1) },
		"RollingCov":      func() { RollingCov(x, y, 3, 4) },
		"RollingVol":      func() { RollingVol(x, -2, 1) },
		"RollingBeta":     func() { RollingBeta(y, x, 2, 0) },
		"RollingWhy":      func() { RollingWhy(x, y[:3], 2, 2) },
		"EWMACorrWindow":  func() { EWMACorrWindow(x, y, 0.9, 1, IncludeCurrent) },
		"EWMACorr":        func() { EWMACorr(x, y, 0.9, 1, IncludeCurrent) },
		"Corr":            func() { Corr(x, y[:3]) },
		"Kendall":         func() { Kendall(x, y[:3]) },
		"Spearman":        func() { Spearman(x, y[:3]) },
		"LongHorizonCorr": func() { LongHorizonCorr(x, y[:3], 1, FromStart) },
		"Compound":        func() { Compound(x, 0, FromStart) },
		"FisherCI":        func() { FisherCI(0.5, 10, 1) },
		"FisherBands":     func() { FisherBands(x, 3, 0.95) },
		"FitDCC":          func() { FitDCC(x, y[:3]) },
		"RealizedCorr":    func() { RealizedCorr(x, y, []int{1, 1, 1}, 3) },
		"PeriodReturns":   func() { PeriodReturns(x, []int{1}) },
		"SignRegimes":     func() { SignRegimes(x, 0) },
		"SafetyRisky":     func() { SafetyRisky(x, 0.5) },
		"ConditionalMean": func() { ConditionalMean(x, []bool{true}, 0) },
		"OLSHAC":          func() { OLSHAC(y, [][]float64{x[:3]}, HAC{}) },
		"Shift":           func() { Shift(x, -1) },
		"LagNW94":         func() { LagNW94(-100) },
		"LagStockWatson":  func() { LagStockWatson(-1) },
		"SimulateDCC": func() {
			g := GARCH{Omega: 1e-6, Alpha: 0.05, Beta: 0.9}
			SimulateDCC(-1, g, g, DCC{A: 0.03, B: 0.9}, 0.2, rand.NewPCG(1, 0xdcc))
		},
		"EventChange":  func() { EventChange(x, []int{1, 2, 3}, -1) },
		"EWMACorrWith": func() { EWMACorrWith(x, y, 0.9, 2, IncludeCurrent, Weighting(7)) },
	} {
		errtest.Panics(t, name, f, "sbcorr: "+name+":")
	}
	// A negative Newey-West lag names the function called, not OLSHAC.
	errtest.Panics(t, "ConditionalMean lag -1", func() { ConditionalMean(x, []bool{true, true, true, true}, -1) }, "sbcorr: ConditionalMean:")
}

// TestScalarBadInput checks the errors of the scalar estimators for NaN
// inputs (naming the row), fewer than 3 observations and zero variance.
func TestScalarBadInput(t *testing.T) {
	nan := math.NaN()
	scalars := map[string]func(x, y []float64) error{
		"Corr":     func(x, y []float64) error { _, err := Corr(x, y); return err },
		"Kendall":  func(x, y []float64) error { _, err := Kendall(x, y); return err },
		"Spearman": func(x, y []float64) error { _, err := Spearman(x, y); return err },
		"CorrDiffFisher": func(x, y []float64) error {
			_, err := CorrDiffFisher(x, y, []float64{1, 2, 3, 4, 5}, []float64{2, 1, 3, 5, 4})
			return err
		},
		"OLSHAC": func(x, y []float64) error { _, err := OLSHAC(y, [][]float64{x}, HAC{}); return err },
	}
	for name, f := range scalars {
		errtest.Says(t, name+" NaN", f([]float64{1, 2, nan, 4, 5}, []float64{2, 1, 3, 5, 4}), name, "row 2")
		errtest.Says(t, name+" 2 observations", f([]float64{1, 2}, []float64{2, 1}), name)
		errtest.Says(t, name+" constant y", f([]float64{1, 2, 3, 4, 5}, []float64{3, 3, 3, 3, 3}), name, "constant")
	}
	_, _, err := LongHorizonCorr([]float64{0.1, 0.2, 0.1, 0.3}, []float64{0.1, 0.0, 0.2, 0.1}, 2, FromStart)
	errtest.Says(t, "LongHorizonCorr 2 blocks", err, "LongHorizonCorr", "horizon 2")
	_, _, err = FisherCI(nan, 50, 0.95)
	errtest.Says(t, "FisherCI NaN", err, "FisherCI")
	_, _, err = FisherCI(0.3, 3, 0.95)
	errtest.Says(t, "FisherCI n=3", err, "FisherCI")
	_, err = FitGARCH(make([]float64, 50))
	errtest.Says(t, "FitGARCH 50 observations", err, "FitGARCH", "50 observations")
	_, err = FitGARCH(make([]float64, 200))
	errtest.Says(t, "FitGARCH constant", err, "FitGARCH", "constant")
	r := make([]float64, 200)
	for i := range r {
		r[i] = math.Sin(float64(i))
	}
	r[17] = nan
	_, err = FitGARCH(r)
	errtest.Says(t, "FitGARCH NaN", err, "FitGARCH", "return 17")
	_, err = series.Summarise([]float64{nan, 1, nan})
	errtest.Says(t, "Summarise", err, "Summarise")
	_, err = ConditionalMean([]float64{1, nan, 2, 3}, []bool{true, true, true, true}, 0)
	errtest.Says(t, "ConditionalMean NaN", err, "ConditionalMean", "return 1")
	_, err = ConditionalMean([]float64{1, 2, 3}, []bool{true, false, true}, 0)
	errtest.Says(t, "ConditionalMean 2 periods", err, "ConditionalMean")
}
