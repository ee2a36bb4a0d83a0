package progress_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/progress"
)

// simulate stands for a long estimator: it accepts a progress.Func and
// reports after each of its n steps.
func simulate(n int, report progress.Func) int {
	sum := 0
	for i := range n {
		sum += i
		progress.Report(report, i+1, n)
	}
	return sum
}

func ExampleFunc() {
	last := 0
	simulate(5, func(done, total int) { last = done })
	fmt.Println(last, simulate(5, nil))
	// Output: 5 10
}
