package check

import (
	"fmt"
	"math"
	"strconv"
)

// Format says how a value is printed: as a decimal number with a fixed
// number of decimals, as percent (the value is a decimal, 0.382 prints
// "38.2%"), or as basis points (0.0125 prints "125.0 bp").
type Format struct {
	Kind     Kind
	Decimals int
}

// Kind is the unit a Format prints in.
type Kind int

// The kinds of Format.
const (
	Plain       Kind = iota // the number as is
	PercentKind             // decimal printed as percent
	BasisPoints             // decimal printed as basis points
)

// Decimals returns a plain format with d decimals.
func Decimals(d int) Format { return Format{Kind: Plain, Decimals: d} }

// Percent returns a format printing decimals as percent with d decimals.
func Percent(d int) Format { return Format{Kind: PercentKind, Decimals: d} }

// BP returns a format printing decimals as basis points with d decimals.
func BP(d int) Format { return Format{Kind: BasisPoints, Decimals: d} }

func (f Format) scale() (float64, string) {
	switch f.Kind {
	case PercentKind:
		return 100, "%"
	case BasisPoints:
		return 1e4, " bp"
	}
	return 1, ""
}

// Value prints v in the format, for example "38.20%".
func (f Format) Value(v float64) string {
	if math.IsNaN(v) {
		return "NaN"
	}
	s, unit := f.scale()
	return strconv.FormatFloat(v*s, 'f', f.Decimals, 64) + unit
}

// Diff prints a difference or tolerance in the format's unit with two more
// decimals than the values, so a difference below the printed digit shows.
func (f Format) Diff(v float64) string {
	if math.IsNaN(v) {
		return "NaN"
	}
	s, unit := f.scale()
	return fmt.Sprintf("%.*f%s", f.Decimals+2, v*s, unit)
}
