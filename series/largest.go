package series

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Largest returns the indices of the k largest non-NaN values of s,
// largest first (equal values in date order), e.g. the eight worst-fitted
// days of a history of curve-fit errors:
//
//	for _, i := range rmse.Largest(8) { fmt.Println(rmse.Dates[i], rmse.Values[i]) }
//
// It returns every non-NaN index when there are fewer than k, and panics
// when k is negative.
func (s Series) Largest(k int) []int {
	if k < 0 {
		panic(fmt.Sprintf("series: Largest: k = %d is negative", k))
	}
	var idx []int
	for i, v := range s.Values {
		if !math.IsNaN(v) {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(s.Values[b], s.Values[a]) })
	return idx[:min(k, len(idx))]
}
