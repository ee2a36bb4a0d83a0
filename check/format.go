package check

import (
	"fmt"
	"math"
	"strconv"
	"strings"
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

// String names the format as the call that makes it: "Percent(2)",
// "BP(1)", "Decimals(0)" (the "format" field of a Record).
func (f Format) String() string {
	switch f.Kind {
	case PercentKind:
		return fmt.Sprintf("Percent(%d)", f.Decimals)
	case BasisPoints:
		return fmt.Sprintf("BP(%d)", f.Decimals)
	}
	return fmt.Sprintf("Decimals(%d)", f.Decimals)
}

func (f Format) scale() (float64, string) {
	switch f.Kind {
	case PercentKind:
		return 100, "%"
	case BasisPoints:
		return 1e4, " bp"
	}
	return 1, ""
}

// Value prints v in the format, for example "38.20%". A value that rounds
// to zero prints without a sign ("0.00 bp", never "-0.00 bp"); NaN prints
// "NaN".
func (f Format) Value(v float64) string { return f.fixed(v, f.Decimals) }

// Diff prints a difference or tolerance in the format's unit with two more
// decimals than the values, so a difference below the printed digit shows.
// Like Value, a difference that rounds to zero has no sign.
func (f Format) Diff(v float64) string { return f.fixed(v, f.Decimals+2) }

// fixed prints v in the format's unit with d decimals, dropping the minus
// sign of a negative number that rounds to zero (-0.00001 with 4 decimals
// prints "0.0000", and so does -0).
func (f Format) fixed(v float64, d int) string {
	if math.IsNaN(v) {
		return "NaN"
	}
	s, unit := f.scale()
	out := strconv.FormatFloat(v*s, 'f', d, 64)
	if strings.HasPrefix(out, "-") && strings.Trim(out, "-0.") == "" {
		out = out[1:]
	}
	return out + unit
}
