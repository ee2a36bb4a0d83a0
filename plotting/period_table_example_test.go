package plotting_test

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/plotting"
	"github.com/stockbond/sbcorr/series"
)

// A monthly statistic averaged over two sub-periods and the whole sample.
func ExamplePeriodTable() {
	d := series.Date
	dates := []time.Time{d(2008, 1, 1), d(2009, 1, 1), d(2010, 1, 1), d(2011, 1, 1)}
	xlu := series.New("XLU - SPY", dates, []float64{0.10, 0.20, 0.05, 0.05})
	ps := append(series.Spans(2008, 2011, 2), series.Years(2008, 2011))
	fmt.Print(plotting.PeriodTable("Relative correlation", "ETF", check.Percent(1), ps, xlu).Markdown())
	// Output:
	// **Relative correlation**
	//
	// | ETF | 2008-2009 | 2010-2011 | 2008-2011 |
	// |:---|---:|---:|---:|
	// | XLU - SPY | 15.0% | 5.0% | 10.0% |
}
