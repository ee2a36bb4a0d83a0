package exercise_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/exercise"
	"github.com/stockbond/sbcorr/sbcorr/bond"
)

// A student's bond price, still the stub, checked against package bond on
// par bonds (coupon = yield, so the price is 1 per unit of face).
func Example() {
	price := func(y, c float64, n int) float64 { return 0 } // the stub
	check := exercise.New("bond price")
	for _, y := range []float64{0.02, 0.05} {
		want, _ := bond.Bond{Coupon: y, Maturity: 10, Freq: 1}.DirtyPrice(y)
		check.Number(fmt.Sprintf("price(%g, %g, 10)", y, y), price(y, y, 10), want, 1e-9)
	}
	check.Hint("P = sum of c/(1+y)^t for t = 1..n, plus 1/(1+y)^n")
	fmt.Println(check.Err())
	// Output:
	// exercise: Check "bond price": 2 of 2 checks are wrong:
	// - price(0.02, 0.02, 10): got 0, expected about 1 (within 1e-09): the function returns 0, the stub's zero value; complete it
	// - price(0.05, 0.05, 10): got 0, expected about 1 (within 1e-09): the function returns 0, the stub's zero value; complete it
	// Hint: P = sum of c/(1+y)^t for t = 1..n, plus 1/(1+y)^n
}
