package bond

import (
	"fmt"
	"math"
)

// EquityDuration returns the modified duration in years of an equity index
// under the Gordon growth model with the growth rate independent of the
// discount rate: D = 1/(r - g) = 1/DY, where DY = CF(t+1)/P(t) is the
// dividend yield (decimal). See Portelli & Roncalli (2024), eq. (12),
// section 3.3.4. It returns an error when dy is not positive, NaN or
// +Inf, or so small (below 5.6e-309) that 1/dy overflows.
func EquityDuration(dy float64) (float64, error) {
	if math.IsNaN(dy) || dy <= 0 || math.IsInf(dy, 1) {
		return math.NaN(), fmt.Errorf("bond: EquityDuration: dividend yield %v must be positive and finite", dy)
	}
	if d := 1 / dy; !math.IsInf(d, 0) {
		return d, nil
	}
	return math.NaN(), fmt.Errorf("bond: EquityDuration: dividend yield %v: the duration 1/DY exceeds the float64 range", dy)
}

// EquityDurationGeneral returns the modified duration in years of an
// equity index under the Gordon growth model when the growth rate g reacts
// to the discount rate r:
//
//	D = (1 - dg/dr) / (r - g).
//
// See Portelli & Roncalli (2024), eq. (11) (footnote 23), section 3.3.4.
// With dgdr = 0 it reduces to eq. (12), since r - g = DY. Rates are
// decimals. It returns an error when r - g is not positive, an input is
// NaN or infinite, or the duration exceeds the float64 range.
func EquityDurationGeneral(r, g, dgdr float64) (float64, error) {
	for _, v := range []float64{r, g, dgdr} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return math.NaN(), fmt.Errorf("bond: EquityDurationGeneral: input not finite (r=%v, g=%v, dg/dr=%v)", r, g, dgdr)
		}
	}
	if r-g <= 0 {
		return math.NaN(), fmt.Errorf("bond: EquityDurationGeneral: r - g = %v must be positive", r-g)
	}
	if d := (1 - dgdr) / (r - g); !math.IsInf(d, 0) {
		return d, nil
	}
	return math.NaN(), fmt.Errorf("bond: EquityDurationGeneral: (1 - dg/dr)/(r - g) exceeds the float64 range (r=%v, g=%v, dg/dr=%v)", r, g, dgdr)
}
