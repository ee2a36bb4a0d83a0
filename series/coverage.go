package series

import (
	"fmt"
	"math"
	"time"
)

// Decades returns the calendar decades from the one holding year first to
// the one holding year last, each a Period named after it ("1870s") and
// clipped to [first, last]: Decades(1875, 2025) is 1875-1879 ("1870s"),
// 1880-1889, ..., 2020-2025 ("2020s"). They are the columns of a table by
// decade (Coverage, or the values of a rolling estimate grouped by decade).
// It panics when last < first.
func Decades(first, last int) []Period {
	if last < first {
		panic(fmt.Sprintf("series: Decades: last year %d before first year %d", last, first))
	}
	var out []Period
	for d := first - mod(first, 10); d <= last; d += 10 {
		p := Years(max(d, first), min(d+9, last))
		p.Name = fmt.Sprintf("%ds", d)
		out = append(out, p)
	}
	return out
}

// mod is the remainder of a by b in [0, b), also for a negative a.
func mod(a, b int) int { return ((a % b) + b) % b }

// PeriodNames returns the names of the periods, in order: the column
// labels of a table or heatmap by period.
func PeriodNames(ps []Period) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

// Coverage returns, for each period, the share of (series, calendar year)
// pairs in which the series has at least one value (a non-NaN observation
// dated inside the period), over the calendar years from p.From's to
// p.To's: 1 when every series has data in every year of the period, 0 when
// none has any. It measures which years a group of files covers, e.g. one
// row of a coverage heatmap with Decades as columns. It returns NaN for
// every period when ss is empty, and panics when a period has an open
// bound (a zero From or To).
func Coverage(ss []Series, periods []Period) []float64 {
	out := make([]float64, len(periods))
	for k, p := range periods {
		if p.From.IsZero() || p.To.IsZero() {
			panic(fmt.Sprintf("series: Coverage: period %q has an open bound", p.Name))
		}
		if len(ss) == 0 {
			out[k] = math.NaN()
			continue
		}
		years := float64(p.To.Year() - p.From.Year() + 1)
		for _, s := range ss {
			out[k] += float64(yearsWithData(s.In(p))) / years / float64(len(ss))
		}
	}
	return out
}

// yearsWithData returns the number of calendar years in which s has a
// non-NaN value.
func yearsWithData(s Series) int {
	seen := map[int]bool{}
	for i, v := range s.Values {
		if !math.IsNaN(v) {
			seen[s.Dates[i].In(time.UTC).Year()] = true
		}
	}
	return len(seen)
}
