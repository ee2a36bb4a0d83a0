package macro_test

import (
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/sbcorr/macro"
)

// The default parameters of section 2.4.1 give rho_SB = 51.1%; a 5%
// inflation volatility turns it negative (footnote 13).
func ExampleLi_Correlation() {
	m := macro.LiDefault()
	rho, err := m.Correlation()
	if err != nil {
		panic(err)
	}
	fmt.Printf("default: %.1f%%\n", 100*rho)
	rho, _ = m.With(macro.SigmaPi, 0.05).Correlation()
	fmt.Printf("sigma_pi = 5%%: %.1f%%\n", 100*rho)
	d, _ := m.Decompose()
	c := d.Corr()
	fmt.Printf("rates %.1f%% + inflation %.1f%% + inflation-dividend %.1f%%\n",
		100*c.Rates, 100*c.Inflation, 100*c.InflationDividend)
	// Output:
	// default: 51.1%
	// sigma_pi = 5%: -34.3%
	// rates 45.5% + inflation -9.9% + inflation-dividend 15.4%
}

// The standard growth-inflation parameters of Figure 66 give a negative
// correlation; a low growth beta of stocks turns it positive (Figure 67).
func ExampleGrowthInflation_Correlation() {
	m := macro.GrowthInflationStandard().With(macro.RhoGPi, 0.3)
	rho, _ := m.Correlation()
	fmt.Printf("standard: %.1f%%\n", 100*rho)
	rho, _ = m.With(macro.BetaSG, 0.2).Correlation()
	fmt.Printf("beta_S_g = 0.2: %.1f%%\n", 100*rho)
	star, _ := m.Threshold()
	fmt.Printf("beta*_S_g = %.1f\n", star)
	// Output:
	// standard: -61.8%
	// beta_S_g = 0.2: 28.5%
	// beta*_S_g = 1.0
}

// The Monte Carlo of Figures 14-15: under the base priors the stock-bond
// correlation is negative about 3% of the time; with a higher inflation
// volatility (sigma_pi ~ U[2%, 10%]) about 40% of the time. The result is
// the same whatever the number of workers.
func ExampleSimulateLi() {
	p := macro.LiPaperPriors()
	for _, pr := range []macro.LiPriors{p, p.With(macro.SigmaPi, 0.02, 0.10)} {
		s, err := macro.SimulateLi(pr, macro.MonteCarlo{Draws: 200_000, Seed: 1})
		if err != nil {
			panic(err)
		}
		pos := s.ConditionalMeans(0.5, 1)
		fmt.Printf("P(rho < 0) = %.1f%%, mean rho given rho >= 50%%: %.1f%% = %.1f%% + %.1f%% + %.1f%%\n",
			100*s.ProbNegative(), 100*pos.Rho, 100*pos.Rates, 100*pos.Inflation, 100*pos.InflationDividend)
	}
	// Output:
	// P(rho < 0) = 3.2%, mean rho given rho >= 50%: 65.8% = 57.6% + -3.0% + 11.2%
	// P(rho < 0) = 38.0%, mean rho given rho >= 50%: 63.6% = 57.3% + -10.8% + 17.1%
}

// Rolling growth-inflation statistics (Figure 74) from year-on-year rates.
func ExampleRollingGrowthInflation() {
	g := []float64{0.02, 0.03, 0.01, 0.025, 0.015, 0.03}
	pi := []float64{0.03, 0.02, 0.04, 0.03, 0.035, 0.025}
	r, err := macro.RollingGrowthInflation(g, pi, 4)
	if err != nil {
		panic(err)
	}
	fmt.Printf("sigma_g %.4f, sigma_pi %.4f, rho %.2f, varphi %.2f\n", r.SigmaG[5], r.SigmaPi[5], r.Rho[5], r.Phi[5])
	fmt.Println(r.Rho[2]) // incomplete window
	// Output:
	// sigma_g 0.0091, sigma_pi 0.0065, rho -0.99, varphi 1.41
	// NaN
}

// A regression of a correlation series on one factor with a missing value
// (Tables 19-22): the NaN row is dropped, the t-statistic is Newey-West
// (statsmodels OLS with cov_type="HAC", maxlags=2 on the 9 rows gives
// 11.047, t = 21.47, R^2 = 92.27%).
func ExampleRegress() {
	y := []float64{0.10, 0.25, 0.18, 0.40, math.NaN(), 0.52, 0.47, 0.66, 0.61, 0.80}
	x := []float64{0.01, 0.02, 0.02, 0.03, 0.04, 0.04, 0.05, 0.05, 0.06, 0.07}
	r, err := macro.Regress(y, []macro.Factor{{Name: "y", Values: x}}, func(int) int { return 2 })
	if err != nil {
		panic(err)
	}
	b, p, _ := r.Coef("y")
	fmt.Printf("n = %d, beta_y = %.2f%s (t = %.1f), R2 = %.1f%%\n", r.N, b, macro.Stars(p), r.TStat[1], 100*r.R2)
	// Output:
	// n = 9, beta_y = 11.05*** (t = 21.5), R2 = 92.3%
}

// Table 13 statistics of year-on-year growth and inflation over one period.
func ExampleDescribeGrowthInflation() {
	g := []float64{0.040, 0.035, 0.010, -0.005, 0.020, 0.030, 0.028, 0.015}
	pi := []float64{0.020, 0.030, 0.060, 0.070, 0.045, 0.030, 0.025, 0.040}
	s, err := macro.DescribeGrowthInflation(g, pi)
	if err != nil {
		panic(err)
	}
	fmt.Printf("sigma_g %.1f%%, sigma_pi %.1f%%, rho %.1f%%, varphi %.2f\n", 100*s.SigmaG, 100*s.SigmaPi, 100*s.Rho, s.Phi)
	_, err = macro.DescribeGrowthInflation(g[:2], pi[:2])
	fmt.Println(err)
	// Output:
	// sigma_g 1.5%, sigma_pi 1.8%, rho -95.2%, varphi 0.84
	// macro: DescribeGrowthInflation: 2 observations, need at least 3
}
