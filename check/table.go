package check

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Row is one "source vs ours" comparison: the value the source prints, the
// value we compute, and the largest absolute difference accepted. Values are
// in the units of Format (decimals rendered as percent when Format is "%").
type Row struct {
	Name   string  // what is compared, e.g. "Table 5, MDP w_2"
	Source float64 // the source's value, as a decimal number (0.382 for 38.2%)
	Ours   float64 // our value, same units as Source
	Tol    float64 // largest accepted |Ours - Source|, same units
	Format Format  // how both values are printed
	Note   string  // optional remark (data differences, truncation, ...)
	Claim  Claim   // what the source states: a value, an interval or a condition
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

// Table is an ordered list of comparisons with a title.
type Table struct {
	Title string
	Rows  []Row
}

// New returns an empty table with the given title.
func New(title string) *Table { return &Table{Title: title} }

// Add appends a row with an explicit absolute tolerance, printed with format f.
// It panics if tol is negative or NaN (a programming error).
func (t *Table) Add(name string, source, ours, tol float64, f Format) *Table {
	if !(tol >= 0) {
		panic(fmt.Sprintf("check: Add %q: tolerance %v must be >= 0", name, tol))
	}
	t.Rows = append(t.Rows, Row{Name: name, Source: source, Ours: ours, Tol: tol, Format: f})
	return t
}

// AddPrinted appends a row whose source value is given as printed text and
// whose tolerance is one unit of the last printed digit. A trailing "%"
// means percent: "38.2%" is the decimal 0.382 with tolerance 0.001, and the
// row prints as percent. Without "%" the number is taken as is: "-0.40" has
// tolerance 0.01. It panics if printed is not a number (a programming error).
func (t *Table) AddPrinted(name, printed string, ours float64) *Table {
	v, tol, f, err := ParsePrinted(printed)
	if err != nil {
		panic(fmt.Sprintf("check: AddPrinted %q: %v", name, err))
	}
	return t.Add(name, v, ours, tol, f)
}

// AddRange appends a row whose source states a range rather than a number
// (a sign, an order of magnitude, "positive since 1990"): the row is within
// tolerance when lo <= ours <= hi, and prints its source as "[lo, hi]" and
// its difference as the distance outside the range (0 inside). It panics if
// lo > hi or either bound is NaN (a programming error).
func (t *Table) AddRange(name string, lo, hi, ours float64, f Format) *Table {
	if !(lo <= hi) {
		panic(fmt.Sprintf("check: AddRange %q: empty range [%v, %v]", name, lo, hi))
	}
	t.Add(name, (lo+hi)/2, ours, (hi-lo)/2, f)
	t.Rows[len(t.Rows)-1].Claim = Interval
	return t
}

// AddCondition appends a row for a qualitative statement of the source ("the
// correlation is negative after 2000", "3-year changes correlate more than
// 1-year changes") that our data satisfies or not; the row prints "holds"
// or "does not hold" and is out of tolerance when the statement does not
// hold.
func (t *Table) AddCondition(name string, holds bool) *Table {
	ours := 0.0
	if holds {
		ours = 1
	}
	t.Add(name, 1, ours, 0, Decimals(0))
	t.Rows[len(t.Rows)-1].Claim = Condition
	return t
}

// Bounds returns the interval [lo, hi] the row accepts for Ours.
func (r Row) Bounds() (lo, hi float64) { return r.Source - r.Tol, r.Source + r.Tol }

// Note sets the note of the last row added; it panics on an empty table.
func (t *Table) Note(note string) *Table {
	if len(t.Rows) == 0 {
		panic("check: Note on an empty table")
	}
	t.Rows[len(t.Rows)-1].Note = note
	return t
}

// ParsePrinted parses a number as a source prints it and returns its value,
// one unit of its last printed digit as tolerance, and the format to print it
// with. "38.2%" gives (0.382, 0.001, Percent(1)); "-17.78%" gives
// (-0.1778, 0.0001, Percent(2)); "7.75" gives (7.75, 0.01, Decimals(2)); "51"
// gives (51, 1, Decimals(0)). Thousands separators and a unicode minus are
// accepted.
func ParsePrinted(printed string) (value, tol float64, f Format, err error) {
	s := strings.TrimSpace(printed)
	s = strings.ReplaceAll(s, "\u2212", "-")
	s = strings.ReplaceAll(s, ",", "")
	percent := strings.HasSuffix(s, "%")
	s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	if s == "" {
		return 0, 0, Format{}, fmt.Errorf("empty number %q", printed)
	}
	value, err = strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(value) || math.IsInf(value, 0) {
		return 0, 0, Format{}, fmt.Errorf("not a printed number: %q", printed)
	}
	decimals := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		decimals = len(s) - i - 1
	}
	if strings.ContainsAny(s, "eE") {
		return 0, 0, Format{}, fmt.Errorf("exponent notation has no printed digit: %q", printed)
	}
	tol = math.Pow(10, -float64(decimals))
	if percent {
		return value / 100, tol / 100, Percent(decimals), nil
	}
	return value, tol, Decimals(decimals), nil
}

// Failures returns the rows outside their tolerance, in table order.
func (t *Table) Failures() []Row {
	var out []Row
	for _, r := range t.Rows {
		if !r.OK() {
			out = append(out, r)
		}
	}
	return out
}

// Err returns nil when every row is within tolerance, else an error naming
// the table and every failing row with both values and the tolerance.
func (t *Table) Err() error {
	fails := t.Failures()
	if len(fails) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "check %q: %d of %d rows out of tolerance:", t.Title, len(fails), len(t.Rows))
	for _, r := range fails {
		switch r.Claim {
		case Interval:
			fmt.Fprintf(&b, "\n  %s: source %s, ours %s, outside the range by %s",
				r.Name, r.SourceText(), r.OursText(), r.DiffText())
			continue
		case Condition:
			fmt.Fprintf(&b, "\n  %s: does not hold", r.Name)
			continue
		}
		fmt.Fprintf(&b, "\n  %s: source %s, ours %s, diff %s > tol %s",
			r.Name, r.SourceText(), r.OursText(), r.DiffText(), r.TolText())
	}
	return fmt.Errorf("%s", b.String())
}

// Must panics with Err's message when a row is out of tolerance. Notebook
// check cells call it so that CI fails, naming the row.
func (t *Table) Must() {
	if err := t.Err(); err != nil {
		panic(err.Error())
	}
}
