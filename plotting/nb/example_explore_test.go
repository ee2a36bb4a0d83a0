package nb_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/plotting/nb"
)

// An explorer of the EWMA decay: outside a notebook (or in a headless run,
// SBCORR_HEADLESS=1) Explore calls the function once with the defaults; in
// Jupyter the slider redraws the chart the function returns.
func ExampleExplore() {
	nb.Explore("ewma", func(v nb.Values) any {
		lambda := v.Float("lambda")
		fmt.Printf("%s: mean age of the weights %.0f days\n", v.Label(), 1/(1-lambda))
		return nil // a chart builder in a notebook, e.g. plotting.TimeSeries{...}
	}, nb.Slider("lambda", 0.90, 0.995, 0.005, 0.96))
	// Output:
	// lambda = 0.960: mean age of the weights 25 days
}
