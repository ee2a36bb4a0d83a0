package plotting

import "fmt"

// Family returns one curve per parameter value, for a Functions chart that
// draws a closed form at several values of one of its parameters: the curve
// x -> f(p, x) for each p of ps, in order, named fmt.Sprintf(name, scale*p).
// Scale 100 prints a decimal parameter in percent ("rho = %.0f%%" and -0.5
// give "rho = -50%"), scale 1 prints it as is ("beta = %g"). For example the
// bond premium of a stock-bond mix against the equity weight, one curve per
// correlation:
//
//	plotting.Family("rho = %.0f%%", 100, []float64{-0.5, 0, 0.5},
//		func(rho, xs float64) float64 { return mix(xs, rho).BondPremiumAt(rho) })
//
// Each curve keeps its own p. No values give no curves (Functions.Plot then
// reports that the chart has no functions).
func Family(name string, scale float64, ps []float64, f func(p, x float64) float64) []Func {
	fs := make([]Func, len(ps))
	for i, p := range ps {
		fs[i] = Func{Name: fmt.Sprintf(name, scale*p), F: func(x float64) float64 { return f(p, x) }}
	}
	return fs
}
