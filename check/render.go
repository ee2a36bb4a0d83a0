package check

import (
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"
)

// HTML renders the table as a self-contained HTML table (inline styles, so
// it survives notebook export): name, source, ours, difference, tolerance,
// status, the source's place when rows differ in it, and note. The status
// cell is coloured by status: reproduced green, consistent blue, not
// reproduced bold amber on light yellow (marked, not a failure), not
// attempted grey italic; a row that fails shows "FAIL: <label>" in white on
// red. A source shared by every row is printed once under the title, with
// the full citation as its tooltip.
func (t *Comparison) HTML() string {
	var b strings.Builder
	b.WriteString(`<table class="sbcorr-check" style="` + tableStyle + `">`)
	doc, caption, where := t.sourceLayout()
	if t.Title != "" || caption != "" {
		b.WriteString(`<caption style="text-align:left">`)
		fmt.Fprintf(&b, `<span style="font-weight:bold">%s</span>`, html.EscapeString(t.Title))
		if caption != "" {
			fmt.Fprintf(&b, `<br><span style="font-size:11px;color:#555" title="%s">Source: %s</span>`,
				html.EscapeString(doc.Citation), html.EscapeString(caption))
		}
		b.WriteString(`</caption>`)
	}
	head := t.header(where)
	b.WriteString(`<tr>`)
	for _, h := range head {
		fmt.Fprintf(&b, `<th style="border-bottom:1px solid #444;padding:2px 8px">%s</th>`, h)
	}
	b.WriteString(`</tr>`)
	for _, r := range t.Rows {
		cells := r.cells(doc, where)
		b.WriteString(`<tr>`)
		for i, c := range cells {
			st := "padding:2px 8px;text-align:right"
			if i == 0 || i >= statusColumn {
				st = "padding:2px 8px;text-align:left"
			}
			if i == statusColumn {
				st += ";" + r.statusStyle()
			}
			fmt.Fprintf(&b, `<td style="%s">%s</td>`, st, html.EscapeString(c))
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</table>`)
	return b.String()
}

// tableStyle is the inline style of check and scoreboard tables.
const tableStyle = "border-collapse:collapse;font-family:sans-serif;font-size:13px"

// statusStyle is the inline style of the row's status cell.
func (r Row) statusStyle() string {
	if !r.Pass() {
		return failStyle
	}
	return statusStyles[r.Status()]
}

// The inline styles of status cells: readable colours, and a not-reproduced
// row marked (bold amber on light yellow) without looking like a failure.
var statusStyles = map[Status]string{
	Reproduced:    "color:#1a7f37",
	Consistent:    "color:#0550ae",
	NotReproduced: "color:#7d4e00;background:#fff1c2;font-weight:bold",
	NotAttempted:  "color:#57606a;font-style:italic",
}

// failStyle marks a row that fails its table: white on red.
const failStyle = "color:#fff;background:#cf222e;font-weight:bold"

// Markdown renders the table as a GitHub-flavoured Markdown table (the
// columns of HTML, the shared source as a line under the title).
func (t *Comparison) Markdown() string {
	var b strings.Builder
	doc, caption, where := t.sourceLayout()
	if t.Title != "" {
		fmt.Fprintf(&b, "**%s**\n\n", t.Title)
	}
	if caption != "" {
		fmt.Fprintf(&b, "Source: %s\n\n", caption)
	}
	head := t.header(where)
	b.WriteString("| " + strings.Join(head, " | ") + " |\n")
	b.WriteString("|" + strings.Repeat("---|", len(head)) + "\n")
	for _, r := range t.Rows {
		b.WriteString("| " + strings.Join(r.cells(doc, where), " | ") + " |\n")
	}
	return b.String()
}

// String renders the table as aligned plain text (for logs and go test).
func (t *Comparison) String() string {
	doc, caption, where := t.sourceLayout()
	rows := [][]string{t.header(where)}
	for _, r := range t.Rows {
		rows = append(rows, r.cells(doc, where))
	}
	width := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, c := range row {
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	var b strings.Builder
	if t.Title != "" {
		b.WriteString(t.Title + "\n")
	}
	if caption != "" {
		b.WriteString("Source: " + caption + "\n")
	}
	for _, row := range rows {
		var line strings.Builder
		for i, c := range row {
			line.WriteString(c + strings.Repeat(" ", width[i]-len([]rune(c))+2))
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	return b.String()
}

// statusColumn is the index of the status column of cells.
const statusColumn = 5

// header returns the column names, with "where" when rows differ in their
// source place.
func (t *Comparison) header(where bool) []string {
	h := []string{"", "source", "ours", "diff", "tol", "status"}
	if where {
		h = append(h, "where")
	}
	return append(h, "note")
}

// sourceLayout decides how the rows' sources print. The reference document
// is the table's (From), else the one every row shares (zero if none). When
// every row has the reference document and one place, the caption line
// names both ("Portelli & Roncalli (2024), Table 5") and there is no
// "where" column; otherwise the caption names the reference document and a
// "where" column gives each row's place (with its document when it is
// another).
func (t *Comparison) sourceLayout() (doc Doc, caption string, where bool) {
	if len(t.Rows) == 0 {
		return t.doc, "", false
	}
	doc = t.doc
	if doc == (Doc{}) {
		doc = t.Rows[0].Doc
	}
	place, uniform := t.Rows[0].Place, true
	for _, r := range t.Rows {
		uniform = uniform && r.Doc == doc && r.Place == place
	}
	if uniform {
		return doc, t.Rows[0].Where(Doc{}), false
	}
	return doc, doc.Short, true
}

// cells returns the row as printed, with the "where" column (relative to
// the shared document doc) when where is set.
func (r Row) cells(doc Doc, where bool) []string {
	c := []string{r.Name, r.SourceText(), r.OursText(), r.DiffText(), r.TolText(), r.StatusText()}
	if where {
		c = append(c, r.Where(doc))
	}
	return append(c, r.NoteText())
}

// StatusText returns the status column as printed: the row's Label,
// preceded by "FAIL: " when the row does not pass.
func (r Row) StatusText() string {
	if !r.Pass() {
		return "FAIL: " + r.Label()
	}
	return r.Label()
}

// NoteText returns the note column as printed: the reason of a row not
// reproduced or not attempted, then its note, separated by "; ".
func (r Row) NoteText() string {
	switch {
	case r.Reason == "":
		return r.Note
	case r.Note == "":
		return r.Reason
	}
	return r.Reason + "; " + r.Note
}

// noOurs is how a not-attempted row prints its "ours" (an en dash).
const noOurs = "\u2013"

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

// OursText returns the ours column as printed: the value, "holds" / "does
// not hold" for a Condition row, an en dash for a row not attempted.
func (r Row) OursText() string {
	switch {
	case r.Status() == NotAttempted:
		return noOurs
	case r.Claim == Condition && r.OK():
		return "holds"
	case r.Claim == Condition:
		return "does not hold"
	}
	return r.Format.Value(r.Ours)
}

// DiffText returns the diff column as printed: Ours - Source, the distance
// from Ours to the range for an Interval row (0 inside it), empty for a
// Condition row and for a row not attempted.
func (r Row) DiffText() string {
	switch {
	case r.Status() == NotAttempted || r.Claim == Condition:
		return ""
	case r.Claim == Interval:
		return r.Format.Diff(r.distanceOutside())
	}
	return r.Format.Diff(r.Diff())
}

// TolText returns the tolerance column as printed ("range" for an Interval
// row, empty for a Condition row). A positive tolerance too small for the
// column's decimals prints in scientific notation in the format's unit
// ("1e-13%", not "0.0000%"), so a reader sees how tight an identity is.
func (r Row) TolText() string {
	switch r.Claim {
	case Interval:
		return "range"
	case Condition:
		return ""
	}
	out := r.Format.Diff(r.Tol)
	if r.Tol > 0 && strings.Trim(out, "0.% bp") == "" {
		s, unit := r.Format.scale()
		return strconv.FormatFloat(r.Tol*s, 'g', 2, 64) + unit
	}
	return out
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
