package report

import (
	"fmt"
	"html"
	"sort"
	"strings"

	"github.com/stockbond/sbcorr/check"
)

// rowsByKey indexes the report's rows.
func (r Report) rowsByKey() map[string]check.Record {
	m := make(map[string]check.Record, len(r.Rows))
	for _, row := range r.Rows {
		m[row.Key] = row
	}
	return m
}

// countsLine prints counts as "N rows: a reproduced, b consistent, ...".
func countsLine(c check.Counts) string {
	parts := []string{fmt.Sprintf("%d rows", c.Total())}
	for _, s := range check.Statuses {
		parts = append(parts, fmt.Sprintf("%d %s", c.Of(s), s))
	}
	if c.Failed > 0 {
		parts = append(parts, fmt.Sprintf("%d FAILED", c.Failed))
	}
	return strings.Join(parts, ", ")
}

// note returns the reason or note of a row.
func note(row check.Record) string {
	parts := []string{}
	if row.Reason != "" {
		parts = append(parts, row.Reason)
	}
	if row.Note != "" {
		parts = append(parts, row.Note)
	}
	return strings.Join(parts, "; ")
}

// Markdown renders the report as GitHub-flavoured Markdown.
func (r Report) Markdown() string {
	var b strings.Builder
	md := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "|", "\\|"), "\n", " ") }
	fmt.Fprintf(&b, "# Reproduction report\n\nCommit `%s`; %s.\n\n", r.Module.Commit, tools(r.Module))
	fmt.Fprintf(&b, "**All notebooks:** %s.\n\n", countsLine(r.Counts))
	b.WriteString("| notebook | run | rows | reproduced | consistent | not reproduced | not attempted | data files |\n|---|---|---:|---:|---:|---:|---:|---|\n")
	for _, nb := range r.Notebooks {
		c := nb.Counts
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d | %d | %s |\n", nb.Name, nb.Status, c.Total(),
			c.Reproduced, c.Consistent, c.NotReproduced, c.NotAttempted, md(strings.Join(nb.Data, ", ")))
	}
	rows := r.rowsByKey()
	for _, d := range r.Docs {
		fmt.Fprintf(&b, "\n## %s\n\n%s.\n", md(d.Citation), countsLine(d.Counts))
		for _, e := range d.Exhibits {
			fmt.Fprintf(&b, "\n### %s\n\n| notebook | table | row | status | source | ours | tolerance | reason, note |\n|---|---|---|---|---:|---:|---:|---|\n", md(placeOr(e.Place)))
			for _, k := range e.Keys {
				row := rows[k]
				fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", row.Notebook, md(row.Table), md(row.Row),
					md(row.Label), md(row.SourceText), md(row.OursText), md(tolText(row)), md(note(row)))
			}
		}
	}
	b.WriteString("\n## Data files\n\n| file | sha256 | first | last | rows | notebooks | source |\n|---|---|---|---|---:|---|---|\n")
	for _, f := range r.Data {
		fmt.Fprintf(&b, "| %s | `%s` | %s | %s | %d | %s | %s |\n", f.Name, f.SHA256, f.First, f.Last, f.Rows,
			strings.Join(f.Notebooks, ", "), f.Source)
	}
	return b.String()
}

// tools prints the toolchain versions in a fixed order.
func tools(m Module) string {
	keys := make([]string, 0, len(m.Tools))
	for k := range m.Tools {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+" "+m.Tools[k])
	}
	return strings.Join(parts, ", ")
}

// placeOr names a place, or says there is none.
func placeOr(p string) string {
	if p == "" {
		return "(no place named)"
	}
	return p
}

// tolText prints a row's tolerance as its table does (nothing for a row
// not attempted).
func tolText(row check.Record) string {
	if row.Status == check.NotAttempted.String() {
		return ""
	}
	return row.TolText
}

// statusStyle colours a status cell as check tables do.
var statusStyle = map[string]string{
	"reproduced":     "color:#1a7f37",
	"consistent":     "color:#0550ae",
	"not reproduced": "color:#9a6700;background:#fff8c5;font-weight:bold",
	"not attempted":  "color:#6e7781;font-style:italic",
}

// HTML renders the report as a self-contained HTML page (inline styles, no
// script).
func (r Report) HTML() string {
	var b strings.Builder
	e := html.EscapeString
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>sbcorr reproduction report</title>` +
		`<style>body{font-family:sans-serif;max-width:1200px;margin:2em auto;color:#24292f}` +
		`table{border-collapse:collapse;margin:0.5em 0 1.5em;font-size:13px}td,th{border:1px solid #d0d7de;padding:3px 7px;text-align:left}` +
		`th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:12px}</style></head><body>`)
	fmt.Fprintf(&b, "<h1>Reproduction report</h1><p>Commit <code>%s</code>; %s.</p><p><b>All notebooks:</b> %s.</p>",
		e(r.Module.Commit), e(tools(r.Module)), e(countsLine(r.Counts)))
	b.WriteString(`<table class="notebooks"><tr><th>notebook</th><th>run</th><th>rows</th><th>reproduced</th><th>consistent</th><th>not reproduced</th><th>not attempted</th><th>data files</th></tr>`)
	for _, nb := range r.Notebooks {
		c := nb.Counts
		fmt.Fprintf(&b, `<tr><td>%s</td><td>%s</td><td class="n">%d</td><td class="n">%d</td><td class="n">%d</td><td class="n">%d</td><td class="n">%d</td><td>%s</td></tr>`,
			e(nb.Name), e(nb.Status), c.Total(), c.Reproduced, c.Consistent, c.NotReproduced, c.NotAttempted, e(strings.Join(nb.Data, ", ")))
	}
	b.WriteString("</table>")
	rows := r.rowsByKey()
	for _, d := range r.Docs {
		fmt.Fprintf(&b, "<h2>%s</h2><p>%s.</p>", e(d.Citation), e(countsLine(d.Counts)))
		for _, ex := range d.Exhibits {
			fmt.Fprintf(&b, `<h3>%s</h3><table class="rows"><tr><th>notebook</th><th>table</th><th>row</th><th>status</th><th>source</th><th>ours</th><th>tolerance</th><th>reason, note</th></tr>`, e(placeOr(ex.Place)))
			for _, k := range ex.Keys {
				row := rows[k]
				st := statusStyle[row.Status]
				label := row.Label
				if !row.Pass {
					st, label = "color:#fff;background:#cf222e;font-weight:bold", "FAIL: "+label
				}
				fmt.Fprintf(&b, `<tr><td>%s</td><td>%s</td><td>%s</td><td style="%s">%s</td><td class="n">%s</td><td class="n">%s</td><td class="n">%s</td><td>%s</td></tr>`,
					e(row.Notebook), e(row.Table), e(row.Row), st, e(label), e(row.SourceText), e(row.OursText), e(tolText(row)), e(note(row)))
			}
			b.WriteString("</table>")
		}
	}
	b.WriteString(`<h2>Data files</h2><table class="data"><tr><th>file</th><th>sha256</th><th>first</th><th>last</th><th>rows</th><th>notebooks</th><th>source</th></tr>`)
	for _, f := range r.Data {
		fmt.Fprintf(&b, `<tr><td>%s</td><td><code>%s</code></td><td>%s</td><td>%s</td><td class="n">%d</td><td>%s</td><td>%s</td></tr>`,
			e(f.Name), e(f.SHA256), e(f.First), e(f.Last), f.Rows, e(strings.Join(f.Notebooks, ", ")), e(f.Source))
	}
	b.WriteString("</table></body></html>\n")
	return b.String()
}
