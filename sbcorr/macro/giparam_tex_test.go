package macro

import (
	"strings"
	"testing"
)

// Every parameter has a symbol naming the same Greek letter and subscripts
// as its String; an unknown one falls back to String.
func TestGIParamTeX(t *testing.T) {
	for p := BetaSG; p <= RhoGPi; p++ {
		plain := strings.NewReplacer(`$`, "", `\`, "", "{", "", "}", "", ",", "_").Replace(p.TeX())
		if plain != p.String() {
			t.Errorf("%v: TeX %q reads %q", p, p.TeX(), plain)
		}
	}
	if got := GIParam(99).TeX(); got != GIParam(99).String() {
		t.Errorf("unknown parameter: %q", got)
	}
}
