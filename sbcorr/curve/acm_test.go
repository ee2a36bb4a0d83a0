package curve

import (
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/stat"
)

// nyfedACM loads the NY Fed ACM file: fitted zero yields ACMY01..ACMY10
// (rows of decimals) and the published ACMTP10 (decimal).
func nyfedACM(tb testing.TB) (zeros [][]float64, tp10 []float64) {
	tb.Helper()
	f := load(tb, "nyfed_acm/ACMTermPremium")
	zeros = make([][]float64, f.Len())
	for j := 1; j <= 10; j++ {
		c := f.MustCol(fmt.Sprintf("ACMY%02d", j))
		for t, v := range c.Values {
			zeros[t] = append(zeros[t], v/100)
		}
	}
	for _, v := range f.MustCol("ACMTP10").Values {
		tp10 = append(tp10, v/100)
	}
	return zeros, tp10
}

// annualMaturities are the maturities of ACMY01..ACMY10.
var annualMaturities = []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}

func compareTP(t *testing.T, name string, ours, ref []float64) (corr, mad float64) {
	for i := range ours {
		mad += math.Abs(ours[i]-ref[i]) / float64(len(ours))
	}
	corr = stat.Correlation(ours, ref, nil)
	t.Logf("%-44s corr %.4f  MAD %5.1f bp  mean ours %5.2f%% ref %5.2f%%", name, corr, 1e4*mad, 100*stat.Mean(ours, nil), 100*stat.Mean(ref, nil))
	return corr, mad
}

// TestACMReproducesNYFed feeds the NY Fed's fitted zero yields to FitACM
// and compares the 10-year term premium with the published ACMTP10.
func TestACMReproducesNYFed(t *testing.T) {
	zeros, tp10 := nyfedACM(t)
	// The monthly grid (maturities 1..120 months, needed for the
	// one-month short rate and the n-1 month yields of the excess returns)
	// comes from an NSS zero curve fitted each month to ACMY01..ACMY10.
	curves := make([]Zero, len(zeros))
	for i, row := range zeros {
		p, _, err := FitSvensson(annualMaturities, row, FitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		curves[i] = p
	}
	m, err := FitACM(MonthlyGrid(curves, 120), ACMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The affine model must price the input yields: fitted 1y, 5y and 10y
	// yields within a few bp of ACMY01, ACMY05, ACMY10.
	for _, n := range []int{12, 60, 120} {
		fit, ss := m.Yield(n), 0.0
		for i := range fit {
			e := fit[i] - zeros[i][n/12-1]
			ss += e * e
		}
		rmse := math.Sqrt(ss / float64(len(fit)))
		t.Logf("pricing error, %3d months: RMSE %.2f bp", n, 1e4*rmse)
		if rmse > 0.0010 {
			t.Errorf("fitted %d-month yield RMSE %.1f bp", n, 1e4*rmse)
		}
	}
	corr, mad := compareTP(t, "ACMTP10 from ACMY01-10 (NSS monthly grid)", m.TermPremium(120), tp10)
	if corr < 0.95 || mad > 0.0025 {
		t.Errorf("corr %.4f (bar 0.95), MAD %.1f bp (bar 25)", corr, 1e4*mad)
	}
	// Log-discount interpolation with a flat curve below one year uses the
	// one-year yield as the short rate: expected short rates too high, term
	// premium biased down (reported, no bar).
	flat := make([]Zero, len(zeros))
	for i, row := range zeros {
		flat[i] = Nodes{T: annualMaturities, Z: row}
	}
	mf, err := FitACM(MonthlyGrid(flat, 120), ACMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	compareTP(t, "same, flat below 1y (1y yield as short rate)", mf.TermPremium(120), tp10)
}

// TestFitShortestMaturityTauMin checks the default tau bound on a 1-10y
// curve (NY Fed ACMY01..ACMY10, April 1965, rounded) where tau1 -> 0.1 makes
// the betas explode.
func TestFitShortestMaturityTauMin(t *testing.T) {
	row := []float64{0.038222, 0.039192, 0.039975, 0.040485, 0.040801, 0.041003, 0.041145, 0.041253, 0.041342, 0.041414}
	bad, _, err := FitSvensson(annualMaturities, row, FitOptions{TauMin: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(bad.B1) < 1 {
		t.Logf("TauMin 0.1 no longer explodes here: %+v", bad)
	}
	p, _, err := FitSvensson(annualMaturities, row, FitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Tau1 < 0.5-1e-12 || math.Abs(p.B1) > 1 || math.Abs(p.B2) > 1 || math.Abs(p.B3) > 1 {
		t.Errorf("exploding fit %+v", p)
	}
	if r := p.Rate(1.0 / 12); r < 0.03 || r > 0.045 {
		t.Errorf("one-month rate %v", r)
	}
}

// TestACMFromOwnNSS estimates the ACM model from our own NSS zero curves
// fitted to month-end Treasury par curves 1990-2021 and reports how its
// 10-year term premium compares with ACMTP10 (no bar: different data and
// sample).
func TestACMFromOwnNSS(t *testing.T) {
	dates, m, rows := parCurve(t)
	_, tp10 := nyfedACM(t)
	acm := load(t, "nyfed_acm/ACMTermPremium")
	ref := map[[2]int]float64{}
	for i, d := range acm.Dates {
		ref[[2]int{d.Year(), int(d.Month())}] = tp10[i]
	}
	var monthEnd [][]float64
	var keys [][2]int
	for i := range dates {
		if i+1 < len(dates) && dates[i+1].Month() == dates[i].Month() {
			continue
		}
		if valid(rows[i]) >= 6 {
			monthEnd = append(monthEnd, rows[i])
			keys = append(keys, [2]int{dates[i].Year(), int(dates[i].Month())})
		}
	}
	params, _, errs := FitSvenssonHistory(m, monthEnd, FitOptions{Target: ParYields}, 0)
	curves := make([]Zero, len(params))
	for i := range params {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		curves[i] = params[i]
	}
	model, err := FitACM(MonthlyGrid(curves, 120), ACMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ours := model.TermPremium(120)
	var a, b []float64
	for i, k := range keys {
		if r, ok := ref[k]; ok {
			a, b = append(a, ours[i]), append(b, r)
		}
	}
	corr, _ := compareTP(t, fmt.Sprintf("own NSS month-end curves %d-%02d..%d-%02d", keys[0][0], keys[0][1], keys[len(keys)-1][0], keys[len(keys)-1][1]), a, b)
	// The same sample with the NY Fed's own zero yields separates the
	// effect of the sample period from that of our curves.
	zeros, _ := nyfedACM(t)
	var sub []Zero
	var subRef []float64
	for i, d := range acm.Dates {
		if d.Year() >= keys[0][0] && d.Year() <= keys[len(keys)-1][0] {
			p, _, err := FitSvensson(annualMaturities, zeros[i], FitOptions{})
			if err != nil {
				t.Fatal(err)
			}
			sub, subRef = append(sub, p), append(subRef, tp10[i])
		}
	}
	ms, err := FitACM(MonthlyGrid(sub, 120), ACMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	compareTP(t, "ACMY01-10 grid, same 1990-2021 sample", ms.TermPremium(120), subRef)
	if math.IsNaN(corr) || len(a) < 300 {
		t.Errorf("%d months, corr %v", len(a), corr)
	}
}

func TestFitACMErrors(t *testing.T) {
	y := make([][]float64, 30)
	for i := range y {
		y[i] = make([]float64, 60)
		for n := range y[i] {
			y[i][n] = 0.02 + 0.001*float64(n) + 0.0001*float64(i%7)
		}
	}
	if _, err := FitACM(y[:10], ACMOptions{}); err == nil {
		t.Error("10 months for 5 factors: no error")
	}
	y[3][5] = math.NaN()
	if _, err := FitACM(y, ACMOptions{}); err == nil {
		t.Error("NaN yield: no error")
	}
	if _, err := FitACM(nil, ACMOptions{}); err == nil {
		t.Error("no data: no error")
	}
}
