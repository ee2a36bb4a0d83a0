package curve

import (
	"math"
	"sort"
	"testing"
)

// TestFitOptionsDocNumbers recomputes the figures quoted in the FitOptions
// doc comments from the daily Treasury par curves 1990-2021: days with a
// negative asymptotic rate B0 and the median RMSE for TauMax 10 and 30, the
// days on which the beta bound binds, and the days best fitted by betas
// beyond +-100% without it (TauMax 30).
func TestFitOptionsDocNumbers(t *testing.T) {
	if testing.Short() {
		t.Skip("four whole-history fits skipped in -short mode")
	}
	_, m, rows := parCurve(t)
	type run struct {
		negB0, beyond1 int
		median         float64
		p              []Svensson
		d              []Diagnostics
	}
	fitAll := func(opt FitOptions) run {
		p, d, errs := FitSvenssonHistory(m, rows, opt, 0)
		var r run
		var rmse []float64
		for i := range p {
			if errs[i] != nil {
				p[i] = Svensson{B0: math.NaN()}
				continue
			}
			rmse = append(rmse, d[i].RMSE)
			if p[i].B0 < 0 {
				r.negB0++
			}
			for _, b := range []float64{p[i].B0, p[i].B1, p[i].B2, p[i].B3} {
				if math.Abs(b) > 1 {
					r.beyond1++
					break
				}
			}
		}
		sort.Float64s(rmse)
		r.median, r.p, r.d = 1e4*rmse[len(rmse)/2], p, d
		return r
	}
	unbounded := 100.0
	def := fitAll(FitOptions{Target: ParYields})
	defFree := fitAll(FitOptions{Target: ParYields, MaxAbsBeta: unbounded})
	t30 := fitAll(FitOptions{Target: ParYields, TauMax: 30})
	t30Free := fitAll(FitOptions{Target: ParYields, TauMax: 30, MaxAbsBeta: unbounded})
	// Days where the default bound binds: the unbounded fit has a beta
	// beyond 0.25; the cost is the RMSE difference there.
	binds := 0
	var cost []float64
	for i, p := range defFree.p {
		for _, b := range []float64{p.B0, p.B1, p.B2, p.B3} {
			if math.Abs(b) > 0.25 {
				binds++
				cost = append(cost, 1e4*(def.d[i].RMSE-defFree.d[i].RMSE))
				break
			}
		}
	}
	sort.Float64s(cost)
	var gain []float64
	for i, p := range t30Free.p {
		if math.Abs(p.B0) > 1 || math.Abs(p.B1) > 1 || math.Abs(p.B2) > 1 || math.Abs(p.B3) > 1 {
			gain = append(gain, 1e4*(t30.d[i].RMSE-t30Free.d[i].RMSE))
		}
	}
	sort.Float64s(gain)
	t.Logf("TauMax 10: B0 < 0 on %d days, median RMSE %.2f bp; bound binds on %d days, median cost %.3f bp", def.negB0, def.median, binds, cost[len(cost)/2])
	t.Logf("TauMax 30: B0 < 0 on %d days, median RMSE %.2f bp; unbounded: %d days beyond +-100%%, median gain %.2f bp", t30.negB0, t30.median, t30Free.beyond1, gain[len(gain)/2])
	within := func(name string, got, want, rel float64) {
		if math.Abs(got-want) > rel*want {
			t.Errorf("%s = %v, doc says %v", name, got, want)
		}
	}
	within("TauMax 10 days with B0 < 0", float64(def.negB0), 80, 0.15)
	within("TauMax 30 days with B0 < 0", float64(t30.negB0), 1660, 0.05)
	within("TauMax 10 median RMSE (bp)", def.median, 3.1, 0.03)
	within("TauMax 30 median RMSE (bp)", t30.median, 2.7, 0.03)
	within("days the beta bound binds", float64(binds), 112, 0.10)
	within("median cost of the bound (bp)", cost[len(cost)/2], 0.07, 0.5)
	within("TauMax 30 unbounded days beyond +-100%", float64(t30Free.beyond1), 1450, 0.05)
	within("their median gain (bp)", gain[len(gain)/2], 1.1, 0.1)
}
