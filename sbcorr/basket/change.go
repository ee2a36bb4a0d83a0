package basket

import (
	"fmt"

	"github.com/stockbond/sbcorr/internal/must"
)

// Drift returns the weights of a capitalisation-weighted basket after one
// period of stock returns ret (decimals):
// w_i(t+1) = (1 + R_i) / (1 + R_S) w_i(t) with R_S = sum_i w_i R_i. See
// Portelli & Roncalli (2024), appendix A.7. It panics when the lengths
// differ.
func Drift(w, ret []float64) []float64 {
	mustSameLen("Drift", w, ret)
	rs := dot(w, ret)
	out := make([]float64, len(w))
	for i := range w {
		out[i] = (1 + ret[i]) / (1 + rs) * w[i]
	}
	return out
}

// Xi returns the factors
//
//	xi_i(t+1) = ((1 + R_i(t+1)) sigma_i(t+1) / sigma_i(t)) / ((1 + R_S(t+1)) sigma_S(t+1) / sigma_S(t))
//
// with R_S = sum_i w_i(t) R_i(t+1), of the change decomposition of
// CorrChange: prev and next are the basket at t and at t+1 (next with the
// drifted weights, see Drift), ret the stock returns between t and t+1. See
// Portelli & Roncalli (2024), section 2.3.3 and appendix A.7. It panics when
// a basket is nil or the sizes differ.
func Xi(prev, next *Basket, ret []float64) []float64 {
	must.NotNil("basket: Xi", "prev", prev)
	must.NotNil("basket: Xi", "next", next)
	mustSameLen("Xi", prev.w, next.w, ret)
	rs := dot(prev.w, ret)
	den := (1 + rs) * next.volS / prev.volS
	xi := make([]float64, len(ret))
	for i := range xi {
		xi[i] = (1 + ret[i]) * next.vols[i] / prev.vols[i] / den
	}
	return xi
}

// CorrChange returns the change of the aggregate stock-bond correlation
// between t and t+1 decomposed stock by stock:
//
//	Delta rho_S,B(t+1) = sum_i omega_i(t) (xi_i(t+1) rho_i,B(t+1) - rho_i,B(t))
//
// where omega_i(t) are the correlation weights at t and xi the factors of
// Xi; contrib[i] is the term of stock i and total their sum, equal to
// next.Corr() - prev.Corr() when next holds the drifted weights. See
// Portelli & Roncalli (2024), section 2.3.3 and appendix A.7. It panics when
// a basket is nil or the sizes differ.
func CorrChange(prev, next *Basket, ret []float64) (contrib []float64, total float64) {
	must.NotNil("basket: CorrChange", "prev", prev)
	must.NotNil("basket: CorrChange", "next", next)
	mustSameLen("CorrChange", prev.w, next.w, ret)
	xi := Xi(prev, next, ret)
	omega := prev.Omega()
	contrib = make([]float64, len(xi))
	for i := range xi {
		contrib[i] = omega[i] * (xi[i]*next.corrB[i] - prev.corrB[i])
		total += contrib[i]
	}
	return contrib, total
}

func mustSameLen(fn string, s ...[]float64) {
	for _, v := range s[1:] {
		if len(v) != len(s[0]) {
			panic(fmt.Sprintf("basket: %s: sizes differ (%d and %d)", fn, len(s[0]), len(v)))
		}
	}
}
