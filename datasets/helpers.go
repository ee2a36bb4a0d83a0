package datasets

import (
	"math"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// nan64 returns NaN, the missing value.
func nan64() float64 { return math.NaN() }

// frameOf wraps series that already share one calendar.
func frameOf(dates []time.Time, cols []series.Series) series.Frame {
	return series.NewFrame(dates, cols...)
}
