package copula_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/sbcorr/copula"
)

// The bivariate normal distribution function, accurate to 1e-14: at the
// origin Phi2(0, 0; rho) = 1/4 + asin(rho) / (2 pi); the tail value agrees
// with scipy's multivariate_normal.cdf.
func ExampleBVNCDF() {
	fmt.Printf("%.15f\n", copula.BVNCDF(0, 0, 0.5)) // 1/4 + 1/12
	fmt.Printf("%.6e\n", copula.BVNCDF(-3, -3, -0.337))
	// Output:
	// 0.333333333333333
	// 9.380654e-09
}

// Pseudo-observations with ties (average ranks over n + 1), the
// normal-scores ("copula") correlation and the regimes at alpha = 25%
// (values agree with scipy's rankdata and norm.ppf).
func ExampleNormalScoresCorr() {
	rs := []float64{-0.02, 0.01, 0.00, 0.03, -0.01, 0.02, 0.00, -0.03}
	rb := []float64{0.01, -0.01, 0.00, -0.02, 0.00, -0.01, 0.01, 0.02}
	u, _ := copula.PseudoObs(rb)
	fmt.Printf("u_B = %.3f\n", u)
	rho, _ := copula.NormalScoresCorr(rs, rb)
	fmt.Printf("copula correlation %.3f\n", rho)
	r, _ := copula.Classify(rs, 0.25)
	fmt.Println(r)
	// Output:
	// u_B = [0.722 0.278 0.500 0.111 0.500 0.278 0.722 0.889]
	// copula correlation -0.930
	// [Bad Normal Normal Good Normal Good Normal Bad]
}
