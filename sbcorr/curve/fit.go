package curve

import (
	"fmt"
	"math"
)

// Kind says what the fitted yields are.
type Kind int

const (
	// ZeroRates are continuously compounded zero-coupon rates (decimals).
	ZeroRates Kind = iota
	// ParYields are par yields (decimals) in the US Treasury par-curve
	// convention of ParYield: bills up to six months, semi-annual coupons
	// beyond.
	ParYields
)

// FitOptions configures FitNelsonSiegel and FitSvensson. The zero value
// fits zero rates with the default bounds and grid.
type FitOptions struct {
	Kind Kind
	// Tau fixes the decay parameters (one for Nelson-Siegel, two for
	// Svensson, years) instead of estimating them: the betas are then a
	// linear least-squares fit (zero rates) or a Gauss-Newton fit (par
	// yields). Fixed taus are not checked against the bounds.
	Tau []float64
	// TauMin and TauMax bound the estimated taus in years. TauMax defaults
	// to 10: with longer taus the second hump of a 30-year curve peaks
	// beyond the data and trades off against B0 (on the daily Treasury
	// curves 1990-2021, TauMax = 30 gives a negative asymptotic rate B0 on
	// 1,700 days, TauMax = 10 on about 90, for a median RMSE of 3.2 bp
	// instead of 2.7 bp). TauMin to the larger of 0.1 and half the shortest valid
	// maturity: a loading that decays well before the shortest maturity is
	// not identified by the data, and lets B1 and B2 explode with opposite
	// signs (seen when fitting 1-10 year curves such as the NY Fed's ACMY
	// yields, where tau1 -> 0.1 extrapolated one-month rates of +-1000%).
	TauMin, TauMax float64
	// MinTauRatio keeps Tau2 >= MinTauRatio * Tau1 in Svensson fits
	// (default 1.5). It rules out equal taus, where the two hump loadings
	// coincide and B2, B3 explode with opposite signs, and it orders the
	// humps so the fit is unique.
	MinTauRatio float64
	// MaxAbsBeta bounds every beta in absolute value (decimal, default
	// 0.25): taus whose zero-rate least-squares betas exceed it are
	// infeasible in the search. On the daily Treasury par curves
	// 1990-2021 (8,007 fits) it binds on 167 days with the default TauMax
	// and costs 0.03 bp of RMSE there (median); with TauMax = 30 and no
	// beta bound, 2,003 days are best fitted by offsetting betas beyond
	// +-100% that gain 0.7 bp (median) but make the parameters
	// meaningless (TestFitOptionsDocNumbers recomputes these figures and
	// those of TauMax).
	MaxAbsBeta float64
	// Grid is the number of log-spaced starting values per tau in
	// [TauMin, TauMax] (default 16).
	Grid int
}

func (o FitOptions) withDefaults(shortest float64) FitOptions {
	if o.TauMin == 0 {
		o.TauMin = math.Max(0.1, shortest/2)
	}
	if o.TauMax == 0 {
		o.TauMax = 10
	}
	if o.MinTauRatio == 0 {
		o.MinTauRatio = 1.5
	}
	if o.MaxAbsBeta == 0 {
		o.MaxAbsBeta = 0.25
	}
	if o.Grid == 0 {
		o.Grid = 16
	}
	if !(o.TauMin > 0) || !(o.TauMax > o.TauMin) || !(o.MinTauRatio > 1) || !(o.MaxAbsBeta > 0) || o.Grid < 2 {
		panic(fmt.Sprintf("sbcorr/curve: FitOptions: need 0 < TauMin < TauMax, MinTauRatio > 1, MaxAbsBeta > 0, Grid >= 2; got %+v", o))
	}
	return o
}

// Diagnostics describes the quality of a curve fit, in the units of the
// fitted yields (decimals: multiply by 10,000 for basis points).
type Diagnostics struct {
	N      int     // number of yields fitted (NaN inputs skipped)
	RMSE   float64 // root mean squared error
	MaxAbs float64 // largest absolute error
	MaxAt  float64 // maturity (years) of the largest error
}

// FitNelsonSiegel fits a Nelson-Siegel curve to yields y (decimals, NaN
// skipped) at maturities m (years, strictly increasing) by least squares
// on the yields of kind opt.Kind. Tau is profiled: for each tau the betas
// solve a linear least-squares problem (zero rates) or a Gauss-Newton
// problem started there (par yields); tau starts from the best of a
// log-spaced grid and is refined by Nelder-Mead on log(tau) within
// [TauMin, TauMax]. It returns an error when fewer than 4 valid points
// remain, a maturity is not positive or maturities do not increase, a
// yield is infinite, or the fit does not produce finite parameters. It
// panics when len(m) != len(y).
func FitNelsonSiegel(m, y []float64, opt FitOptions) (NelsonSiegel, Diagnostics, error) {
	p, d, err := fit(m, y, 1, opt)
	if err != nil {
		return NelsonSiegel{}, d, err
	}
	return NelsonSiegel{B0: p.B0, B1: p.B1, B2: p.B2, Tau: p.Tau1}, d, nil
}

// FitSvensson fits a Nelson-Siegel-Svensson curve as FitNelsonSiegel,
// with two taus searched over the pairs of a log-spaced grid satisfying
// Tau2 >= MinTauRatio * Tau1 and refined by Nelder-Mead on (log Tau1,
// log Tau2) inside the bounds. It needs at least 6 valid points.
func FitSvensson(m, y []float64, opt FitOptions) (Svensson, Diagnostics, error) {
	return fit(m, y, 2, opt)
}

func fit(m, y []float64, ntau int, opt FitOptions) (Svensson, Diagnostics, error) {
	if len(m) != len(y) {
		panic(fmt.Sprintf("sbcorr/curve: Fit: len(m) = %d, len(y) = %d", len(m), len(y)))
	}
	f, err := newFitter(m, y, ntau, opt.Kind)
	if err != nil {
		return Svensson{}, Diagnostics{}, err
	}
	opt = opt.withDefaults(f.m[0])
	f.maxBeta = opt.MaxAbsBeta
	tau := opt.Tau
	if tau == nil {
		if tau = f.searchTau(opt); tau == nil {
			return Svensson{}, Diagnostics{}, fmt.Errorf("curve: fit: no tau on the grid gives betas within +-%v", opt.MaxAbsBeta)
		}
	} else if len(tau) != ntau {
		panic(fmt.Sprintf("sbcorr/curve: Fit: %d fixed taus given, model has %d", len(tau), ntau))
	}
	if f.exact(tau) == math.Inf(1) {
		return Svensson{}, Diagnostics{}, fmt.Errorf("curve: fit: singular design or betas beyond +-%v at tau = %v", opt.MaxAbsBeta, tau)
	}
	p := f.params(tau)
	for _, v := range []float64{p.B0, p.B1, p.B2, p.B3} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return Svensson{}, Diagnostics{}, fmt.Errorf("curve: fit: non-finite parameters %+v", p)
		}
	}
	return p, f.diagnostics(p), nil
}

// searchTau returns the taus minimising the profiled sum of squares: grid
// and Nelder-Mead on the linear problem for the zero rates (bootstrapped
// from par yields), then for par yields a short Nelder-Mead polish on the
// exact par-yield objective.
func (f *fitter) searchTau(opt FitOptions) []float64 {
	lo, hi := math.Log(opt.TauMin), math.Log(opt.TauMax)
	h := (hi - lo) / float64(opt.Grid-1)
	feasible := func(u []float64) bool {
		for _, v := range u {
			if v < lo-1e-12 || v > hi+1e-12 {
				return false
			}
		}
		return len(u) == 1 || u[1]-u[0] >= math.Log(opt.MinTauRatio)-1e-12
	}
	tau := make([]float64, f.ntau)
	best, bestU := math.Inf(1), make([]float64, f.ntau)
	u := make([]float64, f.ntau)
	var walk func(k int)
	walk = func(k int) {
		if k == f.ntau {
			if !feasible(u) {
				return
			}
			for i := range u {
				tau[i] = math.Exp(u[i])
			}
			if s := f.linear(tau); s < best {
				best = s
				copy(bestU, u)
			}
			return
		}
		for g := 0; g < opt.Grid; g++ {
			u[k] = lo + float64(g)*h
			walk(k + 1)
		}
	}
	walk(0)
	if math.IsInf(best, 1) {
		return nil
	}
	objective := func(sse func([]float64) float64) func([]float64) float64 {
		return func(u []float64) float64 {
			if !feasible(u) {
				return math.Inf(1)
			}
			for i := range u {
				tau[i] = math.Exp(u[i])
			}
			return sse(tau)
		}
	}
	step := make([]float64, f.ntau)
	for i := range step {
		step[i] = h / 2
		if bestU[i]+step[i] > hi {
			step[i] = -step[i]
		}
	}
	uBest, _ := nelderMead(objective(f.linear), bestU, step, 100*f.ntau, 1e-9)
	if f.kind == ParYields {
		// Par yields: polish on the exact objective from the zero-rate optimum.
		for i := range step {
			step[i] /= 8
		}
		uBest, _ = nelderMead(objective(f.exact), uBest, step, 20*f.ntau, 1e-9)
	}
	out := make([]float64, f.ntau)
	for i := range out {
		out[i] = math.Exp(uBest[i])
	}
	return out
}
