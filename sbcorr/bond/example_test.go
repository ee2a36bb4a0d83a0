package bond_test

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/sbcorr/bond"
)

// The seed-000 zero-coupon bond: 1000/(1+y)^10 before and after a one-point
// fall in yields.
func ExampleZeroPrice() {
	for _, y := range []float64{0.05, 0.04} {
		p, _ := bond.ZeroPrice(y, 10)
		fmt.Printf("y = %.0f%%: %.2f\n", 100*y, 1000*p)
	}
	// Output:
	// y = 5%: 613.91
	// y = 4%: 675.56
}

// Example values checked independently with a direct cash-flow sum in
// Python.
func ExampleBond_Risk() {
	b := bond.Par(0.04, 10, bond.SemiAnnual)
	r, _ := b.Risk(0.04)
	fmt.Printf("price %.4f Macaulay %.3f modified %.3f convexity %.2f DV01 %.6f\n",
		r.Price, r.Macaulay, r.Modified, r.Convexity, r.DV01)
	// Output:
	// price 1.0000 Macaulay 8.339 modified 8.176 convexity 78.90 DV01 0.000818
}

func ExampleBond_YieldFromPrice() {
	b := bond.Bond{Coupon: 0.05, Maturity: 10, Freq: bond.Annual}
	y, err := b.YieldFromPrice(0.9264)
	fmt.Printf("%.4f%% %v\n", 100*y, err)
	// Output:
	// 6.0000% <nil>
}

func ExampleBond_PriceChange() {
	for _, m := range []float64{2, 10, 30} {
		c, _ := bond.Par(0.04, m, bond.SemiAnnual).PriceChange(0.04, -0.01)
		fmt.Printf("%2.0fy: exact %5.2f%%  duration %5.2f%%  +convexity %5.2f%%\n",
			m, 100*c.Exact, 100*c.Duration, 100*c.DurationConvexity)
	}
	// Output:
	//  2y: exact  1.93%  duration  1.90%  +convexity  1.93%
	// 10y: exact  8.58%  duration  8.18%  +convexity  8.57%
	// 30y: exact 19.69%  duration 17.38%  +convexity 19.48%
}

func ExampleApproxReturns() {
	y := []float64{0.040, 0.042, 0.039} // monthly 10y yields
	approx := bond.ApproxReturns(y, 10)
	exact := bond.ParReturns(y, 10, bond.Monthly)
	for t := 1; t < len(y); t++ {
		fmt.Printf("month %d: approx %6.3f%%  exact %6.3f%%\n", t, 100*approx[t], 100*exact[t])
	}
	// Output:
	// month 1: approx -1.635%  exact -1.278%
	// month 2: approx  2.429%  exact  2.795%
}

// Damodaran's "US T. Bond" return for 2022: the 10-year yield went from
// 1.51% to 3.88% (last daily values of 2021 and 2022); his table prints
// -17.83%.
func ExampleDamodaranReturn() {
	r, _ := bond.DamodaranReturn(0.0151, 0.0388, 10)
	fmt.Printf("%.2f%%\n", 100*r)
	// Output:
	// -17.83%
}

// One year of a ten-year par bond bought at 4% and sold at 5%: two coupons
// and the price of the nine-year 4% bond at 5%.
func ExampleParReturn() {
	r, _ := bond.ParReturn(0.04, 0.05, 10, bond.Yearly, bond.SemiAnnual)
	fmt.Printf("%.2f%%\n", 100*r)
	// Output:
	// -3.18%
}

// Equity duration of the S&P 500 at a 1.5% dividend yield (eq. 12), and
// with growth that absorbs half of a rate rise (eq. 11).
func ExampleEquityDuration() {
	d12, _ := bond.EquityDuration(0.015)
	d11, _ := bond.EquityDurationGeneral(0.045, 0.03, 0.5)
	fmt.Printf("eq. (12): %.1f years, eq. (11): %.1f years\n", d12, d11)
	// Output:
	// eq. (12): 66.7 years, eq. (11): 33.3 years
}

// A Treasury note bought between coupon dates: the invoice (dirty) price is
// the quoted clean price plus accrued interest (actual/actual ICMA). Values
// match QuantLib (testdata/gen_peer.py).
func ExampleSettled() {
	settle := time.Date(2018, 7, 17, 0, 0, 0, 0, time.UTC)
	maturity := time.Date(2028, 5, 15, 0, 0, 0, 0, time.UTC)
	b, _ := bond.Settled(settle, maturity, 0.02875, bond.SemiAnnual)
	clean, _ := b.CleanPrice(0.0285)
	dirty, _ := b.DirtyPrice(0.0285)
	fmt.Printf("clean %.4f + accrued %.4f = dirty %.4f (per 100)\n", 100*clean, 100*b.Accrued(), 100*dirty)
	// Output:
	// clean 100.2107 + accrued 0.4922 = dirty 100.7029 (per 100)
}
