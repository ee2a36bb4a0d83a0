package curve

import (
	"fmt"
	"runtime"
	"sync"
)

// FitSvenssonHistory fits a Svensson curve to every row of curves (one
// yield curve per date, yields at the maturities m, NaN where a tenor is
// missing) with FitSvensson and opt, in parallel over workers goroutines
// (workers <= 0 uses runtime.GOMAXPROCS(0)). Row i of the results belongs
// to row i of curves; errs[i] is non-nil when that row cannot be fitted
// (e.g. too few tenors) and then params[i] is zero. The output does not
// depend on the number of workers. It panics when a row's length differs
// from len(m).
func FitSvenssonHistory(m []float64, curves [][]float64, opt FitOptions, workers int) (params []Svensson, diag []Diagnostics, errs []error) {
	for i, c := range curves {
		if len(c) != len(m) {
			panic(fmt.Sprintf("curve: FitSvenssonHistory: row %d has %d yields for %d maturities", i, len(c), len(m)))
		}
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	n := len(curves)
	params, diag, errs = make([]Svensson, n), make([]Diagnostics, n), make([]error, n)
	var wg sync.WaitGroup
	next := make(chan int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				params[i], diag[i], errs[i] = FitSvensson(m, curves[i], opt)
			}
		}()
	}
	for i := range curves {
		next <- i
	}
	close(next)
	wg.Wait()
	return params, diag, errs
}
