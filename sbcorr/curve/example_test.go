package curve_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/sbcorr/curve"
)

// Fit the US Treasury par curve of 31 December 2021 (decimals) and read
// zero, forward and par rates off the fitted NSS curve. scipy's
// least_squares under the same bounds (testdata/gen_peer.py) finds the
// same RMSE and the same three rates to the printed digit.
func ExampleFitSvensson() {
	m := []float64{1.0 / 12, 2.0 / 12, 0.25, 0.5, 1, 2, 3, 5, 7, 10, 20, 30}
	par := []float64{0.0006, 0.0005, 0.0006, 0.0019, 0.0039, 0.0073, 0.0097, 0.0126, 0.0144, 0.0152, 0.0194, 0.0190}
	p, d, err := curve.FitSvensson(m, par, curve.FitOptions{Kind: curve.ParYields})
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
