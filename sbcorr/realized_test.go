package sbcorr

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stockbond/sbcorr/series"
)

// simulateIntraday draws days of 78 five-minute price paths whose returns
// have a known correlation per day, returning prices, day labels and the
// true correlations.
func simulateIntraday(days int, seed uint64) (px, py []float64, day []int, truth []float64) {
	rng := rand.New(rand.NewPCG(seed, 1))
	lx, ly := math.Log(500.0), math.Log(90.0)
	for d := range days {
		rho := -0.8 + 1.4*rng.Float64()
		truth = append(truth, rho)
		for b := range 79 { // 79 prices = 78 returns
			if b > 0 {
				u, v := rng.NormFloat64(), rng.NormFloat64()
				lx += 0.001 * u
				ly += 0.0005 * (rho*u + math.Sqrt(1-rho*rho)*v)
			}
			px, py, day = append(px, math.Exp(lx)), append(py, math.Exp(ly)), append(day, 20250000+d)
		}
		lx += 0.01 * rng.NormFloat64() // overnight jump, must not enter
		ly -= 0.01 * rng.NormFloat64()
	}
	return px, py, day, truth
}

func TestRealizedCorrSimulated(t *testing.T) {
	px, py, day, truth := simulateIntraday(250, 42)
	rx, per := PeriodReturns(px, day)
	ry, _ := PeriodReturns(py, day)
	pc := RealizedCorr(rx, ry, per, 10)
	if len(pc.Rho) != 250 || pc.N[0] != 78 {
		t.Fatalf("%d periods, %d returns on day 0", len(pc.Rho), pc.N[0])
	}
	var bias, mse float64
	for d, r := range pc.Rho {
		bias += (r - truth[d]) / 250
		mse += (r - truth[d]) * (r - truth[d]) / 250
	}
	c, _ := Corr(pc.Rho, truth)
	t.Logf("250 simulated days: bias %.4f, rmse %.4f, corr(estimated, true) %.3f", bias, math.Sqrt(mse), c)
	// The sampling sd of a correlation from 78 pairs is (1-rho^2)/sqrt(77) <= 0.114.
	if math.Abs(bias) > 0.02 || math.Sqrt(mse) > 0.11 || c < 0.9 {
		t.Errorf("bias %.4f rmse %.4f corr %.3f", bias, math.Sqrt(mse), c)
	}
}

func TestRealizedCorrReasons(t *testing.T) {
	x := []float64{1, 2, 3, 4, 1, 1, 1, 1, 5, math.NaN(), 2, 3, 1, 2}
	y := []float64{2, 1, 4, 3, 1, 2, 3, 4, 1, 2, 3, 4, 9, 8}
	per := []int{1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4}
	pc := RealizedCorr(x, y, per, 3)
	want := []series.Reason{series.OK, series.ZeroVarianceX, series.NaNInWindow, series.TooFew}
	for i, w := range want {
		if pc.Why[i] != w || math.IsNaN(pc.Rho[i]) != (w != series.OK) {
			t.Errorf("period %d: %v %v, want %v", pc.Period[i], pc.Rho[i], pc.Why[i], w)
		}
	}
	if r, _ := Corr(x[:4], y[:4]); pc.Rho[0] != r {
		t.Errorf("period 1: %v want %v", pc.Rho[0], r)
	}
}

func TestSummariseAndSorting(t *testing.T) {
	d, err := series.Summarise([]float64{3, 1, math.NaN(), 5, 2, 4})
	if err != nil {
		t.Fatal(err)
	}
	// numpy.quantile([1,2,3,4,5], [0.2, 0.5, 0.8]) = 1.8, 3, 4.2; std(ddof=1) = sqrt(2.5).
	if d.N != 5 || d.Mean != 3 || math.Abs(d.Std-math.Sqrt(2.5)) > 1e-15 || d.Min != 1 || math.Abs(d.P20-1.8) > 1e-15 ||
		d.Median != 3 || math.Abs(d.P80-4.2) > 1e-15 || d.Max != 5 {
		t.Errorf("Summarise: %+v", d)
	}
	rho := []float64{-0.5, -0.1, 0.2, math.NaN(), 0.6, -0.7, 0.0, 0.3, -0.2, 0.1, 0.4}
	safety, risky := SafetyRisky(rho, 0.2)
	var ns, nr int
	for i := range rho {
		if safety[i] {
			ns++
			if rho[i] > -0.2 {
				t.Errorf("safety day with rho %v", rho[i])
			}
		}
		if risky[i] {
			nr++
		}
	}
	if ns != 2 || nr != 2 || safety[3] || risky[3] {
		t.Errorf("safety %v risky %v", safety, risky)
	}
	r := []float64{0.01, -0.02, 0.03, 0.01, 0.02, -0.01}
	m, err := ConditionalMean(r, []bool{true, true, true, false, true, true}, 0)
	if err != nil {
		t.Fatal(err)
	}
	sel := []float64{0.01, -0.02, 0.03, 0.02, -0.01}
	mu := mean(sel)
	var ss float64
	for _, v := range sel {
		ss += (v - mu) * (v - mu)
	}
	se := math.Sqrt(ss / 4 / 5)
	if math.Abs(m.Mean-mu) > 1e-15 || math.Abs(m.SE-se) > 1e-15 || m.N != 5 {
		t.Errorf("ConditionalMean %+v, want mean %v se %v", m, mu, se)
	}
	e, err := EventChange([]float64{0, 0.1, 0.3, 0.2, 0.6, 0.5}, []int{1, 2, 4}, 0)
	if err != nil || math.Abs(e.Mean-(0.1+0.2+0.4)/3) > 1e-15 {
		t.Errorf("EventChange %+v %v", e, err)
	}
	if _, err := EventChange([]float64{0, 1}, []int{0}, 0); err == nil {
		t.Error("EventChange at index 0: no error")
	}
}
