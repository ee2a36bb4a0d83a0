package dated

import (
	"math"
	"testing"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/sbcorr/premia"
	"github.com/stockbond/sbcorr/series"
)

// monthlyPair returns n monthly returns on month ends from January 2000.
func monthlyPair(n int) (x, y series.Series) {
	dx, dy := pair(n)
	for i := range dx.Dates {
		dx.Dates[i] = series.Date(2000, 2, 1).AddDate(0, i, -1)
	}
	dx.Freq, dy.Freq, dy.Dates = series.Monthly, series.Monthly, dx.Dates
	return dx, dy
}

// same reports a == b, NaN equal to NaN.
func sameValue(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }

// The dated wrappers give the plain functions' numbers on the inputs'
// dates, with reasons where undefined.
func TestPremiaWrappersMatchPlain(t *testing.T) {
	rs, rb := monthlyPair(120)
	rb.Values[60] = math.NaN()
	volS, volB, corr := RollingInputs(rs, rb, 36, 12)
	ps, pb, pc := premia.RollingInputs(rs.Values, rb.Values, 36, 12)
	xs := series.Constant("x_S", 0.75, volS.Dates)
	p := MixHistory(xs, volS, volB, corr, 0.30)
	plain := premia.MixHistory(xs.Values, ps, pb, pc, 0.30)
	imp := ImpliedCorrSeries(xs, volS, volB, corr, 0.30, 0.01)
	pimp, _ := premia.ImpliedCorrSeries(xs.Values, ps, pb, pc, 0.30, 0.01)
	be := BreakEvenSeries(xs, volS, volB)
	pbe, _ := premia.BreakEvenSeries(xs.Values, ps, pb)
	for i := range ps {
		ok := sameValue(volS.Values[i], ps[i]) && sameValue(volB.Values[i], pb[i]) && sameValue(corr.Values[i], pc[i]) &&
			sameValue(p.Equity.Values[i], plain.Equity[i].Total()) && sameValue(p.Bond.Values[i], plain.Bond[i].Total()) &&
			sameValue(p.BondCovariance.Values[i], plain.Bond[i].Covariance) &&
			sameValue(p.EquityVariance.Values[i], plain.Equity[i].Variance) &&
			sameValue(imp.Values[i], pimp[i]) && sameValue(be.Values[i], pbe[i])
		if !ok || !p.Bond.Dates[i].Equal(rs.Dates[i]) {
			t.Fatalf("month %d differs", i)
		}
	}
	if volS.Reason(10) != series.TooFew || p.Bond.Reason(10) != series.TooFew || p.Bond.Reason(70) != series.NaNInWindow ||
		volB.Reason(70) != series.NaNInWindow || volS.Reason(70) != series.OK || p.Bond.Reason(110) != series.OK {
		t.Fatalf("reasons %v %v %v %v", volS.Reason(10), p.Bond.Reason(70), volB.Reason(70), volS.Reason(70))
	}
	if p.Bond.Name != "pi_B" || be.Name != "rho*" || corr.Name != "rho_S,B" || p.Bond.Unit != series.UnitDecimal {
		t.Fatalf("names %q %q %q", p.Bond.Name, be.Name, corr.Name)
	}
}

// An allocation outside (0, 1] has no break-even correlation: NaN with
// reason Undefined.
func TestBreakEvenUndefined(t *testing.T) {
	rs, rb := monthlyPair(60)
	volS, volB, _ := RollingInputs(rs, rb, 36, 12)
	be := BreakEvenSeries(series.Constant("x_S", 0, volS.Dates), volS, volB)
	if !math.IsNaN(be.Values[50]) || be.Reason(50) != series.Undefined {
		t.Fatalf("x_S = 0: %v (%v)", be.Values[50], be.Reason(50))
	}
	errtest.Panics(t, "dates", func() { BreakEvenSeries(series.Constant("x", 0.5, rs.Dates[1:]), volS, volB) }, "dated: BreakEvenSeries: ")
}

// The covariance share is |cov| / (var + |cov|) of each premium, whatever
// the sign of the covariance part.
func TestCovarianceShares(t *testing.T) {
	rs, rb := monthlyPair(80)
	volS, volB, corr := RollingInputs(rs, rb, 36, 12)
	xs := series.Constant("x_S", 0.6, volS.Dates)
	for _, c := range []series.Series{corr, series.Constant("neg", -0.5, volS.Dates)} {
		p := MixHistory(xs, volS, volB, c, 0.30)
		eq, bd := p.CovarianceShares()
		for i := 40; i < 80; i++ {
			wantE := math.Abs(p.EquityCovariance.Values[i]) / (p.EquityVariance.Values[i] + math.Abs(p.EquityCovariance.Values[i]))
			wantB := math.Abs(p.BondCovariance.Values[i]) / (p.BondVariance.Values[i] + math.Abs(p.BondCovariance.Values[i]))
			if eq.Values[i] != wantE || bd.Values[i] != wantB || bd.Values[i] < 0 || bd.Values[i] > 1 {
				t.Fatalf("month %d: %v %v, want %v %v", i, eq.Values[i], bd.Values[i], wantE, wantB)
			}
		}
		if !math.IsNaN(bd.Values[10]) || bd.Reason(10) != series.TooFew {
			t.Fatalf("before a full window: %v (%v)", bd.Values[10], bd.Reason(10))
		}
	}
}
