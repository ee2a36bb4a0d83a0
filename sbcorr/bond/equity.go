package bond

import (
	"fmt"
	"math"
)

// EquityDuration returns the modified duration in years of an equity index
// under the Gordon growth model with the growth rate independent of the
// discount rate: D = 1/(r - g) = 1/DY, where DY = CF(t+1)/P(t) is the
// dividend yield (decimal). See Portelli & Roncalli (2024), eq. (12),
// section 3.3.4. It returns an error when dy is not positive or is NaN.
func EquityDuration(dy float64) (float64, error) {
	if math.IsNaN(dy) || dy <= 0 {
		return math.NaN(), fmt.Errorf("bond: EquityDuration: dividend yield %v must be positive", dy)
	}
	return 1 / dy, nil
}

// EquityDurationGeneral returns the modified duration in years of an
// equity index under the Gordon growth model when the growth rate g reacts
// to the discount rate r:
//
//	D = (1 - dg/dr) / (r - g).
//
// See Portelli & Roncalli (2024), eq. (11) (footnote 23), section 3.3.4.
// With dgdr = 0 it reduces to eq. (12), since r - g = DY. Rates are
// decimals. It returns an error when r - g is not positive or an input is
// NaN.
func EquityDurationGeneral(r, g, dgdr float64) (float64, error) {
	if math.IsNaN(r) || math.IsNaN(g) || math.IsNaN(dgdr) {
		return math.NaN(), fmt.Errorf("bond: EquityDurationGeneral: NaN input (r=%v, g=%v, dg/dr=%v)", r, g, dgdr)
	}
	if r-g <= 0 {
		return math.NaN(), fmt.Errorf("bond: EquityDurationGeneral: r - g = %v must be positive", r-g)
	}
	return (1 - dgdr) / (r - g), nil
}
