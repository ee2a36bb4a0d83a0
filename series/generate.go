package series

import (
	"fmt"
	"github.com/stockbond/sbcorr/internal/must"
	"math"
	"time"
)

// Days returns every calendar day from from to to, both included, at UTC
// midnight (the convention of Date): the settlement dates of a bond priced
// day by day, say. It returns nil when to is before from.
func Days(from, to time.Time) []time.Time {
	y, m, d := from.Date()
	var out []time.Time
	for t := Date(y, m, d); !t.After(to); t = t.AddDate(0, 0, 1) {
		out = append(out, t)
	}
	return out
}

// FromFunc returns the series of f(t) at the given increasing dates,
// named name, without unit or frequency (set them with InUnit and AtFreq):
// a quantity computed date by date, such as the clean price of a bond
// settled on each day. f returns NaN where the quantity is undefined (the
// reason is then Undefined). It panics when the dates do not increase or f
// is nil.
func FromFunc(name string, dates []time.Time, f func(t time.Time) float64) Series {
	must.NotNil("series: FromFunc", "f", f)
	v := make([]float64, len(dates))
	for i, d := range dates {
		if i > 0 && !d.After(dates[i-1]) {
			panic(fmt.Sprintf("series: FromFunc: %q: dates not increasing at %s", name, d.Format(time.DateOnly)))
		}
		v[i] = f(d)
	}
	s := New(name, dates, v)
	for i, x := range v {
		if math.IsNaN(x) {
			if s.Why == nil {
				s.Why = make([]Reason, len(v))
			}
			s.Why[i] = Undefined
		}
	}
	return s
}
