package sbcorr_test

import (
	"fmt"
	"math/rand/v2"

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

func ExampleHalfLife() {
	// The paper's lambda = 0.96 (Figure 20): the half-life is 17 days; the
	// "25 days" it quotes is the mean age 1/(1-lambda).
	fmt.Printf("half-life %.2f days, mean age %.0f days\n", sbcorr.HalfLife(0.96), sbcorr.MeanAge(0.96))
	// Output:
	// half-life 16.98 days, mean age 25 days
}

func ExampleEWMACorrWindow() {
	stock := []float64{0.010, -0.020, 0.015, 0.003, -0.010, 0.020, -0.005, 0.007}
	bond := []float64{-0.004, 0.006, -0.002, 0.001, 0.004, -0.005, 0.003, 0.002}
	// Footnote 18: the estimate at t weights R(t-1), ..., R(t-m).
	rho := sbcorr.EWMACorrWindow(stock, bond, 0.9, 5, sbcorr.ExcludeCurrent)
	fmt.Printf("%.4f\n", rho[5:])
	// Output:
	// [-0.9479 -0.9869 -0.9879]
}

func ExampleKendall() {
	// scipy.stats.kendalltau gives 0.6428571428571429 on the same data.
	x := []float64{1, 2, 2, 3, 4, 5}
	y := []float64{2, 1, 3, 3, 5, 4}
	tau, err := sbcorr.Kendall(x, y)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("tau-b = %.4f\n", tau)
	// Output:
	// tau-b = 0.6429
}

func ExampleFitDCC() {
	g := sbcorr.GARCH{Omega: 0.02, Alpha: 0.08, Beta: 0.90}
	x, y, _ := sbcorr.SimulateDCC(3000, g, g, sbcorr.DCC{A: 0.05, B: 0.90}, -0.3, rand.NewPCG(1, 0xdcc))
	fit, err := sbcorr.FitDCC(x, y)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("A = %.3f (se %.3f), B = %.3f (se %.3f)\n", fit.A, fit.SE[0], fit.B, fit.SE[1])
	// Output:
	// A = 0.054 (se 0.009), B = 0.884 (se 0.019)
}

func ExampleRealizedCorr() {
	// Two days of five 5-minute returns each (no overnight return).
	spx := []float64{0.001, -0.002, 0.0015, 0.0005, -0.001, 0.002, 0.001, -0.001, 0.0005, 0.0015}
	ust := []float64{-0.0005, 0.001, -0.0004, 0.0001, 0.0006, 0.0008, 0.0002, -0.0006, 0.0001, 0.0007}
	day := []int{20250407, 20250407, 20250407, 20250407, 20250407, 20250409, 20250409, 20250409, 20250409, 20250409}
	pc := sbcorr.RealizedCorr(spx, ust, day, 3)
	for i, d := range pc.Period {
		fmt.Printf("%d: rho = %.3f from %d returns\n", d, pc.Rho[i], pc.N[i])
	}
	// Output:
	// 20250407: rho = -0.974 from 5 returns
	// 20250409: rho = 0.986 from 5 returns
}
