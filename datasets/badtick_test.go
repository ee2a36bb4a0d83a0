package datasets

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// stooqDay returns a Stooq file of one session (2025-06-02, 09:30 New
// York onwards) whose closes move by ±move alternately from 100; bar i
// opens at the previous close, its high and low span open and close, and
// edit may then change the open, low or high of a bar.
func stooqDay(n int, move float64, edit func(i int, o, h, l, c *float64)) string {
	var b strings.Builder
	b.WriteString(stooqHeader + "\r\n")
	prev := 100.0
	for i := range n {
		c := prev * (1 + move)
		if i%2 == 1 {
			c = prev * (1 - move)
		}
		o, h, l := prev, math.Max(prev, c), math.Min(prev, c)
		if edit != nil {
			edit(i, &o, &h, &l, &c)
		}
		m := 15*60 + 30 + 5*i // Warsaw minutes (CEST = New York + 6h)
		fmt.Fprintf(&b, "SPY.US,5,20250602,%02d%02d00,%v,%v,%v,%v,100,0\r\n", m/60, m%60, o, h, l, c)
		prev = c
	}
	return b.String()
}

// TestBadTickRule checks the bad-tick rule on synthetic sessions: an
// isolated wick of 0.6% in a quiet market is flagged, the same wick among
// 0.5% bar moves (a fast market) is not, a wick below BadTickMinMove is
// never flagged, and an open away from the previous close counts as a wick.
func TestBadTickRule(t *testing.T) {
	const at = 20
	low := func(depth float64) func(i int, o, h, l, c *float64) {
		return func(i int, o, h, l, c *float64) {
			if i == at {
				*l = math.Min(*o, *c) * (1 - depth)
			}
		}
	}
	for _, tc := range []struct {
		name string
		move float64
		edit func(i int, o, h, l, c *float64)
		want []int
	}{
		{"quiet, no wick", 0.0002, nil, nil},
		{"quiet, 0.6% low wick", 0.0002, low(0.006), []int{at}},
		{"quiet, 0.25% wick below the minimum", 0.0002, low(0.0025), nil},
		{"fast market, 0.6% wick", 0.005, low(0.006), nil},
		{"fast market, 8% wick", 0.005, low(0.08), []int{at}},
		{"quiet, open 0.6% above", 0.0002, func(i int, o, h, l, c *float64) {
			if i == at {
				*o *= 1.006
				*h = *o
			}
		}, []int{at}},
		{"quiet, first bar high wick", 0.0002, func(i int, o, h, l, c *float64) {
			if i == 0 {
				*h = math.Max(*o, *c) * 1.006
			}
		}, []int{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := ParseStooqIntraday(strings.NewReader(stooqDay(40, tc.move, tc.edit)), "day.txt")
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for i, f := range b.BadTick {
				if f {
					got = append(got, i)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Fatalf("flagged bars %v, want %v", got, tc.want)
			}
		})
	}
}
