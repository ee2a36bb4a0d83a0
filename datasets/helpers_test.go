package datasets

import (
	"errors"
	"math"
	"os"
	"testing"
	"time"

	"github.com/stockbond/sbcorr/series"
)

// needData returns the real data folder, skipping the test when it is
// absent unless SBCORR_REQUIRE_DATA=1 (then the test fails).
func needData(t testing.TB) string {
	t.Helper()
	dir := os.Getenv(EnvData)
	if dir != "" {
		if _, err := os.Stat(dir); err == nil {
			return dir
		}
	}
	if RequireData() {
		t.Fatalf("%s=1 but %s=%q is not a readable folder", EnvRequire, EnvData, dir)
	}
	t.Skipf("real data not found (%s=%q): skipping", EnvData, dir)
	return ""
}

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

// ser builds a test series from "date=value" pairs.
func ser(name string, dates []string, vals ...float64) series.Series {
	return series.Series{Name: name, Dates: days(dates...), Values: vals, Freq: series.Daily}
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

// wantParseError checks that err is a *ParseError naming file and line.
func wantParseError(t *testing.T, err error, file string, line int) {
	t.Helper()
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("want *ParseError, got %v", err)
	}
	if pe.File != file || pe.Line != line {
		t.Fatalf("error %q: want file %q line %d", err, file, line)
	}
}
