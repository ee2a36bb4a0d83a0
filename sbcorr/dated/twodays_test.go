package dated

import (
	"math"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/internal/errtest"
	"github.com/stockbond/sbcorr/sbcorr"
	"github.com/stockbond/sbcorr/series"
)

// The flags select the same periods as sbcorr.SafetyRisky, and NaN
// correlations are in neither set.
func TestSafetyRiskyFlags(t *testing.T) {
	x, y := pair(400)
	rho := RealizedCorr(x, y, series.Monthly, 15)
	rho.Values[3] = math.NaN()
	safety, risky := SafetyRisky(rho, 0.2)
	s, r := sbcorr.SafetyRisky(rho.Values, 0.2)
	for i := range s {
		want := func(b bool) float64 {
			if b {
				return 1
			}
			return 0
		}
		if math.IsNaN(rho.Values[i]) {
			if !math.IsNaN(safety.Values[i]) || !math.IsNaN(risky.Values[i]) {
				t.Fatalf("NaN correlation flagged %v %v", safety.Values[i], risky.Values[i])
			}
			continue
		}
		if safety.Values[i] != want(s[i]) || risky.Values[i] != want(r[i]) {
			t.Fatalf("period %d: %v %v, want %v %v", i, safety.Values[i], risky.Values[i], s[i], r[i])
		}
	}
	if safety.Unit != series.UnitFlag || safety.Mean() < 0.15 || safety.Mean() > 0.25 || !safety.Dates[5].Equal(rho.Dates[5]) {
		t.Fatalf("unit %q share %v", safety.Unit, safety.Mean())
	}
}

// The conditional mean over a flag equals the plain estimator over the
// same mask; a series on other dates panics.
func TestConditionalMeanMatchesPlain(t *testing.T) {
	x, y := pair(400)
	rho := RealizedCorr(x, y, series.Monthly, 15)
	monthly := x.Aggregate(series.Monthly, series.AggSum)
	safety, _ := SafetyRisky(rho, 0.2)
	got, err := ConditionalMean(monthly, safety, 1)
	if err != nil {
		t.Fatal(err)
	}
	mask := make([]bool, safety.Len())
	for i, f := range safety.Values {
		mask[i] = f == 1
	}
	want, _ := sbcorr.ConditionalMean(monthly.Values, mask, 1)
	if got != want || got.N < 3 {
		t.Fatalf("%+v, want %+v", got, want)
	}
	few := safety.WithValues(make([]float64, safety.Len()))
	_, err = ConditionalMean(monthly, few, 0)
	errtest.Says(t, "no selected period", err, "dated: ConditionalMean: ", "need at least 3")
	errtest.Panics(t, "dates", func() { _, _ = ConditionalMean(x, safety, 0) }, "dated: ConditionalMean: ")
}

// Event changes are taken at dates: the same as the plain estimator at
// their indices; a date the series lacks is an error naming it.
func TestEventChangeAtDates(t *testing.T) {
	x, y := pair(400)
	rho := RealizedCorr(x, y, series.Monthly, 15)
	events := []int{2, 5, 9, 11}
	var when []time.Time
	for _, i := range events {
		when = append(when, rho.Dates[i])
	}
	got, err := EventChange(rho, when, 0)
	want, _ := sbcorr.EventChange(rho.Values, events, 0)
	if err != nil || got != want {
		t.Fatalf("%+v (%v), want %+v", got, err, want)
	}
	_, err = EventChange(rho, append(when, series.Date(2000, 2, 2)), 0)
	errtest.Says(t, "missing date", err, "dated: EventChange: 2000-02-02 is not a date of")
	_, err = EventChange(rho, when[:2], 0)
	errtest.Says(t, "two events", err, "dated: EventChange: ", "need at least 3")
}
