package sbcorr

import (
	"math"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

type ewmaFixture struct {
	Source           string         `json:"source"`
	X                []*float64     `json:"x"`
	Y                []float64      `json:"y"`
	Pandas           []lambdaSeries `json:"pandas"`
	Direct           []lambdaSeries `json:"direct"`
	Unadjusted       []lambdaSeries `json:"unadjusted"`
	UnadjustedDirect []lambdaSeries `json:"unadjusted_direct"`
	Window           []struct {
		Lambda float64    `json:"lambda"`
		M      int        `json:"m"`
		Align  string     `json:"align"`
		Rho    []*float64 `json:"rho"`
	} `json:"window"`
}

// lambdaSeries is one correlation series of the fixture and its lambda.
type lambdaSeries struct {
	Lambda float64    `json:"lambda"`
	Rho    []*float64 `json:"rho"`
}

func derefNaN(v []*float64) []float64 {
	out := make([]float64, len(v))
	for i, p := range v {
		out[i] = math.NaN()
		if p != nil {
			out[i] = *p
		}
	}
	return out
}

// compareSeries fails when got and want differ by more than tol where got is
// defined, or when got is NaN except at the allowed dates.
func compareSeries(t *testing.T, name string, got, want []float64, tol float64, nanOK func(i int) bool) float64 {
	t.Helper()
	worst := 0.0
	for i := range want {
		switch {
		case math.IsNaN(got[i]) && nanOK(i):
		case math.IsNaN(got[i]) != math.IsNaN(want[i]):
			t.Errorf("%s t=%d: got %v want %v", name, i, got[i], want[i])
		case !math.IsNaN(want[i]):
			worst = max(worst, math.Abs(got[i]-want[i]))
		}
	}
	if worst > tol {
		t.Errorf("%s: max abs diff %.3g > %.1g", name, worst, tol)
	}
	return worst
}

// TestEWMAPeers compares with pandas ewm(...).corr and with a numpy
// transcription of footnote 18 (testdata/gen_ewma.py).
func TestEWMAPeers(t *testing.T) {
	var fx ewmaFixture
	readJSON(t, "testdata/ewma.json", &fx)
	x := derefNaN(fx.X)
	for _, c := range fx.Pandas {
		got := EWMACorr(x, fx.Y, c.Lambda, 2, IncludeCurrent)
		why := EWMAWhy(x, fx.Y, c.Lambda, 2, IncludeCurrent)
		// pandas carries the last value forward at a NaN input; we return NaN.
		// pandas' one-pass update loses ~1e-10 with the 1e4 offset of x.
		d := compareSeries(t, "pandas", got, derefNaN(c.Rho), 1e-9, func(i int) bool { return why[i] == series.NaNInWindow })
		t.Logf("lambda=%v: max abs diff from pandas %.3g", c.Lambda, d)
		ex := EWMACorr(x, fx.Y, c.Lambda, 2, ExcludeCurrent)
		for i := 1; i < len(x); i++ {
			if !(math.IsNaN(ex[i]) && math.IsNaN(got[i-1])) && ex[i] != got[i-1] {
				t.Fatalf("ExcludeCurrent is not IncludeCurrent shifted at %d", i)
			}
		}
	}
	for _, c := range fx.Direct {
		got := EWMACorr(x, fx.Y, c.Lambda, 2, IncludeCurrent)
		d := compareSeries(t, "direct", got, derefNaN(c.Rho), 1e-12, func(int) bool { return false })
		t.Logf("lambda=%v: max abs diff from the two-pass numpy reference %.3g", c.Lambda, d)
	}
	for _, c := range fx.Window {
		align := IncludeCurrent
		if c.Align == "exclude" {
			align = ExcludeCurrent
		}
		got := EWMACorrWindow(x, fx.Y, c.Lambda, c.M, align)
		d := compareSeries(t, "window "+c.Align, got, derefNaN(c.Rho), 1e-10, func(int) bool { return false })
		t.Logf("window %s: max abs diff from numpy footnote 18: %.3g", c.Align, d)
	}
}

// TestEWMAUnadjustedPeers compares EWMACorrWith(..., Unadjusted) with
// pandas ewm(adjust=False).corr and with its weights written out in numpy
// (testdata/gen_ewma.py), and checks that the default weighting of
// EWMACorrWith is that of EWMACorr.
func TestEWMAUnadjustedPeers(t *testing.T) {
	var fx ewmaFixture
	readJSON(t, "testdata/ewma.json", &fx)
	x := derefNaN(fx.X)
	if len(fx.Unadjusted) == 0 || len(fx.UnadjustedDirect) == 0 {
		t.Fatal("fixture has no adjust=False series: run testdata/gen_ewma.py")
	}
	for _, c := range fx.Unadjusted {
		got := EWMACorrWith(x, fx.Y, c.Lambda, 2, IncludeCurrent, Unadjusted)
		why := EWMAWhyWith(x, fx.Y, c.Lambda, 2, IncludeCurrent, Unadjusted)
		// As with adjust=True: pandas carries the last value over the NaN
		// input and loses ~1e-10 to the 1e4 offset of x.
		d := compareSeries(t, "pandas adjust=False", got, derefNaN(c.Rho), 1e-9, func(i int) bool { return why[i] == series.NaNInWindow })
		t.Logf("lambda=%v: max abs diff from pandas adjust=False %.3g", c.Lambda, d)
		adj := EWMACorr(x, fx.Y, c.Lambda, 2, IncludeCurrent)
		if d := maxAbsDiff(got, adj); !(d > 1e-3) {
			t.Errorf("lambda=%v: Unadjusted within %.3g of Adjusted: the option changes nothing", c.Lambda, d)
		}
	}
	for _, c := range fx.UnadjustedDirect {
		got := EWMACorrWith(x, fx.Y, c.Lambda, 2, IncludeCurrent, Unadjusted)
		d := compareSeries(t, "numpy adjust=False", got, derefNaN(c.Rho), 1e-12, func(int) bool { return false })
		t.Logf("lambda=%v: max abs diff from the numpy adjust=False weights %.3g", c.Lambda, d)
		def := EWMACorrWith(x, fx.Y, c.Lambda, 2, ExcludeCurrent, Adjusted)
		ref := EWMACorr(x, fx.Y, c.Lambda, 2, ExcludeCurrent)
		if d := maxAbsDiff(def, ref); d != 0 {
			t.Errorf("EWMACorrWith(Adjusted) differs from EWMACorr by %v", d)
		}
	}
}

// maxAbsDiff returns the largest |a_i - b_i| over the dates where both are
// defined.
func maxAbsDiff(a, b []float64) float64 {
	d := 0.0
	for i := range a {
		if !math.IsNaN(a[i]) && !math.IsNaN(b[i]) {
			d = max(d, math.Abs(a[i]-b[i]))
		}
	}
	return d
}

func TestEWMAWindowEqualWeights(t *testing.T) {
	x, y := adversarial(300)
	x, y = x[100:], y[100:] // past the offset and the spikes
	got := EWMACorrWindow(x, y, 1, 30, IncludeCurrent)
	want := RollingCorr(x, y, 30, 30)
	compareSeries(t, "lambda=1", got, want, 1e-12, func(int) bool { return false })
}

func TestDecayConversions(t *testing.T) {
	if h := HalfLife(0.96); math.Abs(h-16.98) > 0.005 {
		t.Errorf("HalfLife(0.96) = %v, want 16.98", h)
	}
	if a := MeanAge(0.96); math.Abs(a-25) > 1e-12 {
		t.Errorf("MeanAge(0.96) = %v, want 25", a)
	}
	for _, l := range []float64{0.5, 0.94, 0.96, 0.99} {
		if d := LambdaFromHalfLife(HalfLife(l)) - l; math.Abs(d) > 1e-14 {
			t.Errorf("half-life round trip %v: %v", l, d)
		}
		if d := LambdaFromMeanAge(MeanAge(l)) - l; math.Abs(d) > 1e-14 {
			t.Errorf("mean age round trip %v: %v", l, d)
		}
	}
	// The weights of footnote 18 with an infinite window have mean lag 1/(1-lambda).
	l, mean := 0.96, 0.0
	for s := 1; s < 5000; s++ {
		mean += float64(s) * (1 - l) * math.Pow(l, float64(s-1))
	}
	if math.Abs(mean-MeanAge(l)) > 1e-9 {
		t.Errorf("mean lag %v != MeanAge %v", mean, MeanAge(l))
	}
}
