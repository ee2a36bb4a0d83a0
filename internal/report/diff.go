package report

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/stockbond/sbcorr/check"
)

// Change is a row whose value, source or status differs between two
// reports, or that only one of them has.
type Change struct {
	Key      string
	Old, New *check.Record // nil when the row is absent from that report
}

// String prints the change on one line: the key and, for each field that
// changed, old -> new.
func (c Change) String() string {
	switch {
	case c.Old == nil:
		return fmt.Sprintf("+ %s: %s, ours %s", c.Key, c.New.Label, c.New.OursText)
	case c.New == nil:
		return fmt.Sprintf("- %s: %s, ours %s", c.Key, c.Old.Label, c.Old.OursText)
	}
	var parts []string
	for _, f := range []struct {
		name, old, new string
		moved          bool
	}{
		{"status", c.Old.Label, c.New.Label, false},
		{"ours", full(c.Old.Ours, c.Old.OursText), full(c.New.Ours, c.New.OursText), moved(c.Old.Ours, c.New.Ours)},
		{"source", c.Old.SourceText, c.New.SourceText, moved(c.Old.Source, c.New.Source)},
	} {
		if f.old != f.new || f.moved {
			parts = append(parts, fmt.Sprintf("%s %s -> %s", f.name, f.old, f.new))
		}
	}
	return fmt.Sprintf("~ %s: %s", c.Key, strings.Join(parts, "; "))
}

// Diff returns the rows whose value, source or status changed from base to
// cur, and the rows added or removed, sorted by key. Values change when
// they differ by more than 1e-12 relatively (rounding noise of a different
// summation order is no change), even below the printed digit.
func Diff(base, cur Report) []Change {
	old, now := base.rowsByKey(), cur.rowsByKey()
	var out []Change
	for k, n := range now {
		o, ok := old[k]
		switch {
		case !ok:
			out = append(out, Change{Key: k, New: &n})
		case o.Label != n.Label || o.OursText != n.OursText || o.SourceText != n.SourceText ||
			moved(o.Ours, n.Ours) || moved(o.Source, n.Source):
			out = append(out, Change{Key: k, Old: &o, New: &n})
		}
	}
	for k, o := range old {
		if _, ok := now[k]; !ok {
			out = append(out, Change{Key: k, Old: &o})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// moved reports whether two optional values differ by more than 1e-12
// relatively, or only one is present.
func moved(a, b *float64) bool {
	if a == nil || b == nil {
		return (a == nil) != (b == nil)
	}
	return math.Abs(*a-*b) > 1e-12*math.Max(math.Abs(*a), math.Abs(*b))
}

// full prints a value as its row does and, after it, with every digit.
func full(v *float64, printed string) string {
	if v == nil {
		return printed
	}
	return fmt.Sprintf("%s (%.10g)", printed, *v)
}
