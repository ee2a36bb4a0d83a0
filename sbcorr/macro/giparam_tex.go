package macro

var giParamTeX = [...]string{`$\beta_{S,g}$`, `$\beta_{S,\pi}$`, `$\beta_{B,g}$`, `$\beta_{B,\pi}$`,
	`$\varphi$`, `$\rho_{g,\pi}$`}

// TeX returns the paper's symbol of the parameter as LaTeX between dollar
// signs, for chart labels (plotting typesets it): `$\beta_{S,g}$` for
// BetaSG, `$\rho_{g,\pi}$` for RhoGPi; String's name for an unknown
// parameter.
func (p GIParam) TeX() string {
	if p < 0 || int(p) >= len(giParamTeX) {
		return p.String()
	}
	return giParamTeX[p]
}
