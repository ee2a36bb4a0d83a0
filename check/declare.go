package check

import "fmt"

// AddNotReproduced appends a row for a source value that we compute but do
// not reproduce: ours is outside source ± tol, an honest tolerance for what
// the row compares, for the reason given (different data, a misprint in the
// source, a period the data does not cover, ...). The row's status is
// NotReproduced and it does not fail the table, unless ours turns out to be
// inside source ± tol (or NaN): then it fails, saying to build the row with
// Add, so that a row never stays "not reproduced" when it is reproduced.
// It panics if tol is negative or NaN or reason is empty (programming
// errors).
func (t *Comparison) AddNotReproduced(name string, source, ours, tol float64, f Format, reason string) *Comparison {
	if !(tol >= 0) {
		panic(fmt.Sprintf("check: AddNotReproduced %q: tolerance %v must be >= 0", name, tol))
	}
	r := Row{Name: name, Source: source, Ours: ours, Tol: tol, Format: f}
	return t.add(notReproduced("AddNotReproduced", r, reason))
}

// AddRangeNotReproduced is AddNotReproduced for a source that states a
// range (see AddRange): ours is outside [lo, hi] for the reason given ("the
// paper: implied correlation above 50% since 1990; ours falls to 8%"). It
// panics if lo > hi, a bound is NaN or reason is empty.
func (t *Comparison) AddRangeNotReproduced(name string, lo, hi, ours float64, f Format, reason string) *Comparison {
	r := rangeRow("AddRangeNotReproduced", name, lo, hi, ours, f)
	return t.add(notReproduced("AddRangeNotReproduced", r, reason))
}

// AddConditionNotReproduced is AddNotReproduced for a statement of the
// source (see AddCondition) that does not hold on our data, for the reason
// given. The row fails if the statement holds after all. It panics if
// reason is empty.
func (t *Comparison) AddConditionNotReproduced(name string, holds bool, reason string) *Comparison {
	return t.add(notReproduced("AddConditionNotReproduced", conditionRow(name, holds), reason))
}

// notReproduced declares r not reproduced for reason; it panics naming
// method if the reason is empty.
func notReproduced(method string, r Row, reason string) Row {
	if reason == "" {
		panic(fmt.Sprintf("check: %s %q: a not-reproduced row needs its reason", method, r.Name))
	}
	r.outcome, r.Reason = declaredNotReproduced, reason
	return r
}

// Skip marks the last row added as not attempted for the reason given
// (its data is absent, say): the row keeps its source value and place, has
// no "ours" (printed as a dash, null in its Record) and never fails. It
// panics on an empty table or an empty reason.
func (t *Comparison) Skip(reason string) *Comparison {
	r := t.last("Skip")
	if reason == "" {
		panic(fmt.Sprintf("check: Comparison.Skip %q: a not-attempted row needs its reason", r.Name))
	}
	r.outcome, r.Reason = declaredNotAttempted, reason
	return t
}

// NotAttempted marks every row of the table, those already added and those
// added later, as not attempted for the reason given: the table is built as
// usual (so it lists the source values it would compare) but compares
// nothing, as when the synthetic sample stands in for market data. It
// panics on an empty reason.
func (t *Comparison) NotAttempted(reason string) *Comparison {
	if reason == "" {
		panic(fmt.Sprintf("check: Comparison.NotAttempted %q: the reason is empty", t.Title))
	}
	t.skip = reason
	for i := range t.Rows {
		t.Rows[i].outcome, t.Rows[i].Reason = declaredNotAttempted, reason
	}
	return t
}

// NotAttemptedIf is NotAttempted(reason) when cond is true and does nothing
// otherwise, so a check cell states in one chain when its rows compare
// nothing:
//
//	t := check.New("Figure 17").From(check.Paper, "Figure 17").NotAttemptedIf(us.Synthetic, "synthetic sample")
func (t *Comparison) NotAttemptedIf(cond bool, reason string) *Comparison {
	if cond {
		return t.NotAttempted(reason)
	}
	return t
}

// AddOrNotReproduced is Add when reason is empty and AddNotReproduced with
// that reason otherwise: the form of a loop over a table of printed values
// where a few rows are known not to reproduce, each with its reason,
//
//	t.AddOrNotReproduced(name, src, ours, 0.15, check.Percent(1), why[name])
//
// A row given a reason still fails when ours is inside source ± tol (see
// AddNotReproduced), so a stale reason never hides a reproduced number.
func (t *Comparison) AddOrNotReproduced(name string, source, ours, tol float64, f Format, reason string) *Comparison {
	if reason == "" {
		return t.Add(name, source, ours, tol, f)
	}
	return t.AddNotReproduced(name, source, ours, tol, f, reason)
}
