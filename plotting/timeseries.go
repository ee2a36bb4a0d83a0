package plotting

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"gonum.org/v1/plot"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/series"
)

// DateBand is a shaded band between Lo[i] and Hi[i] at Dates[i] on a
// time-series chart: a confidence band around a rolling correlation (for
// example sbcorr's Fisher-z band), or the range across countries. Values
// are in the chart's units (decimals on a Percent axis). NaN in Lo or Hi
// breaks the band; Name, when set, labels it in the legend.
type DateBand struct {
	Name   string
	Dates  []time.Time
	Lo, Hi []float64
}

// TimeSeries describes a chart of one or several series on a date axis.
// Build it with Plot; the result is an ordinary *plot.Plot that can be
// customised further.
type TimeSeries struct {
	// Name is the chart's figure name (see FigureName: the file name under
	// `make figures`); empty, the name comes from the title.
	Name   string
	Title  string
	YLabel string // state the unit, e.g. "correlation" or "yield (%)"
	Series []series.Series

	// Percent labels the y axis in percent: values are decimals (0.25 is
	// 25%), as everywhere in sbcorr.
	Percent bool
	// Zero draws a reference line at y = 0 and makes the y range include 0.
	Zero bool
	// Shade lists date intervals (recessions, regimes) shaded behind the
	// lines, From to To; ShadeName names them in the legend (e.g. "NBER
	// recession"). series.Series.FlagPeriods turns a 0/1 indicator such as
	// USREC into periods.
	Shade     []series.Period
	ShadeName string
	// Bands are shaded behind the lines; Bands[i] is filled with a light
	// tint of Series[i]'s colour, so a band drawn around a series matches it.
	Bands []DateBand
	// YRange fixes the y axis to [YRange[0], YRange[1]] when
	// YRange[0] < YRange[1]; otherwise the range fits the lines and bands
	// (and 0 with Zero) with Headroom above and below, so that a line at
	// an extreme stays clear of the frame (with Zero, a bound at 0 stays
	// at 0).
	YRange [2]float64
	// LogY draws the y axis on a log scale (wealth curves, price levels),
	// labelled by LogTicks; every finite value of the series and bands
	// must then be positive, and Zero is not allowed.
	LogY bool
	// Clip, when in (0, 0.5), fits the y axis to the Clip and 1 - Clip
	// quantiles of the series' finite values (pooled, linear
	// interpolation) instead of their extremes, so that a few spikes do
	// not flatten the rest; lines beyond are cut at the frame, and a
	// caption under the chart says how many values lie outside
	// ("12 of 8,007 values outside the y range (1%-99% quantiles)").
	// A side whose extreme lies within ClipReach of the quantiles' span
	// beyond its quantile is not cut (a series spiky upward only keeps
	// its lows; the caption then names the side cut: "136 of 1,351
	// values above the y range (the 90% quantile)"). YRange takes
	// precedence.
	Clip float64
	// NoThin draws every point; by default a series or band with more
	// than MaxPoints points is thinned with Thin (min/max per bucket).
	NoThin bool
	// Location is the time zone of the date labels (nil: UTC); set it for
	// intraday bars, e.g. America/New_York.
	Location *time.Location
	// Theme overrides Default when not nil.
	Theme *Theme

	thinTo int // thinning threshold when not MaxPoints (SmallMultiples panels)
}

// Plot builds the chart. Series are drawn in palette and dash order; a
// legend above the data area names them when there are several (or when
// shaded spans or bands are named). Series with the same Name are one
// series drawn in pieces (a portfolio over two periods, each from wealth
// 1): they share a colour, a dash pattern and a legend entry. It returns an error when there is no
// series, a series or band has no finite value, or a series' Dates and
// Values (a band's Dates, Lo and Hi) differ in length (naming it); with
// LogY, when a value is not positive (naming the series and the date) or
// Zero is set; when Clip is outside [0, 0.5).
func (ts TimeSeries) Plot() (*plot.Plot, error) {
	th := themeOr(ts.Theme)
	if len(ts.Series) == 0 {
		return nil, fmt.Errorf("plotting: TimeSeries %q: no series", ts.Title)
	}
	if err := ts.checkScale(); err != nil {
		return nil, fmt.Errorf("plotting: TimeSeries %q: %w", ts.Title, err)
	}
	p := th.chart(axes{title: ts.Title, y: ts.YLabel, yPercent: ts.Percent})
	p.X.Tick.Marker = DateTicks{Location: ts.Location}
	var lines []*GapLine
	styles := styleIndex(ts.Series)
	for i, s := range ts.Series {
		x, err := unixDates(s)
		if err != nil {
			return nil, fmt.Errorf("plotting: TimeSeries %q: %w", ts.Title, err)
		}
		y := s.Values
		if n := ts.thin(); n > 0 && len(x) > n {
			x, y = Thin(x, y, n/4)
		}
		lines = append(lines, NewGapLine(x, y, th.Line(styles[i])))
	}
	var legend []LegendEntry
	if len(ts.Shade) > 0 {
		b := &Bands{Color: th.ShadeColor}
		for _, s := range ts.Shade {
			b.From, b.To = append(b.From, Unix(s.From)), append(b.To, Unix(s.To))
		}
		p.Add(b)
		if ts.ShadeName != "" {
			legend = append(legend, LegendEntry{ts.ShadeName, b})
		}
	}
	for i, db := range ts.Bands {
		x := make([]float64, len(db.Dates))
		for k, d := range db.Dates {
			x[k] = Unix(d)
		}
		tint := i
		if i < len(styles) {
			tint = styles[i]
		}
		polys, err := (&Band{Name: db.Name, X: x, Lo: db.Lo, Hi: db.Hi}).plotters(th.Tint(tint, 0.3), ts.thin())
		if err != nil {
			return nil, fmt.Errorf("plotting: TimeSeries %q: %w", ts.Title, err)
		}
		for _, poly := range polys {
			p.Add(poly)
		}
		if db.Name != "" {
			legend = append(legend, LegendEntry{db.Name, polys[0]})
		}
	}
	if ts.Zero {
		p.Add(&RefLine{At: 0, LineStyle: th.Ref(false)})
	}
	named := slices.Max(styles) > 0 || len(legend) > 0
	for i, l := range lines {
		p.Add(l)
		if named && ts.Series[i].Name != "" && slices.Index(styles, styles[i]) == i {
			legend = append(legend, LegendEntry{ts.Series[i].Name, l})
		}
	}
	ts.fitY(p)
	fixRange(&p.Y, ts.YRange)
	th.AddTopLegend(p, legend...)
	return p, nil
}

// styleIndex returns the line style of each series: palette and dash
// order, except that a series named like an earlier one takes its style
// (one series drawn in pieces, such as a portfolio over two periods).
func styleIndex(ss []series.Series) []int {
	out := make([]int, len(ss))
	first := map[string]int{}
	next := 0
	for i, s := range ss {
		if k, ok := first[s.Name]; ok && s.Name != "" {
			out[i] = k
			continue
		}
		out[i], first[s.Name] = next, next
		next++
	}
	return out
}

// checkScale checks LogY and Clip against the data.
func (ts TimeSeries) checkScale() error {
	if !(ts.Clip >= 0 && ts.Clip < 0.5) {
		return fmt.Errorf("Clip %v outside [0, 0.5)", ts.Clip)
	}
	if !ts.LogY {
		return nil
	}
	if ts.Zero {
		return fmt.Errorf("LogY with Zero: a log axis has no 0")
	}
	day := func(d []time.Time) func(int) string {
		return func(i int) string {
			if i < len(d) {
				return d[i].Format(time.DateOnly)
			}
			return fmt.Sprint("index ", i)
		}
	}
	for _, s := range ts.Series {
		if err := positive(fmt.Sprintf("series %q", s.Name), s.Values, day(s.Dates)); err != nil {
			return err
		}
	}
	for _, b := range ts.Bands {
		if err := positive(fmt.Sprintf("band %q", b.Name), b.Lo, day(b.Dates)); err != nil {
			return err
		}
	}
	return nil
}

// fitY sets the y range of p (fitted by gonum to the lines and bands): to
// the Clip quantiles of the series when Clip is set (saying in the x-axis
// caption how many values lie outside), with 0 when Zero, widened by
// Headroom (in log space with LogY).
func (ts TimeSeries) fitY(p *plot.Plot) {
	if ts.Clip > 0 {
		var all []float64
		for _, s := range ts.Series {
			all = append(all, s.Values...)
		}
		p.Y.Min, p.Y.Max, p.X.Label.Text = clipRange(sortedCopy(all), ts.Clip)
	}
	if ts.LogY {
		logAxis(p, p.Y.Min, p.Y.Max, map[bool]check.Kind{false: check.Plain, true: check.PercentKind}[ts.Percent])
		return
	}
	if ts.Zero {
		p.Y.Min, p.Y.Max = math.Min(p.Y.Min, 0), math.Max(p.Y.Max, 0)
	}
	addHeadroom(&p.Y, ts.Zero)
}

// ClipReach is how far beyond a Clip quantile the data's extreme on that
// side may lie, as a fraction of the span between the two quantiles, for
// the y axis to reach it instead of cutting that side: a series spiky on
// one side only (upward bursts) keeps its other side whole.
const ClipReach = 0.25

// clipRange returns the y range of sorted finite values v clipped at the
// c and 1 - c quantiles (see TimeSeries.Clip), a side extended to the
// data's extreme when that lies within ClipReach of the span beyond its
// quantile, and the caption saying how many values lie outside (empty
// when none is cut).
func clipRange(v []float64, c float64) (lo, hi float64, caption string) {
	lo, hi = series.Quantile(v, c), series.Quantile(v, 1-c)
	reach := ClipReach * (hi - lo)
	cutLo, cutHi := v[0] < lo-reach, v[len(v)-1] > hi+reach
	if !cutLo {
		lo = v[0]
	}
	if !cutHi {
		hi = v[len(v)-1]
	}
	out := 0
	for _, x := range v {
		if x < lo || x > hi {
			out++
		}
	}
	n, total := groupDigits(out), groupDigits(len(v))
	switch {
	case cutLo && cutHi:
		caption = fmt.Sprintf("%s of %s values outside the y range (%s-%s quantiles)",
			n, total, trimPercent(c), trimPercent(1-c))
	case cutHi:
		caption = fmt.Sprintf("%s of %s values above the y range (the %s quantile)", n, total, trimPercent(1-c))
	case cutLo:
		caption = fmt.Sprintf("%s of %s values below the y range (the %s quantile)", n, total, trimPercent(c))
	}
	return lo, hi, caption
}

// groupDigits prints n with thousands separated by commas: 8,007.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// trimPercent prints a fraction as a percent with the digits it needs:
// 0.01 as 1%, 0.005 as 0.5%.
func trimPercent(f float64) string {
	return strconv.FormatFloat(100*f, 'g', 12, 64) + "%"
}

// thin returns the number of points above which lines and bands are
// thinned, 0 with NoThin.
func (ts TimeSeries) thin() int {
	if ts.NoThin {
		return 0
	}
	return cmp.Or(ts.thinTo, MaxPoints)
}

// unixDates returns the dates of s as Unix seconds, or an error when the
// lengths differ or no value is finite.
func unixDates(s series.Series) ([]float64, error) {
	if len(s.Dates) != len(s.Values) {
		return nil, fmt.Errorf("series %q: %d dates but %d values", s.Name, len(s.Dates), len(s.Values))
	}
	x := make([]float64, len(s.Dates))
	for i, d := range s.Dates {
		x[i] = Unix(d)
	}
	if len(runs(x, s.Values)) == 0 {
		return nil, fmt.Errorf("series %q: no finite value (%d points)", s.Name, len(s.Values))
	}
	return x, nil
}

func themeOr(t *Theme) Theme {
	if t == nil {
		return Default
	}
	return *t
}

// fixRange sets the axis range to r when r[0] < r[1].
func fixRange(a *plot.Axis, r [2]float64) {
	if r[0] < r[1] {
		a.Min, a.Max = r[0], r[1]
	}
}
