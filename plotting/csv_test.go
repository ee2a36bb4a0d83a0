package plotting

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// CSV prints numbers at 15 significant digits: a decimal read from a data
// file comes back as written, float noise of arithmetic disappears, and
// the printed value is within half a unit of the 15th digit of the float.
func TestCSVDigits(t *testing.T) {
	// Variables, so that the arithmetic is float64's, not Go's exact
	// constant arithmetic.
	pct, a, b, three := 0.99, 0.1, 0.2, 3.0
	cases := []struct {
		v    float64
		want string
	}{
		{pct / 100, "0.0099"}, // 0.009899999999999999 in shortest round-trip form
		{a + b, "0.3"},        // 0.30000000000000004
		{0.123456789012345, "0.123456789012345"},
		{1 / three, "0.333333333333333"},
		{-0.3923, "-0.3923"},
		{1e-7, "1e-07"},
		{123456789, "123456789"},
	}
	for _, c := range cases {
		tab := NewTable("t", Column{Name: "v"})
		tab.AddRow(Num(c.v))
		got := strings.TrimSpace(strings.Split(string(tab.CSV()), "\n")[1])
		if got != c.want {
			t.Errorf("CSV of %v: %q, want %q", c.v, got, c.want)
		}
		back, err := strconv.ParseFloat(got, 64)
		if err != nil || math.Abs(back-c.v) > 5e-15*math.Abs(c.v) {
			t.Errorf("CSV of %v: %q reads back as %v (err %v), off by more than 5e-15 relative", c.v, got, back, err)
		}
	}
}
