package plotting

import "testing"

// PlainMath writes the math of a label as Unicode text and leaves the rest
// as written.
func TestPlainMath(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"rho_SB (%)", "rho_SB (%)"}, // no dollar: unchanged, underscores included
		{`$\rho_{SB}$`, "ρ_SB"},
		{`correlation $\rho_{SB}$ in %`, "correlation ρ_SB in %"},
		{`$\sigma_\pi \geq 2\%$ (base)`, "σ_π ≥ 2% (base)"},
		{`$\tilde\rho_{2,3}$, $\pi^\star_3$`, "ρ\u0303_2,3, π*_3"},
		{`$\sigma^2$, $x^{-1}$, $e^{ax}$`, "σ², x⁻¹, e^ax"},
		{`$\beta_{S,g} = 1$, $\varphi = 2$`, "β_S,g = 1, φ = 2"},
		{`$\Pr\{R_B \geq 0 \mid R_S\}$`, "Pr{R_B ≥ 0 | R_S}"},
		{`$\frac{a}{b}$ $\sqrt{x}$ $\bar{x}$`, "a/b √x x\u0304"},
		{`$\text{a_b} + \mathrm{d}x$`, "a_b + dx"},
		{`$a\,b\ c\quad d$`, "ab c  d"}, // \quad is a space, the space after it kept
		{`$n = \infty$ \$5`, "n = ∞ $5"},
		{`$\unknown x$`, `\unknown x`},
		{`costs $5`, "costs $5"}, // an unpaired dollar stays
		{`$x$ and \$ and $y$`, "x and $ and y"},
		{`$\log x$, $E[R_B | R_S]$`, "log x, E[R_B | R_S]"},
	} {
		if got := PlainMath(c.in); got != c.want {
			t.Errorf("PlainMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, s := range []string{`${}$`, `$\hat$`, `$x_$`, `$x^$`, `$\$`, `$\text{a$`, `$\frac{a}$`, `${{x$`} {
		PlainMath(s) // degenerate math: no panic
	}
}
