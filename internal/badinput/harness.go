// Package badinput runs the bad-input matrix of issue 17 ("no silently
// wrong number"): for every exported function of the estimator packages, a
// table of calls on NaN, ±Inf, 1e±300 and denormal values, empty and short
// inputs, mismatched lengths, windows and blocks >= n, parameters out of
// range, unsorted or duplicate dates and nil arguments, each with the
// outcome the error rule (DEVELOPERS.md) prescribes. Its tests hold one
// table per package and a guard (Exported) that fails when an exported
// function has no row and is not exempt with a reason, so a new function
// cannot skip the rule.
//
// A call's outcome is one of: an error whose message starts with
// "pkg: "; a named panic "pkg: Func: ..."; NaN values each with a reason
// (a series.Reason, or the documented reason of a function without an
// error channel); or numbers that an oracle checked (scale, permutation or
// shift invariance, agreement with a direct computation). Anything else is
// a failure: a runtime panic, a call that does not return within the
// timeout, a NaN without a reason, a reason that disagrees with its value,
// or an unchecked number where the row expects an error.
package badinput

import (
	"fmt"
	"math"
	"regexp"
	"runtime"
	"strings"
	"time"
)

// Want is the outcome a row of the matrix prescribes.
type Want uint8

// The outcomes of the error rule.
const (
	Err    Want = iota // an error prefixed "pkg: " (a data problem of a scalar estimator)
	Panic              // a panic "pkg: Func: ..." (a programmer error)
	NaNWhy             // NaN values, each with a reason (a series estimator), other values checked
	Value              // numbers, checked by the row's oracle
)

func (w Want) String() string {
	return [...]string{"error", "named panic", "NaN with reason", "checked value"}[w]
}

// Out is what a call returned.
type Out struct {
	Err error
	// Vals are the numbers returned (all of them, for a series).
	Vals []float64
	// Why, when not nil, has one entry per value: "" where the value is
	// defined, otherwise why it is NaN.
	Why []string
	// Checked is true when an oracle judged the values; Wrong then says
	// what it found wrong ("" when the values pass).
	Checked bool
	Wrong   string
}

// Case is one row of the matrix.
type Case struct {
	Func  string // the exported function as Exported lists it: "Corr", "Gaussian.CDF"
	Input string // the bad input, e.g. "NaN in x", "x scaled by 1e300"
	Want  Want
	Run   func() Out
}

// Counts are the outcomes of a package's rows.
type Counts struct {
	Calls, Errors, NaNWhy, Panics, Values, Failures int
}

// Add adds c2 to c.
func (c *Counts) Add(c2 Counts) {
	c.Calls += c2.Calls
	c.Errors += c2.Errors
	c.NaNWhy += c2.NaNWhy
	c.Panics += c2.Panics
	c.Values += c2.Values
	c.Failures += c2.Failures
}

// String prints the counts on one line.
func (c Counts) String() string {
	return fmt.Sprintf("%4d calls: %4d errors, %4d NaN with reason, %4d named panics, %4d checked values, %d failures",
		c.Calls, c.Errors, c.NaNWhy, c.Panics, c.Values, c.Failures)
}

// Timeout is how long one call may take before it counts as a hang.
var Timeout = 30 * time.Second

// named is the form of a named panic: "pkg: Func: " or "pkg: Type.Method: ".
var named = regexp.MustCompile(`^([a-z][a-z0-9]*): ([A-Z]\w*(?:\.[A-Z]\w*)?)(?: %?[^:]*)?: `)

// result is a call's outcome as Run saw it.
type result struct {
	out   Out
	panic any
	stack string
}

// Run runs the rows of package pkg (its name, e.g. "bond") and returns the
// counts and one message per failing row.
func Run(pkg string, cases []Case) (Counts, []string) {
	var c Counts
	var fails []string
	for _, k := range cases {
		c.Calls++
		got, msg := run(pkg, k)
		if msg != "" {
			c.Failures++
			fails = append(fails, fmt.Sprintf("%s.%s (%s): %s", pkg, k.Func, k.Input, msg))
			continue
		}
		switch got {
		case Err:
			c.Errors++
		case Panic:
			c.Panics++
		case NaNWhy:
			c.NaNWhy++
		case Value:
			c.Values++
		}
	}
	return c, fails
}

// run runs one row with a timeout and classifies its outcome; msg is ""
// when the outcome is the one the row wants.
func run(pkg string, k Case) (Want, string) {
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			if p := recover(); p != nil {
				buf := make([]byte, 4096)
				r.panic, r.stack = p, string(buf[:runtime.Stack(buf, false)])
			}
			done <- r
		}()
		r.out = k.Run()
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(Timeout):
		return 0, fmt.Sprintf("hangs (no return within %v)", Timeout)
	}
	got, msg := classify(pkg, r, k.Want)
	if msg == "" && got != k.Want {
		msg = fmt.Sprintf("got %s, want %s%s", got, k.Want, describe(r.out))
	}
	return got, msg
}

// classify says which outcome r is, or what is wrong with it. A result
// with NaN values (each with a reason) that an oracle also checked counts
// as what the row wants.
func classify(pkg string, r result, want Want) (Want, string) {
	if r.panic != nil {
		if _, ok := r.panic.(runtime.Error); ok {
			return Panic, fmt.Sprintf("runtime panic %v\n%s", r.panic, r.stack)
		}
		msg := fmt.Sprint(r.panic)
		if m := named.FindStringSubmatch(msg); m == nil || m[1] != pkg {
			return Panic, fmt.Sprintf("panic %q does not start with \"%s: Func: \"", msg, pkg)
		}
		return Panic, ""
	}
	o := r.out
	if o.Err != nil {
		if !strings.HasPrefix(o.Err.Error(), pkg+": ") {
			return Err, fmt.Sprintf("error %q does not start with %q", o.Err, pkg+": ")
		}
		return Err, ""
	}
	if o.Why != nil && len(o.Why) != len(o.Vals) {
		return NaNWhy, fmt.Sprintf("%d reasons for %d values", len(o.Why), len(o.Vals))
	}
	nan := 0
	for i, v := range o.Vals {
		why := ""
		if o.Why != nil {
			why = o.Why[i]
		}
		switch {
		case math.IsNaN(v) && why == "":
			return NaNWhy, fmt.Sprintf("value %d of %d is NaN without a reason%s", i, len(o.Vals), describe(o))
		case !math.IsNaN(v) && why != "":
			return NaNWhy, fmt.Sprintf("value %d is %v but its reason says %q", i, v, why)
		case math.IsNaN(v):
			nan++
		}
	}
	if o.Wrong != "" {
		return Value, "oracle: " + o.Wrong
	}
	switch {
	case nan > 0 && (want == NaNWhy || !o.Checked):
		return NaNWhy, ""
	case !o.Checked:
		return Value, "a number that no oracle checked" + describe(o)
	}
	return Value, ""
}

// describe prints the first values of o.
func describe(o Out) string {
	if o.Err != nil {
		return fmt.Sprintf(" (error %q)", o.Err)
	}
	v := o.Vals
	if len(v) > 6 {
		v = v[:6]
	}
	return fmt.Sprintf(" (values %v of %d)", v, len(o.Vals))
}
