package curve

import (
	"fmt"
	"math"
)

// Bootstrap returns the zero curve implied by par yields (decimals) at the
// maturities m (years, strictly increasing; NaN yields are skipped), in the
// convention of ParYield:
//
//   - a maturity t <= 0.5 is a bill: D(t) = 1/(1 + c t);
//   - beyond, on the semi-annual grid t_k = k/2, the par yield c_k is
//     interpolated linearly in maturity (flat beyond the last point) and
//     D(t_k) = (1 - c_k/2 sum_{j<k} D(t_j)) / (1 + c_k/2).
//
// The nodes are the bill maturities below 0.5 and the semi-annual grid up
// to the longest maturity (rounded up to a half year); rates are
// continuously compounded. ParYield of the result reproduces the input at
// every maturity that is a bill or a multiple of half a year.
//
// It returns an error when fewer than one valid point is left, a maturity
// is not positive, infinite or beyond MaxMaturity, maturities are not
// increasing, a yield is infinite or at or below -100%, or a discount
// factor comes out non-positive.
func Bootstrap(m, par []float64) (Nodes, error) {
	if len(m) != len(par) {
		panic(fmt.Sprintf("curve: Bootstrap: len(m) = %d, len(par) = %d", len(m), len(par)))
	}
	var xs, ys []float64
	for i := range m {
		if math.IsNaN(par[i]) {
			continue
		}
		if !(m[i] > 0) {
			return Nodes{}, fmt.Errorf("curve: Bootstrap: maturity %v (point %d) must be positive", m[i], i)
		}
		if !(m[i] <= MaxMaturity) {
			return Nodes{}, fmt.Errorf("curve: Bootstrap: maturity %v (point %d) beyond MaxMaturity = %v years", m[i], i, MaxMaturity)
		}
		if math.IsInf(par[i], 0) {
			return Nodes{}, fmt.Errorf("curve: Bootstrap: yield at maturity %v (point %d) is infinite", m[i], i)
		}
		if len(xs) > 0 && m[i] <= xs[len(xs)-1] {
			return Nodes{}, fmt.Errorf("curve: Bootstrap: maturities must increase (point %d: %v after %v)", i, m[i], xs[len(xs)-1])
		}
		if par[i] <= -1 {
			return Nodes{}, fmt.Errorf("curve: Bootstrap: yield %v at maturity %v is at or below -100%%", par[i], m[i])
		}
		xs, ys = append(xs, m[i]), append(ys, par[i])
	}
	if len(xs) == 0 {
		return Nodes{}, fmt.Errorf("curve: Bootstrap: no valid par yield")
	}
	var out Nodes
	for i, t := range xs {
		if t < 0.5 {
			if err := out.add(t, 1/(1+ys[i]*t)); err != nil {
				return Nodes{}, err
			}
		}
	}
	last := int(math.Ceil(2*xs[len(xs)-1] - 1e-9))
	sum := 0.0
	for k := 1; k <= last; k++ {
		t := float64(k) / 2
		c := Linear(xs, ys, t)
		d := (1 - c/2*sum) / (1 + c/2)
		if err := out.add(t, d); err != nil {
			return Nodes{}, err
		}
		sum += d
	}
	return out, nil
}

// add appends the node (t, -log(d)/t).
func (c *Nodes) add(t, d float64) error {
	if !(d > 0) {
		return fmt.Errorf("curve: Bootstrap: discount factor %v at %v years is not positive", d, t)
	}
	c.T = append(c.T, t)
	c.Z = append(c.Z, -math.Log(d)/t)
	return nil
}
