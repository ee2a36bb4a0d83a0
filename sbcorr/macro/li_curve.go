package macro

import "math"

// CorrelationCurve returns rho_SB (eq. 5, decimal) as a function of the
// value v of parameter p, every other parameter held at m: the continuous
// version of one column of Tables 6-10 (Sensitivity), for a chart of
// rho_SB against p. It is NaN where the model is invalid (a unit root,
// |rho| > 1, a shock correlation matrix that is not positive definite; see
// Validate), so a chart leaves a gap there. It panics on an unknown
// parameter.
func (m Li) CorrelationCurve(p LiParam) func(v float64) float64 {
	m.With(p, 0) // panics on an unknown parameter, before any chart is drawn
	return func(v float64) float64 {
		rho, err := m.With(p, v).Correlation()
		if err != nil {
			return math.NaN()
		}
		return rho
	}
}
