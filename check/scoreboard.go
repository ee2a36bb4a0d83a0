package check

import (
	"encoding/json"
	"fmt"
	"html"
	"strings"
)

// Counts is the number of rows per status, and of rows that fail.
type Counts struct {
	Reproduced    int `json:"reproduced"`
	Consistent    int `json:"consistent"`
	NotReproduced int `json:"not reproduced"`
	NotAttempted  int `json:"not attempted"`
	Failed        int `json:"failed"` // rows with Pass false, whatever their status
}

// Of returns the count of status s.
func (c Counts) Of(s Status) int {
	switch s {
	case Reproduced:
		return c.Reproduced
	case Consistent:
		return c.Consistent
	case NotReproduced:
		return c.NotReproduced
	case NotAttempted:
		return c.NotAttempted
	}
	return 0
}

// Total returns the number of rows counted.
func (c Counts) Total() int { return c.Reproduced + c.Consistent + c.NotReproduced + c.NotAttempted }

// Tally counts records by status (Record.Status, the words of
// Status.String). It panics on a record whose status is none of them.
func Tally(recs []Record) Counts {
	var c Counts
	for _, r := range recs {
		switch r.Status {
		case Reproduced.String():
			c.Reproduced++
		case Consistent.String():
			c.Consistent++
		case NotReproduced.String():
			c.NotReproduced++
		case NotAttempted.String():
			c.NotAttempted++
		default:
			panic(fmt.Sprintf("check: Tally: record %q has an unknown status %q", r.Key, r.Status))
		}
		if !r.Pass {
			c.Failed++
		}
	}
	return c
}

// DuplicateKey returns the first key that two records share, in record
// order, and whether there is one.
func DuplicateKey(recs []Record) (string, bool) {
	seen := make(map[string]bool, len(recs))
	for _, r := range recs {
		if seen[r.Key] {
			return r.Key, true
		}
		seen[r.Key] = true
	}
	return "", false
}

// Scoreboard summarises the check rows of a notebook: counts per status,
// the rows not reproduced with their reasons, and the reasons rows were not
// attempted. Records are in the order the notebook checked them.
type Scoreboard struct {
	Notebook string
	Records  []Record
}

// meaning says in words what each status means, for scoreboards.
var meaning = map[Status]string{
	Reproduced:    "to the printed digit, or within a tight tolerance",
	Consistent:    "within a loose tolerance, a range, or a statement that holds",
	NotReproduced: "computed, outside the source's claim, for the reason given",
	NotAttempted:  "no value of ours (data absent, synthetic sample)",
}

// tables returns the number of distinct table titles.
func (s Scoreboard) tables() int {
	seen := map[string]bool{}
	for _, r := range s.Records {
		seen[r.Table] = true
	}
	return len(seen)
}

// title is the scoreboard's heading.
func (s Scoreboard) title() string {
	name := s.Notebook
	if name == "" {
		name = "this notebook"
	}
	return fmt.Sprintf("Scoreboard of %s: %d check rows in %d tables", name, len(s.Records), s.tables())
}

// whereRecord prints a record's source: the document's short label (its ID
// when it is not one of Docs) and the place.
func whereRecord(r Record) string {
	doc := r.Doc
	for _, d := range Docs {
		if d.ID == r.Doc {
			doc = d.Short
		}
	}
	switch {
	case doc == "":
		return r.Place
	case r.Place == "":
		return doc
	}
	return doc + ", " + r.Place
}

// skipReasons returns the distinct reasons of the rows not attempted, in
// order of first appearance, with their counts.
func (s Scoreboard) skipReasons() (reasons []string, n map[string]int) {
	n = map[string]int{}
	for _, r := range s.Records {
		if r.Status != NotAttempted.String() {
			continue
		}
		if n[r.Reason] == 0 {
			reasons = append(reasons, r.Reason)
		}
		n[r.Reason]++
	}
	return reasons, n
}

// String renders the scoreboard as plain text.
func (s Scoreboard) String() string {
	var b strings.Builder
	c := Tally(s.Records)
	b.WriteString(s.title() + "\n")
	for _, st := range Statuses {
		fmt.Fprintf(&b, "  %-15s %4d  %s\n", st, c.Of(st), meaning[st])
	}
	if c.Failed > 0 {
		fmt.Fprintf(&b, "  %-15s %4d  rows that fail their table\n", "FAIL", c.Failed)
	}
	for _, r := range s.Records {
		if r.Status == NotReproduced.String() {
			fmt.Fprintf(&b, "not reproduced: %s / %s (%s): source %s, ours %s: %s\n",
				r.Table, r.Row, whereRecord(r), r.SourceText, r.OursText, r.Reason)
		}
	}
	reasons, n := s.skipReasons()
	for _, why := range reasons {
		fmt.Fprintf(&b, "not attempted: %d rows: %s\n", n[why], why)
	}
	return b.String()
}

// HTML renders the scoreboard as self-contained HTML: a table of counts per
// status (coloured as in Table.HTML, with what each status means), the
// rows not reproduced (table, row, source, values, reason) and the reasons
// rows were not attempted with their counts.
func (s Scoreboard) HTML() string {
	const cell = `<td style="padding:2px 8px;text-align:%s%s">%s</td>`
	var b strings.Builder
	c := Tally(s.Records)
	b.WriteString(`<div class="sbcorr-scoreboard">`)
	fmt.Fprintf(&b, `<table style="`+tableStyle+`"><caption style="font-weight:bold;text-align:left">%s</caption>`, html.EscapeString(s.title()))
	for _, st := range Statuses {
		fmt.Fprintf(&b, `<tr>`+cell+cell+cell+`</tr>`, "left", ";"+statusStyles[st], st,
			"right", "", fmt.Sprint(c.Of(st)), "left", ";color:#555", html.EscapeString(meaning[st]))
	}
	if c.Failed > 0 {
		fmt.Fprintf(&b, `<tr>`+cell+cell+cell+`</tr>`, "left", ";"+failStyle, "FAIL",
			"right", "", fmt.Sprint(c.Failed), "left", ";color:#555", "rows that fail their table")
	}
	b.WriteString(`</table>`)
	if c.NotReproduced > 0 {
		b.WriteString(subTable("Not reproduced", "table", "row", "where", "source", "ours", "reason"))
		for _, r := range s.Records {
			if r.Status != NotReproduced.String() {
				continue
			}
			b.WriteString(`<tr>`)
			for i, v := range []string{r.Table, r.Row, whereRecord(r), r.SourceText, r.OursText, r.Reason} {
				align := map[bool]string{true: "right", false: "left"}[i == 3 || i == 4]
				fmt.Fprintf(&b, cell, align, "", html.EscapeString(v))
			}
			b.WriteString(`</tr>`)
		}
		b.WriteString(`</table>`)
	}
	if reasons, n := s.skipReasons(); len(reasons) > 0 {
		b.WriteString(subTable("Not attempted", "rows", "reason"))
		for _, why := range reasons {
			fmt.Fprintf(&b, `<tr>`+cell+cell+`</tr>`, "right", "", fmt.Sprint(n[why]), "left", "", html.EscapeString(why))
		}
		b.WriteString(`</table>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

// subTable opens a scoreboard's secondary table: its caption and header.
func subTable(caption string, head ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<table style="%s;margin-top:6px"><caption style="font-weight:bold;text-align:left">%s</caption><tr>`, tableStyle, caption)
	for _, h := range head {
		fmt.Fprintf(&b, `<th style="border-bottom:1px solid #444;padding:2px 8px">%s</th>`, h)
	}
	return b.String() + `</tr>`
}

// JSON returns the scoreboard's summary as one JSON object: {"version",
// "notebook", "tables", "rows", "counts"} (counts as in Counts).
func (s Scoreboard) JSON() []byte {
	b, err := json.Marshal(struct {
		Version  int    `json:"version"`
		Notebook string `json:"notebook"`
		Tables   int    `json:"tables"`
		Rows     int    `json:"rows"`
		Counts   Counts `json:"counts"`
	}{RecordsVersion, s.Notebook, s.tables(), len(s.Records), Tally(s.Records)})
	if err != nil { // only strings and ints
		panic(fmt.Sprintf("check: Scoreboard.JSON: %v", err))
	}
	return b
}
