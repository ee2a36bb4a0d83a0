package dated

import (
	"fmt"

	"github.com/stockbond/sbcorr/progress"
	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/series"
)

// KendallMatrix returns Kendall's tau-b (sbcorr.Kendall, O(n log n) per
// pair) between every pair of columns of f: a symmetric matrix, tau[i][j]
// for columns i and j, with ones on the diagonal. It reports progress to
// report after each pair (done, total = n(n-1)/2; nil reports nothing,
// see progress.Report). It returns the first error of sbcorr.Kendall
// (a NaN value, too few rows, a constant column) naming both columns:
// call it on f.DropNaN().
func KendallMatrix(f series.Frame, report progress.Func) ([][]float64, error) {
	n := len(f.Cols)
	tau := make([][]float64, n)
	for i := range tau {
		tau[i] = make([]float64, n)
		tau[i][i] = 1
	}
	done, total := 0, n*(n-1)/2
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			t, err := sbcorr.Kendall(f.Cols[i].Values, f.Cols[j].Values)
			if err != nil {
				return nil, fmt.Errorf("dated: KendallMatrix: %q and %q: %w", f.Cols[i].Name, f.Cols[j].Name, err)
			}
			tau[i][j], tau[j][i] = t, t
			done++
			progress.Report(report, done, total)
		}
	}
	return tau, nil
}
