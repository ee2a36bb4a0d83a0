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
// unlabelled minor ticks one unit finer. Shorter spans (intraday bars) get
// steps of 1, 2, 3, 6 or 12 hours or 1, 2, 7 or 14 days, labelled "15:04"
// (with "Jan 2" at midnight) or "Jan 2". Calendar boundaries are those of
// Location (nil: UTC).
type DateTicks struct {
	MaxLabels int            // at most this many labels; 0 means 10
	Location  *time.Location // time zone of the labels; nil means UTC
}

var dateSteps = []struct {
	months int
	minor  int // months between minor ticks, 0 for none
}{
	{1, 0}, {3, 1}, {6, 1}, {12, 3}, {24, 12}, {60, 12}, {120, 12}, {240, 60}, {600, 120},
}

// Ticks implements plot.Ticker.
func (t DateTicks) Ticks(min, max float64) []plot.Tick {
	maxLabels := t.MaxLabels
	if maxLabels <= 0 {
		maxLabels = 10
	}
	loc := t.Location
	if loc == nil {
		loc = time.UTC
	}
	if max-min < 62*86400 {
		return shortTicks(min, max, maxLabels, loc)
	}
	lo, hi := Date(min).In(loc), Date(max).In(loc)
	spanMonths := float64(hi.Year()-lo.Year())*12 + float64(hi.Month()-lo.Month()) + 1
	step := dateSteps[len(dateSteps)-1]
	for _, s := range dateSteps {
		room := float64(maxLabels)
		if s.months < 12 {
			room *= 0.6 // "Jan 2006" is about twice as wide as "2006"
		}
		if spanMonths/float64(s.months) <= room {
			step = s
			break
		}
	}
	fine := step.months
	if step.minor > 0 {
		fine = step.minor
	}
	format := "2006"
	if step.months < 12 {
		format = "Jan 2006"
	}
	// Walk month starts on the finer grid, from the first aligned month.
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

// shortTicks marks spans under two months with hour or day steps.
func shortTicks(min, max float64, maxLabels int, loc *time.Location) []plot.Tick {
	hours := []int{1, 2, 3, 6, 12, 24, 48, 168, 336}
	step := hours[len(hours)-1]
	for _, h := range hours {
		if (max-min)/float64(3600*h) <= float64(maxLabels) {
			step = h
			break
		}
	}
	lo := Date(min).In(loc)
	var t time.Time
	if step < 24 {
		t = time.Date(lo.Year(), lo.Month(), lo.Day(), lo.Hour()-lo.Hour()%step, 0, 0, 0, loc)
	} else {
		t = time.Date(lo.Year(), lo.Month(), lo.Day(), 0, 0, 0, 0, loc)
		if step == 168 || step == 336 { // weeks start on Monday
			t = t.AddDate(0, 0, -int((t.Weekday()+6)%7))
		}
	}
	var ticks []plot.Tick
	for ; Unix(t) <= max; t = t.Add(time.Duration(step) * time.Hour) {
		if Unix(t) < min {
			continue
		}
		label := t.Format("Jan 2")
		if step < 24 && (t.Hour() != 0 || t.Minute() != 0) {
			label = t.Format("15:04")
		}
		ticks = append(ticks, plot.Tick{Value: Unix(t), Label: label})
	}
	if len(ticks) == 0 { // a span shorter than one step: label its middle
		mid := (min + max) / 2
		ticks = append(ticks, plot.Tick{Value: mid, Label: Date(mid).In(loc).Format(time.DateOnly)})
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

// Ticks implements plot.Ticker.
func (t FormatTicks) Ticks(min, max float64) []plot.Tick {
	ticks := NiceTicks{Labels: t.Labels}.Ticks(min, max)
	var major []float64
	for _, tk := range ticks {
		if tk.Label != "" {
			major = append(major, tk.Value)
		}
	}
	f := check.Format{Kind: t.Kind}
	scale := 1.0
	switch t.Kind {
	case check.PercentKind:
		scale = 100
	case check.BasisPoints:
		scale = 1e4
	}
	f.Decimals = fewestDecimals(major, scale)
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

// fewestDecimals returns the fewest decimals (at most 6) that print every
// value*scale exactly (to 1e-6 of the last digit).
func fewestDecimals(values []float64, scale float64) int {
	for d := 0; d < 6; d++ {
		p := math.Pow(10, float64(d))
		exact := true
		for _, v := range values {
			x := v * scale * p
			if math.Abs(x-math.Round(x)) > 1e-6 {
				exact = false
				break
			}
		}
		if exact {
			return d
		}
	}
	return 6
}

// NiceTicks marks a linear axis with labelled ticks at multiples of 1, 2
// or 5 times a power of ten, choosing the step whose number of labels is
// closest to Labels (at least 3; more labels than gonum's DefaultTicks;
// ties go to the larger step),
// with unlabelled minor ticks halfway between.
type NiceTicks struct {
	Labels int // target number of labelled ticks; 0 means 6
}

// Ticks implements plot.Ticker.
func (t NiceTicks) Ticks(min, max float64) []plot.Tick {
	n := t.Labels
	if n <= 0 {
		n = 6
	}
	if !(max > min) {
		return []plot.Tick{{Value: min, Label: strconv.FormatFloat(min, 'g', 6, 64)}}
	}
	raw := (max - min) / float64(n-1)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step, best := 0.0, math.Inf(1)
	for _, m := range []float64{1, 2, 5, 10} {
		s := m * mag
		count := math.Floor(max/s+1e-9) - math.Ceil(min/s-1e-9) + 1
		if d := math.Abs(count - float64(n)); d <= best && count >= 3 { // ties go to the larger step
			step, best = s, d
		}
	}
	if step == 0 {
		step = 10 * mag
	}
	var ticks []plot.Tick
	for k := math.Ceil(min/step*2 - 1e-9); k/2*step <= max+1e-9*step; k++ {
		v := k / 2 * step
		tk := plot.Tick{Value: v}
		if math.Mod(k, 2) == 0 {
			if math.Abs(v) < 1e-9*step {
				v = 0
				tk.Value = 0
			}
			tk.Label = strconv.FormatFloat(v, 'f', fewestDecimals([]float64{step, v}, 1), 64)
		}
		ticks = append(ticks, tk)
	}
	return ticks
}
