package dated

import (
	"math"
	"testing"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/internal/errtest"
)

func TestAddCoef(t *testing.T) {
	tab := check.New("coefficients")
	near := Term{Name: "pi", Coef: 25, SE: 0.5, P: 0.001} // 25.57 is 1.14 SE away
	far := Term{Name: "g", Coef: 1, SE: 0.1, P: 0.2}      // 1.30 is 3 SE away
	AddCoef(tab, "1M: beta_pi", "25.57***", near, 1.96)
	AddCoef(tab, "1M: beta_g", "1.30", far, 1.96)
	AddCoef(tab, "1M: beta_g, 4 SE", "1.30*", far, 4)
	r := tab.Rows
	if r[0].Source != 25.57 || r[0].Ours != 25 || r[0].Tol != 1.96*0.5 || r[0].Format != check.Decimals(2) {
		t.Fatalf("row 0: %+v", r[0])
	}
	if r[0].Note != "paper 25.57***, ours ***" || r[1].Note != "paper 1.30, ours " {
		t.Fatalf("notes: %q, %q", r[0].Note, r[1].Note)
	}
	if !r[0].OK() || r[1].OK() || !r[2].OK() {
		t.Fatalf("within k SE: %v %v %v", r[0].OK(), r[1].OK(), r[2].OK())
	}
	if r[1].Status() != check.Reproduced || r[2].Status() != check.Consistent {
		t.Fatalf("status from Add: %v %v (0.196 within, 0.4 beyond 25%% of 1.30)", r[1].Status(), r[2].Status())
	}
	errtest.Panics(t, "AddCoef", func() { AddCoef(tab, "bad", "n/a***", near, 1.96) }, "dated: AddCoef: ")
	errtest.Panics(t, "AddCoef", func() { AddCoef(tab, "nan", "1.0", Term{SE: math.NaN()}, 1.96) }, "check")
}
