package inputs

import (
	"testing"

	"github.com/stockbond/sbcorr/check"
)

func TestPairNewCheck(t *testing.T) {
	for _, synthetic := range []bool{false, true} {
		tab := Pair{Synthetic: synthetic}.NewCheck("Figure 17").From(check.Paper, "Figure 17")
		tab.Add("mean", 0.30, 0.31, 0.03, check.Percent(1))
		want := check.Reproduced
		if synthetic {
			want = check.NotAttempted
		}
		r := tab.Rows[0]
		if tab.Title != "Figure 17" || r.Status() != want || r.Place != "Figure 17" {
			t.Fatalf("synthetic %v: %q %v %q", synthetic, tab.Title, r.Status(), r.Place)
		}
		if synthetic && r.Reason != "synthetic sample" {
			t.Fatalf("reason %q", r.Reason)
		}
	}
}
