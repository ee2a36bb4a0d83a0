package plotting_test

import (
	"fmt"
	"time"

	"github.com/stockbond/sbcorr/plotting"
	"github.com/stockbond/sbcorr/series"
)

func ExampleFamily() {
	// SR (x_B^2 s_B^2 + x_S x_B rho s_S s_B), the bond premium of a 60/40 mix times the
	// portfolio volatility (SR = 0.25, s_S = 15%), against the bond volatility s_B
	premium := func(rho, sB float64) float64 { return 0.25 * (0.16*sB*sB + 0.24*rho*0.15*sB) }
	fs := plotting.Family("rho = %.0f%%", 100, []float64{-0.5, 0, 0.5}, premium)
	for _, f := range fs {
		fmt.Printf("%s: %.5f\n", f.Name, f.F(0.04))
	}
	_, err := plotting.Functions{Title: "Bond premium", XMin: 0.01, XMax: 0.1, Funcs: fs}.Plot()
	fmt.Println(err)
	// Output:
	// rho = -50%: -0.00012
	// rho = 0%: 0.00006
	// rho = 50%: 0.00024
	// <nil>
}

func ExamplePanels() {
	dates := []time.Time{series.Date(2000, 3, 31), series.Date(2000, 6, 30), series.Date(2000, 9, 30)}
	vol := series.New("sigma_g", dates, []float64{0.021, 0.024, 0.02}).InUnit(series.UnitDecimal)
	ratio := series.New("varphi", dates, []float64{0.8, 0.9, 1.1}).InUnit("ratio")
	for _, p := range plotting.Panels(vol, ratio) {
		fmt.Println(p.Title, "percent axis:", p.Percent)
	}
	_, err := plotting.SmallMultiples{Title: "Rolling statistics", Cols: 2,
		Panels: plotting.Panels(vol, ratio)}.Grid()
	fmt.Println(err)
	// Output:
	// sigma_g percent axis: true
	// varphi percent axis: false
	// <nil>
}
