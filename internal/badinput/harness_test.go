package badinput

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestRunClassifies checks that Run counts each outcome the error rule
// allows and fails each one it forbids.
func TestRunClassifies(t *testing.T) {
	old := Timeout
	Timeout = 200 * time.Millisecond
	defer func() { Timeout = old }()
	var nilSlice []float64
	cases := []struct {
		c    Case
		fail string // "" when the row must pass
	}{
		{Case{"F", "error", Err, func() Out { return Nums(errors.New("pkg: F: bad")) }}, ""},
		{Case{"F", "error of another package", Err, func() Out { return Nums(errors.New("other: F: bad")) }}, "does not start with"},
		{Case{"F", "named panic", Panic, func() Out { panic("pkg: F: bad") }}, ""},
		{Case{"F", "method panic", Panic, func() Out { panic("pkg: T.M: bad") }}, ""},
		{Case{"F", "unnamed panic", Panic, func() Out { panic("bad") }}, "does not start with"},
		{Case{"F", "runtime panic", Panic, func() Out { return Nums(nil, nilSlice[3]) }}, "runtime panic"},
		{Case{"F", "hang", Value, func() Out { time.Sleep(time.Hour); return Out{} }}, "hangs"},
		{Case{"F", "NaN without reason", NaNWhy, func() Out { return Nums(nil, 1, nan) }}, "without a reason"},
		{Case{"F", "NaN with reason", NaNWhy, func() Out { return Doc("why", 1, nan) }}, ""},
		{Case{"F", "reason on a value", NaNWhy, func() Out { return Out{Vals: []float64{1}, Why: []string{"why"}} }}, "but its reason says"},
		{Case{"F", "unchecked number", Err, func() Out { return Nums(nil, 1) }}, "no oracle checked"},
		{Case{"F", "checked number", Value, func() Out { return Same(Nums(nil, 1), []float64{1}, 0) }}, ""},
		{Case{"F", "wrong number", Value, func() Out { return Same(Nums(nil, 1), []float64{2}, 0) }}, "oracle"},
		{Case{"F", "error where a value is due", Value, func() Out { return Nums(errors.New("pkg: F: bad")) }}, "got error, want checked value"},
		{Case{"F", "value where an error is due", Err, func() Out { return Same(Nums(nil, 1), []float64{1}, 0) }}, "got checked value, want error"},
	}
	for _, k := range cases {
		c, fails := Run("pkg", []Case{k.c})
		switch {
		case k.fail == "" && (len(fails) != 0 || c.Failures != 0):
			t.Errorf("%s: failed: %v", k.c.Input, fails)
		case k.fail != "" && (len(fails) != 1 || !strings.Contains(fails[0], k.fail)):
			t.Errorf("%s: %v, want a failure saying %q", k.c.Input, fails, k.fail)
		}
		if c.Calls != 1 || c.Errors+c.NaNWhy+c.Panics+c.Values+c.Failures != 1 {
			t.Errorf("%s: counts %+v", k.c.Input, c)
		}
	}
}

// TestUncovered checks the guard's comparison of exported functions,
// rows and exemptions.
func TestUncovered(t *testing.T) {
	rows := []Case{{Func: "A"}, {Func: "B"}, {Func: "Gone"}}
	missing, stale, twice := Uncovered([]string{"A", "B", "C", "D"}, rows, map[string]string{"B": "x", "D": "y", "Old": "z"})
	if !slices.Equal(missing, []string{"C"}) || !slices.Equal(stale, []string{"Gone", "Old"}) || !slices.Equal(twice, []string{"B"}) {
		t.Errorf("missing %v, stale %v, twice %v", missing, stale, twice)
	}
}

// TestExported checks that the lister finds functions and methods of
// exported types and skips unexported ones and test files.
func TestExported(t *testing.T) {
	names, err := Exported(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Run", "Exported", "Uncovered", "Out.Check", "Counts.Add", "Counts.String", "Want.String", "Nums"} {
		if !slices.Contains(names, want) {
			t.Errorf("%s not listed in %v", want, names)
		}
	}
	for _, not := range []string{"run", "classify", "TestExported", "Out.withErr"} {
		if slices.Contains(names, not) {
			t.Errorf("%s listed", not)
		}
	}
}
