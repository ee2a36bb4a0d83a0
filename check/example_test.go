package check_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/check"
)

// The break-even correlation of a 60/40 portfolio with sigma_S = 15% and
// sigma_B = 4% (Portelli & Roncalli 2024, Figure 2) against the printed -17.78%.
func Example() {
	xB, sigmaS, sigmaB := 0.40, 0.15, 0.04
	ours := -(xB / (1 - xB)) * sigmaB / sigmaS
	t := check.New("Figure 2").AddPrinted("break-even rho", "-17.78%", ours)
	fmt.Print(t)
	fmt.Println("error:", t.Err())
	// Output:
	// Figure 2
	//                 source   ours     diff     tol      status  note
	// break-even rho  -17.78%  -17.78%  0.0022%  0.0100%  ok
	// error: <nil>
}

// Empirical facts on other data than the source's: an interval and a
// statement, each checked and printed as such.
func ExampleTable_AddRange() {
	corr := -0.34
	t := check.New("Section 3.2.1 facts").
		AddRange("share of months 2000-2020 with a negative bond premium", 0.5, 1, 0.74, check.Percent(0)).
		AddCondition("stock-bond correlation 2000-2019 < 0", corr < 0)
	fmt.Print(t)
	// Output:
	// Section 3.2.1 facts
	//                                                         source       ours   diff   tol    status  note
	// share of months 2000-2020 with a negative bond premium  [50%, 100%]  74%    0.00%  range  ok
	// stock-bond correlation 2000-2019 < 0                    holds        holds                ok
}
