package sbcorr

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/stockbond/sbcorr/internal/must"
)

// SimulateDCC draws n days of a bivariate DCC-GARCH(1,1) with Gaussian
// innovations drawn from src: z_t = chol(R_t) N(0, I),
// e_i,t = sqrt(h_i,t) z_i,t with GARCH margins gx and gy, and the DCC
// recursion with Qbar = [[1, rhoBar], [rhoBar, 1]] started at Q_1 = Qbar and
// h_1 at the unconditional variances. It returns the two return series and
// the true correlation path rho_t. It panics for n < 0, non-stationary
// parameters, |rhoBar| >= 1 or a nil src. rand.NewPCG(seed, 0xdcc) gives
// the draws of the former seed argument.
func SimulateDCC(n int, gx, gy GARCH, d DCC, rhoBar float64, src rand.Source) (x, y, rho []float64) {
	must.NotNil("sbcorr: SimulateDCC", "src", src)
	if n < 0 {
		panic(fmt.Sprintf("sbcorr: SimulateDCC: n = %d < 0", n))
	}
	for _, g := range []GARCH{gx, gy} {
		if !(g.Omega > 0 && g.Alpha >= 0 && g.Beta >= 0 && g.Alpha+g.Beta < 1) {
			panic(fmt.Sprintf("sbcorr: SimulateDCC: non-stationary GARCH %+v", g))
		}
	}
	if !(d.A >= 0 && d.B >= 0 && d.A+d.B < 1) || !(math.Abs(rhoBar) < 1) {
		panic(fmt.Sprintf("sbcorr: SimulateDCC: invalid DCC %+v or rhoBar %v", d, rhoBar))
	}
	rng := rand.New(src)
	x, y, rho = make([]float64, n), make([]float64, n), make([]float64, n)
	hx := gx.Omega / (1 - gx.Alpha - gx.Beta)
	hy := gy.Omega / (1 - gy.Alpha - gy.Beta)
	q11, q22, q12 := 1.0, 1.0, rhoBar
	var z1, z2 float64
	c := 1 - d.A - d.B
	for t := range n {
		if t > 0 {
			q11 = c + d.A*z1*z1 + d.B*q11
			q22 = c + d.A*z2*z2 + d.B*q22
			q12 = c*rhoBar + d.A*z1*z2 + d.B*q12
			hx = gx.Omega + gx.Alpha*x[t-1]*x[t-1] + gx.Beta*hx
			hy = gy.Omega + gy.Alpha*y[t-1]*y[t-1] + gy.Beta*hy
		}
		r := q12 / math.Sqrt(q11*q22)
		u, v := rng.NormFloat64(), rng.NormFloat64()
		z1, z2 = u, r*u+math.Sqrt(1-r*r)*v
		rho[t], x[t], y[t] = r, math.Sqrt(hx)*z1, math.Sqrt(hy)*z2
	}
	return x, y, rho
}
