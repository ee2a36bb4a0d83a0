package sbcorr_test

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/series"
)

// path returns n deterministic returns of two assets whose correlation
// turns from positive to negative halfway (no random numbers, so the
// outputs below are exact).
func path(n int) (stock, bond []float64) {
	for i := range n {
		a, b := 0.01*math.Sin(1.7*float64(i)), 0.005*math.Cos(2.3*float64(i))
		sign := 1.0
		if i >= n/2 {
			sign = -1
		}
		stock, bond = append(stock, a), append(bond, sign*0.3*a+b)
	}
	return stock, bond
}

func ExampleEWMACorr() {
	stock, bond := path(200)
	// The recursive (infinite-window) form: weights lambda^s normalised over
	// the history available at t, no start-up value needed.
	rho := sbcorr.EWMACorr(stock, bond, 0.96, 2, sbcorr.ExcludeCurrent)
	why := sbcorr.EWMAWhy(stock, bond, 0.96, 2, sbcorr.ExcludeCurrent)
	fmt.Printf("t=1: %v (%v)\n", rho[1], why[1])
	fmt.Printf("t=99: %.3f, t=199: %.3f\n", rho[99], rho[199])
	// Output:
	// t=1: NaN (too few observations)
	// t=99: 0.470, t=199: -0.436
}

func ExampleSignRegimes() {
	stock, bond := path(240)
	rho := sbcorr.RollingCorr(stock, bond, 48, 48)
	for _, r := range sbcorr.SignRegimes(rho, 12) {
		fmt.Printf("sign %+d from t=%d to t=%d, mean %.2f, peak %.2f at t=%d\n", r.Sign, r.Start, r.End, r.Mean, r.Peak, r.PeakAt)
	}
	// Output:
	// sign +1 from t=47 to t=146, mean 0.44, peak 0.57 at t=115
	// sign -1 from t=147 to t=239, mean -0.47, peak -0.57 at t=235
}

func ExampleLongHorizonCorr() {
	// 20 years of monthly returns whose correlation flips sign after 10
	// years: the full-sample correlation of every horizon is near zero.
	stock, bond := path(240)
	for _, h := range []int{1, 12, 60} {
		rho, blocks, err := sbcorr.LongHorizonCorr(stock, bond, h, sbcorr.FromStart)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("h=%d months: %d blocks, rho %.2f\n", h, blocks, rho)
	}
	// Output:
	// h=1 months: 240 blocks, rho -0.00
	// h=12 months: 20 blocks, rho 0.00
	// h=60 months: 4 blocks, rho -0.09
}

func ExampleCorrDiffFisher() {
	stock, bond := path(240)
	d, err := sbcorr.CorrDiffFisher(stock[:120], bond[:120], stock[120:], bond[120:])
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("rho %.2f vs %.2f, z = %.1f, p = %.1g\n", d.Rho1, d.Rho2, d.Z, d.PValue)
	// Output:
	// rho 0.49 vs -0.49, z = 8.3, p = 1e-16
}

func ExampleFisherBands() {
	// A 48-month correlation of -0.40 has a 95% i.i.d. band of about +-0.25.
	lo, hi := sbcorr.FisherBands([]float64{-0.40, 0.10, math.NaN()}, 48, 0.95)
	for i := range lo {
		fmt.Printf("[%.3f, %.3f]\n", lo[i], hi[i])
	}
	// Output:
	// [-0.614, -0.131]
	// [-0.190, 0.374]
	// [NaN, NaN]
}

func ExampleSafetyRisky() {
	// Daily realized correlations and the stock's return on each day.
	rho := []float64{-0.6, -0.1, 0.2, -0.5, 0.4, 0.0, -0.3, 0.3, -0.7, 0.1, -0.55, 0.35, -0.2, 0.5, 0.05}
	spx := []float64{-0.012, 0.001, 0.004, -0.009, 0.006, 0.000, -0.002, 0.003, -0.015, 0.002, -0.004, 0.001, 0.001, 0.008, 0.0}
	safety, risky := sbcorr.SafetyRisky(rho, 0.2)
	d, err := series.Summarise(rho)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("20%% quantile %.2f, 80%% quantile %.2f\n", d.P20, d.P80)
	for _, g := range []struct {
		name string
		mask []bool
	}{{"bond-safety", safety}, {"bond-risky", risky}} {
		m, err := sbcorr.ConditionalMean(spx, g.mask, 0)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s days: mean stock return %.2f%% (t = %.2f, n = %d)\n", g.name, 100*m.Mean, m.T, m.N)
	}
	// Output:
	// 20% quantile -0.51, 80% quantile 0.31
	// bond-safety days: mean stock return -1.03% (t = -3.15, n = 3)
	// bond-risky days: mean stock return 0.50% (t = 2.40, n = 3)
}
