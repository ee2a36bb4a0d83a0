package check

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Row is one "source vs ours" comparison: the value the source prints, the
// value we compute, and the largest absolute difference accepted. Values are
// in the units of Format (decimals rendered as percent when Format is "%").
// Its Status follows from the constructor that added it (see Status); Doc
// and Place say where the source value is printed.
type Row struct {
	Name   string  // what is compared, e.g. "Table 5, MDP w_2"
	Source float64 // the source's value, as a decimal number (0.382 for 38.2%)
	Ours   float64 // our value, same units as Source
	Tol    float64 // largest accepted |Ours - Source|, same units
	Format Format  // how both values are printed
	Note   string  // optional remark (data differences, truncation, ...)
	Claim  Claim   // what the source states: a value, an interval or a condition
	Doc    Doc     // the source document (Table.From, Table.Cite); zero when unnamed
	Place  string  // where in Doc: "Table 5", "Figure 17", "eq. (12)", "p. 34"
	Reason string  // why the row is not reproduced or not attempted

	outcome outcome // set only by AddPrinted, AddNotReproduced*, Skip and NotAttempted
}

// Claim says what a row's source states.
type Claim uint8

const (
	// Value is a number, matched within Tol (Add, AddPrinted).
	Value Claim = iota
	// Interval is a range [Source-Tol, Source+Tol] (AddRange); the row prints
	// its source as "[lo, hi]" and its diff as the distance outside it.
	Interval
	// Condition is a statement that holds or not (AddCondition); Source is 1,
	// Ours is 1 when it holds and 0 when not, Tol is 0.
	Condition
)

// Diff returns Ours - Source.
func (r Row) Diff() float64 { return r.Ours - r.Source }

// OK reports whether the row is within tolerance. NaN values are never OK.
func (r Row) OK() bool {
	d := math.Abs(r.Diff())
	return !math.IsNaN(d) && d <= r.Tol*(1+1e-9)+1e-15
}

// Comparison is an ordered list of comparisons with a title. Title and row
// names make each row's key (see Key): a row name appears once per table.
type Comparison struct {
	Title string
	Rows  []Row

	doc   Doc    // default source document of new rows (From)
	place string // default place of new rows (From)
	skip  string // reason every row is not attempted (NotAttempted)
}

// New returns an empty table with the given title.
func New(title string) *Comparison { return &Comparison{Title: title} }

// Add appends a row with an explicit absolute tolerance, printed with format f.
// The row is Reproduced when tol is within LooseLimit(source, f), else
// Consistent. It panics if tol is negative or NaN, or if the table already
// has a row with this name (programming errors).
func (t *Comparison) Add(name string, source, ours, tol float64, f Format) *Comparison {
	if !(tol >= 0) {
		panic(fmt.Sprintf("check: Add %q: tolerance %v must be >= 0", name, tol))
	}
	return t.add(Row{Name: name, Source: source, Ours: ours, Tol: tol, Format: f})
}

// add appends r with the table's defaults (source, place, not attempted);
// it panics if the row's name is already in the table.
func (t *Comparison) add(r Row) *Comparison {
	for _, old := range t.Rows {
		if old.Name == r.Name {
			panic(fmt.Sprintf("check: Add %q: table %q already has a row of this name (keys must be unique)", r.Name, t.Title))
		}
	}
	if r.Doc == (Doc{}) && r.Place == "" {
		r.Doc, r.Place = t.doc, t.place
	}
	if t.skip != "" {
		r.outcome, r.Reason = declaredNotAttempted, t.skip
	}
	t.Rows = append(t.Rows, r)
	return t
}

// AddPrinted appends a row whose source value is given as printed text and
// whose tolerance is one unit of the last printed digit. A trailing "%"
// means percent: "38.2%" is the decimal 0.382 with tolerance 0.001, and the
// row prints as percent. Without "%" the number is taken as is: "-0.40" has
// tolerance 0.01. The row is Reproduced, whatever the width of the digit.
// It panics if printed is not a number (a programming error).
func (t *Comparison) AddPrinted(name, printed string, ours float64) *Comparison {
	p, err := ParsePrinted(printed)
	if err != nil {
		panic(fmt.Sprintf("check: Comparison.AddPrinted: row %q: %v", name, err))
	}
	return t.add(Row{Name: name, Source: p.Value, Ours: ours, Tol: p.Tol, Format: p.Format, outcome: declaredPrinted})
}

// AddRange appends a row whose source states a range rather than a number
// (a sign, an order of magnitude, "positive since 1990"): the row is within
// tolerance when lo <= ours <= hi, and prints its source as "[lo, hi]" and
// its difference as the distance outside the range (0 inside). It panics if
// lo > hi or either bound is NaN (a programming error). The row is
// Consistent, however narrow the range.
func (t *Comparison) AddRange(name string, lo, hi, ours float64, f Format) *Comparison {
	return t.add(rangeRow("AddRange", name, lo, hi, ours, f))
}

// rangeRow is an Interval row; it panics naming method if lo > hi or a
// bound is NaN.
func rangeRow(method, name string, lo, hi, ours float64, f Format) Row {
	if !(lo <= hi) {
		panic(fmt.Sprintf("check: %s %q: empty range [%v, %v]", method, name, lo, hi))
	}
	return Row{Name: name, Source: (lo + hi) / 2, Ours: ours, Tol: (hi - lo) / 2, Format: f, Claim: Interval}
}

// AddCondition appends a row for a qualitative statement of the source ("the
// correlation is negative after 2000", "3-year changes correlate more than
// 1-year changes") that our data satisfies or not; the row prints "holds"
// or "does not hold" and is out of tolerance when the statement does not
// hold. The row is Consistent.
func (t *Comparison) AddCondition(name string, holds bool) *Comparison {
	return t.add(conditionRow(name, holds))
}

// conditionRow is a Condition row: Source 1, Ours 1 when the statement
// holds and 0 when not, Tol 0.
func conditionRow(name string, holds bool) Row {
	ours := 0.0
	if holds {
		ours = 1
	}
	return Row{Name: name, Source: 1, Ours: ours, Format: Decimals(0), Claim: Condition}
}

// Bounds returns the interval [lo, hi] the row accepts for Ours.
func (r Row) Bounds() (lo, hi float64) { return r.Source - r.Tol, r.Source + r.Tol }

// Note sets the note of the last row added; it panics on an empty table.
func (t *Comparison) Note(note string) *Comparison {
	t.last("Note").Note = note
	return t
}

// Printed is a number as a source prints it.
type Printed struct {
	Value  float64 // the number; a percentage as a decimal ("38.2%" is 0.382)
	Tol    float64 // one unit of the last printed digit, in the units of Value
	Format Format  // the format that prints Value with the source's digits
}

// ParsePrinted parses a number as a source prints it: its value, one unit of
// its last printed digit as tolerance, and the format to print it with.
// "38.2%" gives {0.382, 0.001, Percent(1)}; "-17.78%" gives
// {-0.1778, 0.0001, Percent(2)}; "7.75" gives {7.75, 0.01, Decimals(2)};
// "51" gives {51, 1, Decimals(0)}. Thousands separators and a unicode minus
// are accepted; an empty string, exponent notation, NaN and infinities are
// errors.
func ParsePrinted(printed string) (Printed, error) {
	s := strings.TrimSpace(printed)
	s = strings.ReplaceAll(s, "\u2212", "-")
	s = strings.ReplaceAll(s, ",", "")
	percent := strings.HasSuffix(s, "%")
	s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	if s == "" {
		return Printed{}, fmt.Errorf("check: ParsePrinted: empty number %q", printed)
	}
	value, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(value) || math.IsInf(value, 0) {
		return Printed{}, fmt.Errorf("check: ParsePrinted: not a printed number: %q", printed)
	}
	decimals := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		decimals = len(s) - i - 1
	}
	if strings.ContainsAny(s, "eE") {
		return Printed{}, fmt.Errorf("check: ParsePrinted: exponent notation has no printed digit: %q", printed)
	}
	tol := math.Pow(10, -float64(decimals))
	if percent {
		return Printed{value / 100, tol / 100, Percent(decimals)}, nil
	}
	return Printed{value, tol, Decimals(decimals)}, nil
}

// Failures returns the rows that do not pass (see Row.Pass: out of
// tolerance, or a not-reproduced row that is inside its claim), in table
// order.
func (t *Comparison) Failures() []Row {
	var out []Row
	for _, r := range t.Rows {
		if !r.Pass() {
			out = append(out, r)
		}
	}
	return out
}

// Err returns nil when every row passes, else an error naming the table
// and every failing row with both values and the tolerance.
func (t *Comparison) Err() error {
	fails := t.Failures()
	if len(fails) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "check: Comparison.Err: table %q: %d of %d rows fail:", t.Title, len(fails), len(t.Rows))
	for _, r := range fails {
		b.WriteString("\n  " + r.failure())
	}
	return errors.New(b.String())
}

// failure says why a row does not pass.
func (r Row) failure() string {
	if r.Status() == NotReproduced {
		if math.IsNaN(r.Ours) {
			return fmt.Sprintf("%s: marked not reproduced but ours is NaN (use Skip when there is no value)", r.Name)
		}
		return fmt.Sprintf("%s: marked not reproduced (%s) but ours %s is inside the source's %s: "+
			"the row is reproduced or consistent, build it with Add, AddRange or AddCondition",
			r.Name, r.Reason, r.OursText(), r.claimText())
	}
	switch r.Claim {
	case Interval:
		return fmt.Sprintf("%s: source %s, ours %s, outside the range by %s",
			r.Name, r.SourceText(), r.OursText(), r.DiffText())
	case Condition:
		return fmt.Sprintf("%s: does not hold", r.Name)
	}
	return fmt.Sprintf("%s: source %s, ours %s, diff %s > tol %s",
		r.Name, r.SourceText(), r.OursText(), r.DiffText(), r.TolText())
}

// claimText describes the claim a not-reproduced row is compared with.
func (r Row) claimText() string {
	switch r.Claim {
	case Interval:
		return "range " + r.SourceText()
	case Condition:
		return "statement (it holds)"
	}
	return "value " + r.SourceText() + " ± " + r.TolText()
}

// Must panics with Err's message when a row does not pass. Notebook
// check cells call it so that CI fails, naming the row.
func (t *Comparison) Must() {
	if err := t.Err(); err != nil {
		panic(err.Error())
	}
}
