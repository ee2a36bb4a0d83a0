package series

import (
	"math"
	"time"
)

// day parses an ISO date for tests.
func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// days parses ISO dates for tests.
func days(ss ...string) []time.Time {
	out := make([]time.Time, len(ss))
	for i, s := range ss {
		out[i] = day(s)
	}
	return out
}

// ser builds a daily test series from dates and values.
func ser(name string, dates []string, vals ...float64) Series {
	return Series{Name: name, Dates: days(dates...), Values: vals, Freq: Daily}
}

var nan = math.NaN()

// sameFloats compares slices treating NaN == NaN.
func sameFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !(math.IsNaN(a[i]) && math.IsNaN(b[i])) {
			return false
		}
	}
	return true
}

// sameDates compares date slices.
func sameDates(a, b []time.Time) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}
