// Package exercise checks a student's answers in the training exercises
// (notebooks/exercises) against the toolkit's own functions, and says what
// is wrong in words: which input, what was expected and about how large,
// and the likely mistake (the stub's zero value, the sign, percent instead
// of decimals, a NaN, a missing or extra value), never just "false".
//
//	c := exercise.New("bond price")
//	for _, y := range []float64{0.01, 0.05} {
//		want, _ := bond.Bond{Coupon: 0.04, Maturity: 10, Freq: 1}.DirtyPrice(y)
//		c.Number(fmt.Sprintf("price(%g, 0.04, 10)", y), price(y, 0.04, 10), want, 1e-9)
//	}
//	c.Hint("discount each cash flow by (1+y)^t")
//	err := c.Err() // nil when every comparison holds
//
// plotting/nb.Exercise displays the verdict in a notebook and fails the
// cell with the explanation when an answer is wrong. The package computes
// nothing itself: the expected values are always the caller's reference
// computation, never typed-in numbers.
package exercise

import (
	"fmt"
	"math"
	"strings"
)

// Check collects the comparisons of one task's answers with their
// reference values.
type Check struct {
	Task     string
	cases    int
	problems []string
	hints    []string
	hinted   int // len(problems) at the last Hint
}

// New returns an empty check of the task named task ("bond price").
func New(task string) *Check { return &Check{Task: task} }

// Number compares the answer got for the input described by input (for
// example "price(y = 5%, coupon 4%, 10 years)") with the reference value
// want, within the absolute tolerance tol. A NaN want expects a NaN.
func (c *Check) Number(input string, got, want, tol float64) *Check {
	c.cases++
	if p := numberProblem(got, want, tol); p != "" {
		c.fail(input + ": " + p)
	}
	return c
}

// Numbers compares the answers got with the reference values want element
// by element within tol (NaN expects NaN), for the input described by
// input; it reports the length when it differs, else the first element
// that differs and how many do.
func (c *Check) Numbers(input string, got, want []float64, tol float64) *Check {
	c.cases++
	switch {
	case len(got) == 0 && len(want) > 0:
		c.fail(fmt.Sprintf("%s: got no values, expected %d (one per observation): is the function still the stub, returning nil?", input, len(want)))
		return c
	case len(got) != len(want):
		c.fail(fmt.Sprintf("%s: got %d values, expected %d (one per observation, NaN where undefined)", input, len(got), len(want)))
		return c
	}
	first, bad := -1, 0
	for i := range want {
		if numberProblem(got[i], want[i], tol) != "" {
			bad++
			if first < 0 {
				first = i
			}
		}
	}
	if bad > 0 {
		c.fail(fmt.Sprintf("%s: %d of %d values are wrong; the first, element %d: %s", input, bad, len(want), first,
			numberProblem(got[first], want[first], tol)))
	}
	return c
}

// Hint adds a hint, printed after the problems, when a comparison made
// since the previous Hint (or New) failed: the formula to use, the usual
// mistake.
func (c *Check) Hint(h string) *Check {
	if len(c.problems) > c.hinted {
		c.hints = append(c.hints, h)
	}
	c.hinted = len(c.problems)
	return c
}

// Err returns nil when every comparison held, else an error listing every
// problem and hint:
//
//	exercise: Check "bond price": 2 of 3 checks are wrong:
//	- price(y = 5%, ...): got 0, expected about 0.9228 (within 1e-09): ...
func (c *Check) Err() error {
	if len(c.problems) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d of %d checks are wrong:", len(c.problems), c.cases)
	for _, p := range c.problems {
		b.WriteString("\n- " + p)
	}
	for _, h := range c.hints {
		b.WriteString("\nHint: " + h)
	}
	return fmt.Errorf("exercise: Check %q: %s", c.Task, b.String())
}

// Verdict is the line shown when Err is nil: "correct: all 3 checks of
// bond price hold".
func (c *Check) Verdict() string {
	return fmt.Sprintf("correct: all %d checks of %s hold", c.cases, c.Task)
}

func (c *Check) fail(p string) { c.problems = append(c.problems, p) }

// numberProblem says what is wrong with got against want within tol, or
// "" when it is right.
func numberProblem(got, want, tol float64) string {
	switch {
	case math.IsNaN(want) && math.IsNaN(got):
		return ""
	case math.IsNaN(want):
		return fmt.Sprintf("got %.6g, expected NaN (the value is undefined there, e.g. before the first full window)", got)
	case math.IsNaN(got) || math.IsInf(got, 0):
		return fmt.Sprintf("got %v, expected about %.4g (a division by zero, or a NaN input not skipped?)", got, want)
	case math.Abs(got-want) <= tol:
		return ""
	}
	expected := fmt.Sprintf("got %.6g, expected about %.4g (within %.2g)", got, want, tol)
	switch {
	case got == 0:
		return expected + ": the function returns 0, the stub's zero value; complete it"
	case near(-got, want, tol):
		return expected + ": the sign is wrong"
	case near(got, 100*want, 100*tol):
		return expected + ": 100 times too large; use decimals (0.05 for 5%), not percent"
	case near(100*got, want, tol):
		return expected + ": 100 times too small; use decimals (0.05 for 5%), not percent"
	}
	if want == 0 {
		return fmt.Sprintf("%s: off by %.3g", expected, got-want)
	}
	return fmt.Sprintf("%s: off by %.3g (%.2g%% of the expected value)", expected, got-want, 100*math.Abs((got-want)/want))
}

// near reports whether a is within tol of b.
func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }
