package bond

import (
	"errors"
	"math"
)

// errNoConvergence is returned by safeNewton when the iteration budget runs
// out, which only happens for pathological functions.
var errNoConvergence = errors.New("bond: root finder did not converge")

// errNotBracketed is returned by safeNewton when f(lo) and f(hi) have the
// same sign (or one is NaN): the interval is not known to hold a root.
var errNotBracketed = errors.New("bond: root finder: f(lo) and f(hi) do not bracket a root")

// safeNewton finds a root of f inside the bracket [lo, hi], where f(lo) and
// f(hi) have opposite signs, by Newton steps safeguarded with bisection
// (Press et al., Numerical Recipes, rtsafe): a Newton step that leaves the
// current bracket or does not halve the bracket fast enough is replaced by a
// bisection, so the method converges whenever the bracket is valid. fd
// returns f and its derivative. Iteration stops when the bracket or the step
// is below tol. It returns errNotBracketed when f(lo) and f(hi) have the same
// sign or one of them is NaN.
func safeNewton(fd func(x float64) (f, df float64), lo, hi, tol float64) (float64, error) {
	flo, _ := fd(lo)
	fhi, _ := fd(hi)
	switch {
	case flo == 0:
		return lo, nil
	case fhi == 0:
		return hi, nil
	case !(flo*fhi < 0):
		return math.NaN(), errNotBracketed
	}
	if flo > 0 { // orient so that f(lo) < 0 < f(hi)
		lo, hi = hi, lo
	}
	x := 0.5 * (lo + hi)
	dxOld := math.Abs(hi - lo)
	dx := dxOld
	fx, dfx := fd(x)
	for i := 0; i < 200; i++ {
		newtonOut := ((x-hi)*dfx-fx)*((x-lo)*dfx-fx) > 0
		if newtonOut || math.Abs(2*fx) > math.Abs(dxOld*dfx) || dfx == 0 {
			dxOld = dx
			dx = 0.5 * (hi - lo)
			x = lo + dx
		} else {
			dxOld = dx
			dx = fx / dfx
			x -= dx
		}
		if math.Abs(dx) < tol {
			return x, nil
		}
		fx, dfx = fd(x)
		if fx == 0 {
			return x, nil
		}
		if fx < 0 {
			lo = x
		} else {
			hi = x
		}
	}
	return x, errNoConvergence
}
