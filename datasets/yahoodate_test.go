package datasets

import (
	"testing"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// The fast path of LayoutYahooTZ gives what time.Parse gives, and leaves
// everything it does not recognise to time.Parse.
func TestYahooDateFastPathMatchesTimeParse(t *testing.T) {
	for _, s := range []string{
		"1927-12-30 00:00:00-05:00", "2024-02-29 23:59:59+14:00", "2023-02-29 00:00:00-05:00",
		"1990-01-02 24:00:00-05:00", "1990-01-02 00:60:00-05:00", "1990-13-02 00:00:00-05:00",
		"1990-01-02T00:00:00-05:00", "1990-01-02 00:00:00-0500", "1990-01-02", "19x0-01-02 00:00:00-05:00",
	} {
		got, err := parseDate(s, LayoutYahooTZ)
		want, werr := time.Parse(LayoutYahooTZ, s)
		if (err == nil) != (werr == nil) {
			t.Errorf("%q: err %v, time.Parse err %v", s, err, werr)
			continue
		}
		if err == nil && !got.Equal(series.Date(want.Date())) {
			t.Errorf("%q: %v, time.Parse %v", s, got, want)
		}
	}
}
