package series

import (
	"github.com/stockbond/sbcorr/internal/must"
	"math"
	"time"
)

// AggCount counts the non-missing values of a period (an Agg for Aggregate
// and Days): the number of 5-minute returns behind each day's realized
// correlation, say. A period whose values are all missing is NaN, not 0.
var AggCount Agg = func(v []float64) float64 { return float64(len(v)) }

// Days reduces s to one value per calendar day, the day of each date in its
// own location (an intraday bar stamped in New York time belongs to its New
// York trading day), dated at UTC midnight of that day with frequency
// Daily: the session return of 5-minute log returns is
// r.Days(series.AggSum), their number r.Days(series.AggCount). The dates
// are those of dated.RealizedCorr with series.Daily, so the two join. agg
// sees the day's non-missing values only, in date order; a day whose values
// are all missing gives NaN (reason Missing), and an agg result that is
// NaN or infinite gives NaN (reason Undefined). Unit, name and provenance
// are kept. It panics when agg is nil.
func (s Series) Days(agg Agg) Series {
	s.check("Days")
	must.NotNil("series: Days", "agg", agg)
	var dates []time.Time
	var vals []float64
	var why []Reason
	for lo := 0; lo < len(s.Dates); {
		y, m, d := s.Dates[lo].Date()
		day := Date(y, m, d)
		var buf []float64
		hi := lo
		for ; hi < len(s.Dates); hi++ {
			if y2, m2, d2 := s.Dates[hi].Date(); y2 != y || m2 != m || d2 != d {
				break
			}
			if v := s.Values[hi]; !math.IsNaN(v) {
				buf = append(buf, v)
			}
		}
		v, r := math.NaN(), Missing
		if len(buf) > 0 {
			v, r = aggregate(agg, buf)
		}
		dates, vals, why = append(dates, day), append(vals, v), append(why, r)
		lo = hi
	}
	s.Dates, s.Values, s.Why, s.Freq = dates, vals, dropOK(why), Daily
	return s
}
