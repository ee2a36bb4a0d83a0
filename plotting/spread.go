package plotting

import (
	"cmp"
	"fmt"
	"math"

	"gonum.org/v1/plot"

	"github.com/stockbond/sbcorr/series"
)

// Spread describes a time-series chart of estimates too noisy to draw
// observation by observation, such as daily curve fits whose decay
// parameters jump between local optima (drawn as lines, they fill the
// chart with spikes): for each series, its median over each calendar
// period of Freq is a line and the range between its Lo and Hi quantiles
// over the period a band in a tint of the line's colour, so that the level
// and the dispersion of the estimates both read. The x-axis caption says
// what is drawn: "lines: monthly medians; bands: 10%-90% of the values in
// each month (8,007 values)". Quantiles are series.Quantile's (type 7) of
// the period's non-missing values; a period without any is a gap.
type Spread struct {
	// Name is the chart's figure name (see FigureName: the file name under
	// `make figures`); empty, the name comes from the title.
	Name   string
	Title  string
	YLabel string
	Series []series.Series
	// Freq is the period of the medians and bands: series.Weekly,
	// Monthly, Quarterly or Annual; empty means Monthly.
	Freq series.Freq
	// Lo and Hi are the quantiles bounding the bands, 0 <= Lo < 0.5 < Hi
	// <= 1; both zero mean 0.1 and 0.9.
	Lo, Hi float64
	// Percent and Zero are those of TimeSeries.
	Percent, Zero bool
	Theme         *Theme
}

// Plot builds the chart, a TimeSeries of the medians with the bands. It
// returns an error when there is no series, a series has no finite value
// or Dates and Values of different lengths (naming it), Freq is not a
// calendar period, or Lo and Hi are not quantiles around the median.
func (s Spread) Plot() (*plot.Plot, error) {
	ts, n, err := s.timeSeries()
	if err != nil {
		return nil, fmt.Errorf("plotting: Spread %q: %w", s.Title, err)
	}
	p, err := ts.Plot()
	if err != nil {
		return nil, fmt.Errorf("plotting: Spread: %w", err)
	}
	lo, hi := s.quantiles()
	freq := s.freq()
	p.X.Label.Text = fmt.Sprintf("lines: %s medians; bands: %s-%s of the values in each %s (%s values)",
		freq, trimPercent(lo), trimPercent(hi), periodNoun[freq], groupDigits(n))
	return p, nil
}

// Drawing builds the chart (see Plot).
func (s Spread) Drawing() (Drawer, error) {
	p, err := plotDrawing(s.Plot())
	return namedDrawing(s.Name, p, err)
}

// periodNoun names one period of each calendar frequency.
var periodNoun = map[series.Freq]string{
	series.Weekly: "week", series.Monthly: "month", series.Quarterly: "quarter", series.Annual: "year",
}

func (s Spread) freq() series.Freq { return cmp.Or(s.Freq, series.Monthly) }

func (s Spread) quantiles() (lo, hi float64) {
	if s.Lo == 0 && s.Hi == 0 {
		return 0.1, 0.9
	}
	return s.Lo, s.Hi
}

// timeSeries returns the TimeSeries of the medians and bands and the
// number of finite values summarised.
func (s Spread) timeSeries() (TimeSeries, int, error) {
	ts := TimeSeries{Title: s.Title, YLabel: s.YLabel, Percent: s.Percent, Zero: s.Zero, Theme: s.Theme}
	lo, hi := s.quantiles()
	freq := s.freq()
	if !(lo >= 0 && lo < 0.5 && hi > 0.5 && hi <= 1) {
		return ts, 0, fmt.Errorf("quantiles Lo %v and Hi %v are not 0 <= Lo < 0.5 < Hi <= 1", lo, hi)
	}
	if periodNoun[freq] == "" {
		return ts, 0, fmt.Errorf("Freq %q is not weekly, monthly, quarterly or annual", freq)
	}
	if len(s.Series) == 0 {
		return ts, 0, fmt.Errorf("no series")
	}
	n := 0
	for _, x := range s.Series {
		if len(x.Dates) != len(x.Values) {
			return ts, 0, fmt.Errorf("series %q: %d dates, %d values", x.Name, len(x.Dates), len(x.Values))
		}
		k := 0
		for _, v := range x.Values {
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				k++
			}
		}
		if k == 0 {
			return ts, 0, fmt.Errorf("series %q: no finite value (%d values)", x.Name, len(x.Values))
		}
		n += k
		q := func(p float64) series.Series {
			return x.Aggregate(freq, func(v []float64) float64 { return series.Quantile(v, p) })
		}
		l := q(lo)
		band := DateBand{Dates: l.Dates, Lo: l.Values, Hi: q(hi).Values}
		ts.Series, ts.Bands = append(ts.Series, q(0.5)), append(ts.Bands, band)
	}
	return ts, n, nil
}
