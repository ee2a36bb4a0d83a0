package curve

import (
	"errors"
	"math"
	"sort"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/datasets"
	"github.com/stockbond/sbcorr/series"
)

// load reads a catalogue entry of package datasets, skipping the test when
// the data folder is absent (failing with SBCORR_REQUIRE_DATA=1).
func load(tb testing.TB, name string) series.Frame {
	tb.Helper()
	f, err := datasets.Load("", name)
	if errors.Is(err, datasets.ErrNoData) {
		tb.Skip(err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

// parCurve loads the daily Treasury par curve 1990-2021 as decimals, in
// tenor order, skipping the test when the data folder is absent (failing
// with SBCORR_REQUIRE_DATA=1).
func parCurve(tb testing.TB) (dates []time.Time, m []float64, rows [][]float64) {
	tb.Helper()
	f := load(tb, "us_treasury_par_curve/yield-curve-rates-1990-2021")
	for _, c := range f.Cols {
		for _, tn := range datasets.ParCurveTenors {
			if tn.Name == c.Name {
				m = append(m, tn.Years)
			}
		}
	}
	cols := f.Floats()
	rows = make([][]float64, f.Len())
	for i := range rows {
		rows[i] = make([]float64, len(m))
		for j := range m {
			rows[i][j] = cols[j][i] / 100
		}
	}
	return f.Dates, m, rows
}

func TestFitSvenssonHistoryTreasury(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-history fit skipped in -short mode")
	}
	_, m, rows := parCurve(t)
	params, diag, errs := FitSvenssonHistory(m, rows, FitOptions{Target: ParYields}, 0)
	var rmse []float64
	for i := range rows {
		if valid(rows[i]) < 6 {
			if errs[i] == nil {
				t.Errorf("row %d: %d tenors, no error", i, valid(rows[i]))
			}
			continue
		}
		if errs[i] != nil {
			t.Errorf("row %d: %v", i, errs[i])
			continue
		}
		rmse = append(rmse, diag[i].RMSE*1e4)
		p := params[i]
		if p.Tau2 < 1.5*p.Tau1-1e-9 || p.Tau1 < 0.1-1e-9 || p.Tau2 > 10+1e-9 {
			t.Errorf("row %d: taus out of bounds %+v", i, p)
		}
		// The bound holds for the zero-rate betas of the search; the par
		// polish moves them by a little.
		for _, b := range []float64{p.B0, p.B1, p.B2, p.B3} {
			if math.Abs(b) > 0.3 {
				t.Errorf("row %d: exploding betas %+v", i, p)
				break
			}
		}
	}
	sort.Float64s(rmse)
	q := func(p float64) float64 { return rmse[int(p*float64(len(rmse)-1))] }
	t.Logf("%d curves; RMSE bp: median %.2f, p90 %.2f, p99 %.2f, max %.2f", len(rmse), q(0.5), q(0.9), q(0.99), q(1))
	// The NSS par fit of Treasury curves is typically within a few bp.
	if q(0.5) > 5 || q(0.99) > 15 || math.IsNaN(q(1)) {
		t.Errorf("RMSE distribution too wide: median %.2f p99 %.2f", q(0.5), q(0.99))
	}
}

func BenchmarkFitSvenssonHistory(b *testing.B) {
	_, m, rows := parCurve(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		FitSvenssonHistory(m, rows, FitOptions{Target: ParYields}, 0)
	}
}

func valid(row []float64) int {
	n := 0
	for _, v := range row {
		if !math.IsNaN(v) {
			n++
		}
	}
	return n
}
