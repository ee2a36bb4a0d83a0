package series

import (
	"slices"
	"strings"
	"testing"
)

func TestLargest(t *testing.T) {
	s := ser("e", []string{"2020-01-01", "2020-01-02", "2020-01-03", "2020-01-06", "2020-01-07"}, 2, nan, 5, 2, 1)
	for _, c := range []struct {
		k    int
		want []int
	}{{0, []int{}}, {2, []int{2, 0}}, {3, []int{2, 0, 3}}, {9, []int{2, 0, 3, 4}}} {
		if got := s.Largest(c.k); !slices.Equal(got, c.want) {
			t.Errorf("Largest(%d) = %v, want %v", c.k, got, c.want)
		}
	}
	defer func() {
		if r := recover(); r == nil || !strings.HasPrefix(r.(string), "series: Largest: ") {
			t.Errorf("panic %v", r)
		}
	}()
	s.Largest(-1)
}
