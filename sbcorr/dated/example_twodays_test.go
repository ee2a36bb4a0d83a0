package dated_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/stockbond/sbcorr/inputs"
	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// The daily correlation of 5-minute returns (Hu, Jin & Pan, "A Tale of Two
// Days") on simulated sessions with a known correlation: the bond-safety
// days (the lowest 20%) are those whose true correlation is most negative
// (uniform on [-0.8, 0.6], so about -0.66 on average in its lowest fifth).
func ExampleSafetyRisky() {
	f := inputs.SimulatedFiveMinute(250, rand.NewPCG(1, 2025))
	rho := dated.RealizedCorr(f.Stock, f.Bond, series.Daily, 30)
	safety, risky := dated.SafetyRisky(rho, 0.2)
	m, err := dated.ConditionalMean(f.Stock.Days(series.AggSum), safety, 0)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d days: %g bond-safety, %g bond-risky; on bond-safety days the true correlation averages %.2f\n",
		rho.Len(), safety.Mean()*float64(rho.Len()), risky.Mean()*float64(rho.Len()), f.Truth.Where(safety).Mean())
	fmt.Printf("the stock's mean session return on those %d days is noise: |t| < 2 is %v\n", m.N, m.T > -2 && m.T < 2)
	// Output:
	// 250 days: 50 bond-safety, 50 bond-risky; on bond-safety days the true correlation averages -0.64
	// the stock's mean session return on those 50 days is noise: |t| < 2 is true
}
