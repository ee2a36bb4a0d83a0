package sbcorr_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/sbcorr"
)

func ExampleRollingCorr() {
	stock := []float64{0.01, -0.02, 0.015, 0.003, -0.01, 0.02}
	bond := []float64{-0.004, 0.006, -0.002, 0.001, 0.004, -0.005}
	rho := sbcorr.RollingCorr(stock, bond, 4, 4)
	why := sbcorr.RollingWhy(stock, bond, 4, 4)
	for t := range rho {
		fmt.Printf("t=%d rho=%.4f (%v)\n", t, rho[t], why[t])
	}
	// Output:
	// t=0 rho=NaN (too few observations)
	// t=1 rho=NaN (too few observations)
	// t=2 rho=NaN (too few observations)
	// t=3 rho=-0.9363 (ok)
	// t=4 rho=-0.9990 (ok)
	// t=5 rho=-0.9833 (ok)
}

func ExampleOLSHAC() {
	// Regress a persistent series on a trend-like regressor with
	// Newey-West standard errors (lag by the Newey-West 1994 rule).
	y := []float64{0.1, 0.3, 0.2, 0.5, 0.4, 0.7, 0.6, 0.9, 0.8, 1.1, 1.0, 1.2}
	x := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	fit, err := sbcorr.OLSHAC(y, [][]float64{x}, sbcorr.HAC{Lag: sbcorr.LagNW94(len(y))})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("lag=%d beta0=%.4f beta1=%.4f t1=%.2f R2=%.4f\n",
		fit.HAC.Lag, fit.Coef[0], fit.Coef[1], fit.TStat[1], fit.R2)
	// Output:
	// lag=2 beta0=0.0227 beta1=0.0965 t1=32.64 R2=0.9313
}
