package plotting_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/plotting"
)

func ExampleTable() {
	t := plotting.NewTable("Risk premia",
		plotting.Column{Name: "asset"},
		plotting.Column{Name: "premium", Format: check.BP(0)},
		plotting.Column{Name: "correlation", Format: check.Percent(1)})
	t.AddRow(plotting.Text("10y bond"), plotting.Num(0.0042), plotting.Num(-0.302))
	t.AddRow(plotting.Text("30y bond"), plotting.Num(0.0061), plotting.Flagged(0.051))
	fmt.Print(t.Markdown())
	fmt.Print(string(t.CSV()))
	// Output:
	// **Risk premia**
	//
	// | asset | premium | correlation |
	// |:---|---:|---:|
	// | 10y bond | 42 bp | -30.2% |
	// | 30y bond | 61 bp | **5.1%** (!) |
	// asset,premium,correlation,flag
	// 10y bond,0.0042,-0.302,
	// 30y bond,0.0061,0.051,correlation
}
