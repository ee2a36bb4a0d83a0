package curve_test

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/sbcorr/curve"
)

// Fit the US Treasury par curve of 31 December 2021 (decimals) and read
// zero, forward and par rates off the fitted NSS curve. scipy's
// least_squares under the same bounds (testdata/gen_peer.py) finds the
// same RMSE and the same three rates to the printed digit.
func ExampleFitSvensson() {
	m := []float64{1.0 / 12, 2.0 / 12, 0.25, 0.5, 1, 2, 3, 5, 7, 10, 20, 30}
	par := []float64{0.0006, 0.0005, 0.0006, 0.0019, 0.0039, 0.0073, 0.0097, 0.0126, 0.0144, 0.0152, 0.0194, 0.0190}
	p, d, err := curve.FitSvensson(m, par, curve.FitOptions{Target: curve.ParYields})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("RMSE %.1f bp, max %.1f bp at %gy\n", 1e4*d.RMSE, 1e4*d.MaxAbs, d.MaxAt)
	fmt.Printf("10y zero %.2f%%, par %.2f%%, 5y5y forward %.2f%%\n",
		100*p.Rate(10), 100*curve.ParYield(p, 10), 100*curve.Forward(p, 5, 10))
	// Output:
	// RMSE 3.7 bp, max 8.7 bp at 20y
	// 10y zero 1.60%, par 1.58%, 5y5y forward 1.94%
}

// Bootstrap a zero curve from a par curve: the five-year zero rate lies
// above the par yield on an upward-sloping curve (numpy check in
// testdata/gen_peer.py: 3.021937%).
func ExampleBootstrap() {
	m := []float64{0.5, 1, 2, 5, 10}
	par := []float64{0.01, 0.015, 0.02, 0.03, 0.035}
	z, err := curve.Bootstrap(m, par)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("5y: par %.3f%%, zero %.3f%% (continuous), discount %.4f\n",
		100*curve.ParYield(z, 5), 100*z.Rate(5), curve.Discount(z, 5))
	// Output:
	// 5y: par 3.000%, zero 3.022% (continuous), discount 0.8598
}

// Fit a Nelson-Siegel curve to zero rates, with tau estimated and with tau
// fixed (the Diebold-Li choice: the betas are then a linear least-squares
// fit).
func ExampleFitNelsonSiegel() {
	m := []float64{0.25, 0.5, 1, 2, 3, 5, 7, 10, 20, 30}
	truth := curve.NelsonSiegel{B0: 0.045, B1: -0.03, B2: 0.02, Tau: 1.8}
	z := make([]float64, len(m))
	for i, t := range m {
		z[i] = truth.Rate(t)
	}
	p, d, _ := curve.FitNelsonSiegel(m, z, curve.FitOptions{})
	fmt.Printf("estimated tau: B0 %.4f B1 %.4f B2 %.4f tau %.3f, RMSE %.2f bp\n", p.B0, p.B1, p.B2, p.Tau, 1e4*d.RMSE)
	q, e, _ := curve.FitNelsonSiegel(m, z, curve.FitOptions{Tau: []float64{1.37}})
	fmt.Printf("fixed tau 1.37: B0 %.4f B1 %.4f B2 %.4f, RMSE %.2f bp\n", q.B0, q.B1, q.B2, 1e4*e.RMSE)
	// Output:
	// estimated tau: B0 0.0450 B1 -0.0300 B2 0.0200 tau 1.800, RMSE 0.00 bp
	// fixed tau 1.37: B0 0.0456 B1 -0.0312 B2 0.0118, RMSE 2.34 bp
}

// Fit every curve of a small panel in parallel; a date with too few tenors
// gets an error and zero parameters, the others are unaffected.
func ExampleFitSvenssonHistory() {
	m := []float64{0.25, 0.5, 1, 2, 3, 5, 7, 10, 20, 30}
	nan := math.NaN()
	curves := [][]float64{
		{0.050, 0.051, 0.052, 0.054, 0.055, 0.057, 0.058, 0.059, 0.061, 0.060},
		{0.010, 0.012, 0.015, 0.020, 0.024, 0.029, 0.032, 0.034, 0.037, 0.036},
		{0.020, nan, nan, nan, 0.025, nan, nan, 0.030, nan, 0.031},
	}
	params, diag, errs := curve.FitSvenssonHistory(m, curves, curve.FitOptions{Target: curve.ParYields}, 2)
	for i := range curves {
		if errs[i] != nil {
			fmt.Printf("curve %d: %v\n", i, errs[i])
			continue
		}
		fmt.Printf("curve %d: 10y par %.2f%%, RMSE %.1f bp\n", i, 100*curve.ParYield(params[i], 10), 1e4*diag[i].RMSE)
	}
	// Output:
	// curve 0: 10y par 5.95%, RMSE 2.4 bp
	// curve 1: 10y par 3.44%, RMSE 2.0 bp
	// curve 2: curve: fit: 4 valid yields for 6 parameters
}
