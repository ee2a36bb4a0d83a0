package dated_test

import (
	"fmt"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/sbcorr/dated"
)

// A coefficient printed "1.70***" against ours, 1.52 with a Newey-West
// standard error of 0.21: the printed value is 0.86 standard errors away,
// inside our 95% interval (1.96 standard errors), and both are significant
// at 1%.
func ExampleAddCoef() {
	ours := dated.Term{Name: "pi", Coef: 1.52, SE: 0.21, P: 0.0001}
	t := check.New("Table 20").From(check.Paper, "Table 20")
	dated.AddCoef(t, "2Y: beta_pi", "1.70***", ours, 1.96)
	r := t.Rows[0]
	fmt.Println(r.Name, r.SourceText(), r.OursText(), r.TolText(), r.Label(), r.OK())
	fmt.Println(r.Note)
	// Output:
	// 2Y: beta_pi 1.70 1.52 0.4116 reproduced true
	// paper 1.70***, ours ***
}
