package check

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// HTML renders the table as a self-contained HTML table: name, source, ours,
// difference, tolerance, status (a red "FAIL" for rows out of tolerance) and
// note.
func (t *Table) HTML() string {
	var b strings.Builder
	b.WriteString(`<table class="sbcorr-check" style="border-collapse:collapse;font-family:sans-serif;font-size:13px">`)
	if t.Title != "" {
		fmt.Fprintf(&b, `<caption style="font-weight:bold;text-align:left">%s</caption>`, html.EscapeString(t.Title))
	}
	b.WriteString(`<tr>`)
	for _, h := range header {
		fmt.Fprintf(&b, `<th style="border-bottom:1px solid #444;padding:2px 8px">%s</th>`, h)
	}
	b.WriteString(`</tr>`)
	for _, r := range t.Rows {
		status, style := "ok", "color:#1a7f37"
		if !r.OK() {
			status, style = "FAIL", "color:#fff;background:#cf222e;font-weight:bold"
		}
		cells := r.cells()
		b.WriteString(`<tr>`)
		for i, c := range cells {
			st := "padding:2px 8px;text-align:right"
			if i == 0 || i == len(cells)-1 {
				st = "padding:2px 8px;text-align:left"
			}
			if i == 5 {
				c, st = status, st+";"+style
			}
			fmt.Fprintf(&b, `<td style="%s">%s</td>`, st, html.EscapeString(c))
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</table>`)
	return b.String()
}

// Markdown renders the table as a GitHub-flavoured Markdown table.
func (t *Table) Markdown() string {
	var b strings.Builder
	if t.Title != "" {
		fmt.Fprintf(&b, "**%s**\n\n", t.Title)
	}
	b.WriteString("| " + strings.Join(header, " | ") + " |\n")
	b.WriteString("|" + strings.Repeat("---|", len(header)) + "\n")
	for _, r := range t.Rows {
		b.WriteString("| " + strings.Join(r.cells(), " | ") + " |\n")
	}
	return b.String()
}

// String renders the table as aligned plain text (for logs and go test).
func (t *Table) String() string {
	rows := [][]string{header}
	for _, r := range t.Rows {
		rows = append(rows, r.cells())
	}
	width := make([]int, len(header))
	for _, row := range rows {
		for i, c := range row {
			width[i] = max(width[i], len(c))
		}
	}
	var b strings.Builder
	if t.Title != "" {
		b.WriteString(t.Title + "\n")
	}
	for _, row := range rows {
		var line strings.Builder
		for i, c := range row {
			fmt.Fprintf(&line, "%-*s  ", width[i], c)
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	return b.String()
}

var header = []string{"", "source", "ours", "diff", "tol", "status", "note"}

func (r Row) cells() []string {
	status := "ok"
	if !r.OK() {
		status = "FAIL"
	}
	return []string{r.Name, r.SourceText(), r.OursText(), r.DiffText(), r.TolText(), status, r.Note}
}

// SourceText returns the source column as printed: the value, "[lo, hi]"
// for an Interval row, "holds" for a Condition row.
func (r Row) SourceText() string {
	switch r.Claim {
	case Interval:
		lo, hi := r.Bounds()
		return "[" + r.Format.Value(lo) + ", " + r.Format.Value(hi) + "]"
	case Condition:
		return "holds"
	}
	return r.Format.Value(r.Source)
}

// OursText returns the ours column as printed: the value, or "holds" / "does
// not hold" for a Condition row.
func (r Row) OursText() string {
	if r.Claim == Condition {
		if r.OK() {
			return "holds"
		}
		return "does not hold"
	}
	return r.Format.Value(r.Ours)
}

// DiffText returns the diff column as printed: Ours - Source, the distance
// from Ours to the range for an Interval row (0 inside it), empty for a
// Condition row.
func (r Row) DiffText() string {
	switch r.Claim {
	case Interval:
		return r.Format.Diff(r.distanceOutside())
	case Condition:
		return ""
	}
	return r.Format.Diff(r.Diff())
}

// TolText returns the tolerance column as printed ("range" for an Interval
// row, empty for a Condition row).
func (r Row) TolText() string {
	switch r.Claim {
	case Interval:
		return "range"
	case Condition:
		return ""
	}
	return r.Format.Diff(r.Tol)
}

// distanceOutside is the signed distance from Ours to [lo, hi] (0 inside,
// NaN for NaN).
func (r Row) distanceOutside() float64 {
	lo, hi := r.Bounds()
	switch {
	case math.IsNaN(r.Ours):
		return math.NaN()
	case r.Ours < lo:
		return r.Ours - lo
	case r.Ours > hi:
		return r.Ours - hi
	}
	return 0
}
