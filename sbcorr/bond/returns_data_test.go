package bond

import (
	"errors"
	"math"
	"testing"

	"github.com/stockbond/sbcorr/datasets"
	"gonum.org/v1/gonum/stat"
)

// TestDailyReturnsDGS10 checks on the daily 10-year yield 1962-2025 that the
// footnote-15 approximation tracks the exact daily par-bond return and that
// their difference is, on average, the carry (the return at an unchanged
// yield, about y/252) plus the convexity term C dy^2/2.
func TestDailyReturnsDGS10(t *testing.T) {
	y10, err := datasets.DGS10Daily("")
	if errors.Is(err, datasets.ErrNoData) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	y := y10.Values
	approx, exact := ApproxReturns(y, 10), ParReturns(y, 10, Daily)
	var a, e []float64
	carry, diff := 0.0, 0.0
	for i := 1; i < len(y); i++ {
		a, e = append(a, approx[i]), append(e, exact[i])
		r, _ := Par(y[i-1], 10, SemiAnnual).Risk(y[i-1])
		c, _ := ParReturn(y[i-1], y[i-1], 10, Daily, SemiAnnual)
		dy := y[i] - y[i-1]
		carry += c + 0.5*r.Convexity*dy*dy
		diff += exact[i] - approx[i]
	}
	n := float64(len(a))
	corr := stat.Correlation(a, e, nil)
	t.Logf("%d days: corr(approx, exact) %.6f, mean diff %.3f bp/day, mean carry+convexity %.3f bp/day", len(a), corr, 1e4*diff/n, 1e4*carry/n)
	if corr < 0.999 || math.Abs(diff-carry)/n > 0.01e-4 {
		t.Errorf("corr %v, mean diff %v vs carry %v", corr, diff/n, carry/n)
	}
}
