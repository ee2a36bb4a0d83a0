package plotting

import (
	"math"
	"strconv"
	"time"

	"gonum.org/v1/plot"

	"github.com/stockbond/sbcorr/check"
)

// DateTicks marks a date axis whose values are Unix seconds (see Unix).
// For spans of two months or more it picks the step among 1, 3 and 6
// months and 1, 2, 5, 10, 20 and 50 years that gives at most MaxLabels
// labelled ticks, labels years as "2006" and months as "Jan 2006", and adds
// unlabelled minor ticks one unit finer (every year under 2- and 5-year
// labels, at the half-decade under decades, so that a long series in a
// small panel does not get a comb of yearly ticks). Shorter spans (intraday bars) get
// steps of 5, 10, 15 or 30 minutes, 1, 2, 3, 6 or 12 hours or 1, 2, 7 or
// 14 days, labelled "15:04" (with "Jan 2" at midnight) or "Jan 2". When
// that step would leave fewer than two labels in the span (a year and a
// half on a narrow panel has one January), the next finer step is taken
// instead, even if it gives more than MaxLabels, so every span of 10
// minutes or more gets at least two labels; a span holding no 5-minute
// mark gets one label at its middle. Calendar boundaries are those of
// Location (nil: UTC).
type DateTicks struct {
	MaxLabels int            // at most this many labels (see above); 0 means 10
	Location  *time.Location // time zone of the labels; nil means UTC
}

var dateSteps = []struct {
	months int
	minor  int // months between minor ticks, 0 for none
}{
	{1, 0}, {3, 1}, {6, 1}, {12, 3}, {24, 12}, {60, 12}, {120, 60}, {240, 60}, {600, 120},
}

// Ticks implements plot.Ticker.
func (t DateTicks) Ticks(min, max float64) []plot.Tick {
	maxLabels := labelsOr(t.MaxLabels, 10)
	loc := t.Location
	if loc == nil {
		loc = time.UTC
	}
	if max-min < 62*86400 {
		return shortTicks(min, max, maxLabels, loc)
	}
	lo, hi := Date(min).In(loc), Date(max).In(loc)
	spanMonths := float64(hi.Year()-lo.Year())*12 + float64(hi.Month()-lo.Month()) + 1
	k := len(dateSteps) - 1
	for i, s := range dateSteps {
		room := float64(maxLabels)
		if s.months < 12 {
			room *= 0.6 // "Jan 2006" is about twice as wide as "2006"
		}
		if spanMonths/float64(s.months) <= room {
			k = i
			break
		}
	}
	ticks := monthTicks(min, max, k, loc)
	for ; k > 0 && labelCount(ticks) < 2; k-- { // a span of 62 days holds two month starts
		ticks = monthTicks(min, max, k-1, loc)
	}
	return ticks
}

// labelCount returns the number of labelled ticks.
func labelCount(ticks []plot.Tick) int {
	n := 0
	for _, tk := range ticks {
		if tk.Label != "" {
			n++
		}
	}
	return n
}

// monthTicks marks [min, max] at the month starts of dateSteps[k], with
// minor ticks at its finer grid.
func monthTicks(min, max float64, k int, loc *time.Location) []plot.Tick {
	step := dateSteps[k]
	fine := step.months
	if step.minor > 0 {
		fine = step.minor
	}
	format := "2006"
	if step.months < 12 {
		format = "Jan 2006"
	}
	// Walk month starts on the finer grid, from the first aligned month.
	lo := Date(min).In(loc)
	idx := lo.Year()*12 + int(lo.Month()) - 1
	idx -= mod(idx, fine)
	var ticks []plot.Tick
	for ; ; idx += fine {
		d := time.Date(idx/12, time.Month(idx%12+1), 1, 0, 0, 0, 0, loc)
		v := Unix(d)
		if v > max {
			break
		}
		if v < min {
			continue
		}
		tk := plot.Tick{Value: v}
		if mod(idx, step.months) == 0 {
			tk.Label = d.Format(format)
		}
		ticks = append(ticks, tk)
	}
	return ticks
}

// shortSteps are the steps of shortTicks in minutes: 5 minutes to 2 weeks.
var shortSteps = []int{5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 20160}

// shortTicks marks spans under two months with minute, hour or day steps:
// the first with at most maxLabels ticks, or a finer one when that leaves
// fewer than two.
func shortTicks(min, max float64, maxLabels int, loc *time.Location) []plot.Tick {
	k := len(shortSteps) - 1
	for i, m := range shortSteps {
		if (max-min)/float64(60*m) <= float64(maxLabels) {
			k = i
			break
		}
	}
	ticks := stepTicks(min, max, shortSteps[k], loc)
	for ; k > 0 && len(ticks) < 2; k-- {
		ticks = stepTicks(min, max, shortSteps[k-1], loc)
	}
	if len(ticks) == 0 { // a span shorter than one step: label its middle
		mid := (min + max) / 2
		ticks = append(ticks, plot.Tick{Value: mid, Label: Date(mid).In(loc).Format(time.DateOnly)})
	}
	return ticks
}

// stepTicks marks [min, max] every step minutes: from a multiple of step
// after midnight when step is under a day, else from midnight (from a
// Monday for steps of one or two weeks).
func stepTicks(min, max float64, step int, loc *time.Location) []plot.Tick {
	lo := Date(min).In(loc)
	var t time.Time
	if step < 1440 {
		m := lo.Hour()*60 + lo.Minute()
		t = time.Date(lo.Year(), lo.Month(), lo.Day(), 0, m-m%step, 0, 0, loc)
	} else {
		t = time.Date(lo.Year(), lo.Month(), lo.Day(), 0, 0, 0, 0, loc)
		if step%10080 == 0 { // weeks start on Monday
			t = t.AddDate(0, 0, -int((t.Weekday()+6)%7))
		}
	}
	var ticks []plot.Tick
	for ; Unix(t) <= max; t = t.Add(time.Duration(step) * time.Minute) {
		if Unix(t) < min {
			continue
		}
		label := t.Format("Jan 2")
		if step < 1440 && (t.Hour() != 0 || t.Minute() != 0) {
			label = t.Format("15:04")
		}
		ticks = append(ticks, plot.Tick{Value: Unix(t), Label: label})
	}
	return ticks
}

func mod(a, b int) int { return ((a % b) + b) % b }

// Unix returns t as the float64 Unix seconds used on date axes.
func Unix(t time.Time) float64 { return float64(t.Unix()) }

// Date converts a date-axis value (Unix seconds) back to a UTC time.
func Date(v float64) time.Time { return time.Unix(int64(math.Round(v)), 0).UTC() }

// FormatTicks marks a value axis at NiceTicks positions and
// labels them in a check.Format kind: check.PercentKind prints the decimal
// 0.25 as "25%", check.BasisPoints prints 0.0125 as "125 bp", check.Plain
// prints the number. The number of decimals is the fewest that tell the
// ticks apart.
type FormatTicks struct {
	Kind   check.Kind
	Labels int // target number of labels (see NiceTicks); 0 means 6
}

// PercentTicks labels decimal values as percent (0.25 prints "25%").
var PercentTicks = FormatTicks{Kind: check.PercentKind}

// Ticks implements plot.Ticker. Labels carry the decimals of the tick
// step in the unit printed (a 0.01% step prints two), so that any range
// NiceTicks labels prints distinct labels.
func (t FormatTicks) Ticks(min, max float64) []plot.Tick {
	ticks := NiceTicks{Labels: t.Labels}.Ticks(min, max)
	f := check.Format{Kind: t.Kind}
	scale := 1.0
	switch t.Kind {
	case check.PercentKind:
		scale = 100
	case check.BasisPoints:
		scale = 1e4
	}
	step := tickStep(ticks)
	if first := firstLabel(ticks); step > 0 && math.Abs(first/step-math.Round(first/step)) > 1e-6 {
		step /= 2 // the odd multiples of the step (see NiceTicks)
	}
	f.Decimals = stepDecimals(step * scale)
	for i := range ticks {
		if ticks[i].Label != "" {
			v := ticks[i].Value
			if math.Abs(v) < 1e-12*math.Max(math.Abs(min), math.Abs(max)) {
				v = 0 // avoid "-0%"
			}
			ticks[i].Label = f.Value(v)
		}
	}
	return ticks
}

// tickStep returns the distance between the first two labelled ticks, or 0
// when fewer than two are labelled.
func tickStep(ticks []plot.Tick) float64 {
	first := math.NaN()
	for _, tk := range ticks {
		if tk.Label == "" {
			continue
		}
		if !math.IsNaN(first) {
			return tk.Value - first
		}
		first = tk.Value
	}
	return 0
}

// firstLabel returns the value of the first labelled tick (0 when none).
func firstLabel(ticks []plot.Tick) float64 {
	for _, tk := range ticks {
		if tk.Label != "" {
			return tk.Value
		}
	}
	return 0
}

// stepDecimals returns the decimals that print multiples of step, a
// 1, 2 or 5 times a power of ten, exactly: 0 for steps of 1 and more, 2
// for 0.05. It returns 0 for a step that is not positive.
func stepDecimals(step float64) int {
	if !(step > 0) {
		return 0
	}
	return max(0, int(-math.Floor(math.Log10(step)+1e-9)))
}

// NiceTicks marks a linear axis with labelled ticks at multiples of 1, 2
// or 5 times a power of ten, choosing the step whose number of labels is
// closest to Labels (at least 3, so that a narrow range such as
// [0.1231, 0.1236] still gets three labels; more labels than gonum's
// DefaultTicks; ties go to the larger step), with unlabelled minor ticks
// halfway between; when that is more than 1.5 Labels (a short axis, where
// three labels force a small step), every second tick is labelled (if
// that still labels three: the even multiples of the step, else the odd
// ones, 5%, 15%, 25% rather than five labels from 5% to 25%) and there are
// no halfway ticks. Labels print the decimals of the step (0.1232, not
// 0.123200). A range narrower than about 1e-10 of its magnitude, where
// float64 labels could not differ, is marked by one labelled tick at its
// middle, as is an empty range (max <= min) at min.
type NiceTicks struct {
	Labels int // target number of labelled ticks; 0 means 6
}

// Ticks implements plot.Ticker.
func (t NiceTicks) Ticks(min, max float64) []plot.Tick {
	n := labelsOr(t.Labels, 6)
	if n < 3 {
		n = 3
	}
	if !(max > min) {
		return []plot.Tick{{Value: min, Label: strconv.FormatFloat(min, 'g', 6, 64)}}
	}
	if max-min <= 1e-10*math.Max(math.Abs(min), math.Abs(max)) {
		mid := min + (max-min)/2
		return []plot.Tick{{Value: mid, Label: strconv.FormatFloat(mid, 'g', 12, 64)}}
	}
	raw := (max - min) / float64(n-1)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	// Half of mag is below raw/2, so it always gives 2(n-1) >= 4 steps in
	// the range and thus at least 3 labels: some candidate qualifies.
	count := func(s float64) float64 { return math.Floor(max/s+1e-9) - math.Ceil(min/s-1e-9) + 1 }
	step, best := 0.0, math.Inf(1)
	for _, m := range []float64{0.5, 1, 2, 5, 10} {
		s := m * mag
		c := count(s)
		if d := math.Abs(c - float64(n)); d <= best && c >= 3 { // ties go to the larger step
			step, best = s, d
		}
	}
	// On a short axis the three labels a 1-2-5 step needs can be twice
	// too many (-40% to 60% in steps of 20%): label every second tick.
	// When the even multiples are too few, the odd ones are labelled
	// instead (5%, 15%, 25% on a short axis from 1% to 25%).
	every, odd := 1.0, false
	if c := count(step); c > 1.5*float64(n) {
		switch {
		case count(2*step) >= 3:
			every = 2
		case c-count(2*step) >= 3:
			every, odd = 2, true
		}
	}
	decimals := stepDecimals(every * step)
	if odd {
		decimals = stepDecimals(step)
	}
	var ticks []plot.Tick
	for k := math.Ceil(min/step*2 - 1e-9); k/2*step <= max+1e-9*step; k++ {
		if every == 2 && math.Mod(k, 2) != 0 {
			continue // no half-step ticks under sparse labels
		}
		// Clamped: 3 * 0.1 is 0.30000000000000004, and gonum gives a label
		// outside the axis range no room, so it would be clipped.
		v := math.Min(math.Max(k/2*step, min), max)
		tk := plot.Tick{Value: v}
		if odd && math.Mod(k-2, 4) == 0 || !odd && math.Mod(k, 2*every) == 0 {
			if math.Abs(v) < 1e-9*step {
				v = 0
				tk.Value = 0
			}
			tk.Label = strconv.FormatFloat(v, 'f', decimals, 64)
		}
		ticks = append(ticks, tk)
	}
	return ticks
}
