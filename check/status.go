package check

import (
	"math"
	"strconv"
)

// Status says what a row proves. It is decided by how the row is built,
// never by the numbers, so that a row cannot move from one status to
// another to make a notebook pass:
//
//   - Reproduced: AddPrinted (one unit of the last printed digit), or Add
//     with a tolerance within LooseLimit.
//   - Consistent: AddRange, AddCondition, or Add with a tolerance beyond
//     LooseLimit; the row's Label prints the tolerance's width,
//     "consistent (±35 pts)".
//   - NotReproduced: AddNotReproduced and its range and condition variants:
//     ours is computed and is outside the source's claim, for the reason the
//     row carries. Such a row does not fail the table; it fails when ours
//     is inside the claim after all (the row should then be built with Add).
//   - NotAttempted: Table.Skip (one row) or Table.NotAttempted (the whole
//     table): there is no "ours" to compare (data absent, the synthetic
//     sample in use). Such a row never fails.
//
// The words String returns are stable: reports and their JSON use them.
type Status uint8

// The statuses, in the order scoreboards list them.
const (
	Reproduced Status = iota
	Consistent
	NotReproduced
	NotAttempted
)

// Statuses lists every status in scoreboard order.
var Statuses = []Status{Reproduced, Consistent, NotReproduced, NotAttempted}

// String returns "reproduced", "consistent", "not reproduced" or "not
// attempted".
func (s Status) String() string {
	switch s {
	case Reproduced:
		return "reproduced"
	case Consistent:
		return "consistent"
	case NotReproduced:
		return "not reproduced"
	case NotAttempted:
		return "not attempted"
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// outcome records what a constructor declared beyond the row's claim: the
// zero value lets the claim and the tolerance decide (Reproduced or
// Consistent).
type outcome uint8

const (
	byClaim outcome = iota
	declaredPrinted
	declaredNotReproduced
	declaredNotAttempted
)

// LooseLimit returns the largest tolerance of an Add row that still counts
// as reproduced: 10 percentage points (0.10) for a row in percent format;
// otherwise 25% of |source|, or 0.25 in the row's units when |source| <
// 1e-9 (a relative limit around zero means nothing, so the limit becomes
// absolute). A tolerance equal to the limit is within it.
func LooseLimit(source float64, f Format) float64 {
	switch {
	case f.Kind == PercentKind:
		return 0.10
	case math.Abs(source) < 1e-9:
		return 0.25
	}
	return 0.25 * math.Abs(source)
}

// Status returns the row's status (see Status for the rules).
func (r Row) Status() Status {
	switch {
	case r.outcome == declaredNotAttempted:
		return NotAttempted
	case r.outcome == declaredNotReproduced:
		return NotReproduced
	case r.outcome == declaredPrinted:
		return Reproduced
	case r.Claim != Value:
		return Consistent
	case r.Tol > LooseLimit(r.Source, r.Format)*(1+1e-9):
		return Consistent
	}
	return Reproduced
}

// Label returns the status as printed in a table's status column: the
// status word, with what makes a row only consistent: "consistent (±35
// pts)" for a tolerance beyond LooseLimit (pts are percentage points; bp
// for a basis-point row; the plain number otherwise), "consistent (range)"
// and "consistent (condition)".
func (r Row) Label() string {
	s := r.Status()
	if s != Consistent {
		return s.String()
	}
	switch r.Claim {
	case Interval:
		return "consistent (range)"
	case Condition:
		return "consistent (condition)"
	}
	return "consistent (±" + r.width() + ")"
}

// width prints the tolerance compactly in the row's unit with at most four
// significant digits: "35 pts", "12.5 bp", "0.5".
func (r Row) width() string {
	s, unit := r.Format.scale()
	switch r.Format.Kind {
	case PercentKind:
		unit = " pts"
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(r.Tol*s, 'g', 4, 64), 64)
	return strconv.FormatFloat(v, 'f', -1, 64) + unit
}

// Pass reports whether the row passes as its status requires: a reproduced
// or consistent row is within its tolerance (OK); a not-reproduced row has
// a computed "ours" outside its claim (inside it, the row is misfiled and
// fails so that the notebook is fixed); a not-attempted row always passes.
func (r Row) Pass() bool {
	switch r.Status() {
	case NotAttempted:
		return true
	case NotReproduced:
		return !math.IsNaN(r.Ours) && !r.OK()
	}
	return r.OK()
}
