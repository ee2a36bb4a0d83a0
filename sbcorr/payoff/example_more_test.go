package payoff_test

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/sbcorr/payoff"
)

// The linear payoff of Figures 52-53 and its most influential observations:
// the top quarter of eight days by leverage H_ii and the two shares they
// carry, tied by LeverageShare = (k/n + ESSShare) / 2 (values checked with
// numpy's lstsq and an explicit hat matrix).
func ExampleLinearFit_Influential() {
	rs := []float64{-0.03, -0.01, 0, 0.002, 0.01, 0.015, 0.05, -0.004}
	rb := []float64{0.01, 0.002, 0.001, -0.001, -0.002, 0.0, -0.02, 0.003}
	f, err := payoff.FitLinear(rs, rb)
	if err != nil {
		panic(err)
	}
	inf := f.Influential(0.25)
	fmt.Printf("beta0 = %.5f, beta1 = %.4f, R2 = %.3f\n", f.Beta0, f.Beta1, f.R2)
	fmt.Printf("top days %v: %.1f%% of the leverage, %.1f%% of the explained sum of squares\n",
		inf.Index, 100*inf.LeverageShare, 100*inf.ESSShare)
	// Output:
	// beta0 = 0.00060, beta1 = -0.3573, R2 = 0.923
	// top days [6 0]: 56.6% of the leverage, 88.1% of the explained sum of squares
}

// The flight-to-quality payoff of Figure 7 (footnote 6): the correlation
// function leaves [-1, 1] in the far left tail, where it is clipped and
// reported.
func ExampleParametric() {
	p := payoff.Parametric{
		NormalModel: payoff.NormalModel{MuS: 0.08, MuB: 0.02, SigmaS: 0.15, SigmaB: 0.03},
		Rho:         payoff.FlightToQuality(0.08, 0.15),
	}
	for _, rs := range []float64{-0.60, -0.20, 0, 0.20} {
		m, clipped := p.Payoff(rs)
		fmt.Printf("R_S = %+.0f%%: rho = %+.3f, m = %.2f%%, clipped %v\n", 100*rs, p.Rho(rs), 100*m, clipped)
	}
	// Output:
	// R_S = -60%: rho = -1.022, m = 15.60%, clipped true
	// R_S = -20%: rho = -0.601, m = 5.36%, clipped false
	// R_S = +0%: rho = -0.316, m = 2.51%, clipped false
	// R_S = +20%: rho = -0.146, m = 1.65%, clipped false
}

// Choosing the bandwidth of a local-linear payoff by leave-one-out
// cross-validation (exact CV, O(n^2) per bandwidth), between a fifth and
// five times the paper's default 2 sigma T^-0.20.
func ExampleSelectBandwidth() {
	n := 400
	x, y := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = -0.05 + 0.1*float64(i)/float64(n-1)
		y[i] = 0.3*x[i]*x[i]/0.05 + 0.002*math.Sin(float64(7*i)) // a smooth payoff plus deterministic noise
	}
	h0, _ := payoff.DefaultBandwidth(x)
	h, err := payoff.SelectBandwidth(func(h float64) (float64, error) {
		s, _, err := payoff.LocalPoly{Degree: 1, H: h}.CV(x, y)
		return s, err
	}, h0/5, 5*h0)
	if err != nil {
		panic(err)
	}
	fmt.Printf("default %.4f, CV %.4f\n", h0, h)
	// Output:
	// default 0.0175, CV 0.0050
}
