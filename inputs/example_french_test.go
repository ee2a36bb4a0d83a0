package inputs_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/inputs"
	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// Table 17's statistic for utilities: the mean over 2015-2019 of the
// 36-month stock-bond correlation of the industry minus that of the market
// (needs the data folder, so the example is compiled, not run).
func ExampleFrenchIndustries() {
	ind, err := inputs.FrenchIndustries()
	if err != nil {
		panic(err)
	}
	utils := dated.RollingCorr(ind.Returns.MustCol("Utils"), ind.Bond, 36)
	market := dated.RollingCorr(ind.Market, ind.Bond, 36)
	d := series.Combine(utils, market, func(a, b float64) float64 { return a - b })
	fmt.Printf("utilities minus market, 2015-2019: %.1f%%\n", 100*d.Years(2015, 2019).Mean())
}
