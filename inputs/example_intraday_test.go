package inputs_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/inputs"
	"github.com/stockbond/sbcorr/sbcorr/dated"
	"github.com/stockbond/sbcorr/series"
)

// The daily stock-bond correlation of Hu, Jin & Pan ("A Tale of Two Days")
// on the 5-minute SPY and TLT bars of 2025 (needs the data folder).
func ExampleSPYTLT() {
	f, err := inputs.SPYTLT()
	if err != nil {
		fmt.Println(err) // the data folder is missing
		return
	}
	rho := dated.RealizedCorr(f.Stock, f.Bond, series.Daily, 30)
	s := rho.Summary()
	fmt.Printf("%d days, median %.2f\n", s.N, s.Median)
}
