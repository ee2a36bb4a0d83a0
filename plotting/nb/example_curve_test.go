package nb_test

import (
	"errors"
	"fmt"
	"math"

	"github.com/stockbond/sbcorr/plotting/nb"
)

// A square root that fails for negative numbers, drawn as a curve with a
// gap where it is undefined.
func ExampleOrNaN() {
	root := func(x float64) (float64, error) {
		if x < 0 {
			return 0, errors.New("negative")
		}
		return math.Sqrt(x), nil
	}
	for _, x := range []float64{-1, 4} {
		fmt.Println(nb.OrNaN(root(x)))
	}
	// Output:
	// NaN
	// 2
}
