package plotting

import (
	"encoding/csv"
	"fmt"
	"html"
	"strconv"
	"strings"
)

// HTML renders the table as a self-contained HTML table (inline styles, so
// it survives notebook export): title as caption, numbers right-aligned,
// flagged cells in white on red, the note under the table.
func (t *Table) HTML() string {
	var b strings.Builder
	b.WriteString(`<table class="sbcorr-table" style="border-collapse:collapse;font-family:sans-serif;font-size:13px">`)
	if t.Title != "" {
		fmt.Fprintf(&b, `<caption style="font-weight:bold;text-align:left">%s</caption>`, html.EscapeString(t.Title))
	}
	b.WriteString(`<tr>`)
	for _, c := range t.Columns {
		fmt.Fprintf(&b, `<th style="border-bottom:1px solid #444;padding:2px 8px">%s</th>`, html.EscapeString(c.Name))
	}
	b.WriteString(`</tr>`)
	for _, row := range t.Rows {
		b.WriteString(`<tr>`)
		for j, cell := range row {
			st := "padding:2px 8px;text-align:right"
			if t.isText(j) {
				st = "padding:2px 8px;text-align:left"
			}
			if cell.Flag {
				st += ";color:#fff;background:#cf222e;font-weight:bold"
			}
			fmt.Fprintf(&b, `<td style="%s">%s</td>`, st, html.EscapeString(cell.String(t.Columns[j].Format)))
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</table>`)
	if t.Note != "" {
		fmt.Fprintf(&b, `<div style="font-family:sans-serif;font-size:11px;color:#555">%s</div>`, html.EscapeString(t.Note))
	}
	return b.String()
}

// Markdown renders the table as GitHub-flavoured Markdown: title in bold,
// numbers right-aligned, flagged cells in bold with a trailing "(!)".
func (t *Table) Markdown() string {
	var b strings.Builder
	if t.Title != "" {
		fmt.Fprintf(&b, "**%s**\n\n", mdEscape(t.Title))
	}
	var head, rule []string
	for j, c := range t.Columns {
		head = append(head, mdEscape(c.Name))
		if t.isText(j) {
			rule = append(rule, ":---")
		} else {
			rule = append(rule, "---:")
		}
	}
	b.WriteString("| " + strings.Join(head, " | ") + " |\n|" + strings.Join(rule, "|") + "|\n")
	for _, row := range t.Rows {
		cells := t.printedRow(row, mdEscape, func(s string) string { return "**" + s + "** (!)" })
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	if t.Note != "" {
		fmt.Fprintf(&b, "\n%s\n", mdEscape(t.Note))
	}
	return b.String()
}

// printedRow returns the cells of row as printed in their column formats,
// escaped for the output format, flagged cells wrapped by mark.
func (t *Table) printedRow(row []Cell, escape, mark func(string) string) []string {
	cells := make([]string, len(row))
	for j, cell := range row {
		cells[j] = escape(cell.String(t.Columns[j].Format))
		if cell.Flag {
			cells[j] = mark(cells[j])
		}
	}
	return cells
}

func mdEscape(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// LaTeX renders the table as a booktabs tabular inside a table environment
// with the title as caption: special characters escaped (so "38.2%" prints
// as 38.2\%), flagged cells in bold, the note as a footnotesize line.
func (t *Table) LaTeX() string {
	var b strings.Builder
	b.WriteString("\\begin{table}[htbp]\n\\centering\n")
	if t.Title != "" {
		fmt.Fprintf(&b, "\\caption{%s}\n", texEscape(t.Title))
	}
	align := ""
	head := make([]string, len(t.Columns))
	for j, c := range t.Columns {
		align += map[bool]string{true: "l", false: "r"}[t.isText(j)]
		head[j] = texEscape(c.Name)
	}
	fmt.Fprintf(&b, "\\begin{tabular}{%s}\n\\toprule\n%s \\\\\n\\midrule\n", align, strings.Join(head, " & "))
	for _, row := range t.Rows {
		cells := t.printedRow(row, texEscape, func(s string) string { return "\\textbf{" + s + "}" })
		b.WriteString(strings.Join(cells, " & ") + " \\\\\n")
	}
	b.WriteString("\\bottomrule\n\\end{tabular}\n")
	if t.Note != "" {
		fmt.Fprintf(&b, "\\par\\footnotesize %s\n", texEscape(t.Note))
	}
	b.WriteString("\\end{table}\n")
	return b.String()
}

var texReplacer = strings.NewReplacer(
	`\`, `\textbackslash{}`, `&`, `\&`, `%`, `\%`, `$`, `\$`, `#`, `\#`,
	`_`, `\_`, `{`, `\{`, `}`, `\}`, `~`, `\textasciitilde{}`, `^`, `\textasciicircum{}`, Missing, `--`,
)

func texEscape(s string) string { return texReplacer.Replace(s) }

// CSV renders the table as CSV for re-use in other tools: a header row, then
// numbers unformatted as decimals at CSVDigits significant digits (0.382,
// not "38.2%"),
// NaN as an empty field, text cells as text. A final column "flag" lists
// the names of the flagged columns of each row (separated by ";") when any
// cell is flagged.
func (t *Table) CSV() []byte {
	var b strings.Builder
	w := csv.NewWriter(&b)
	flags := t.anyFlag()
	head := make([]string, 0, len(t.Columns)+1)
	for _, c := range t.Columns {
		head = append(head, c.Name)
	}
	if flags {
		head = append(head, "flag")
	}
	_ = w.Write(head) // writes to a strings.Builder cannot fail
	for _, row := range t.Rows {
		rec := make([]string, 0, len(row)+1)
		var flagged []string
		for j, cell := range row {
			rec = append(rec, rawField(cell))
			if cell.Flag {
				flagged = append(flagged, t.Columns[j].Name)
			}
		}
		if flags {
			rec = append(rec, strings.Join(flagged, ";"))
		}
		_ = w.Write(rec)
	}
	w.Flush()
	return []byte(b.String())
}

func (t *Table) anyFlag() bool {
	for _, row := range t.Rows {
		for _, c := range row {
			if c.Flag {
				return true
			}
		}
	}
	return false
}

// CSVDigits is the number of significant digits of numbers in CSV: 15,
// the most that every decimal survives (a decimal of up to 15 digits read
// from a data file prints as written), so the noise of float arithmetic in
// the 16th-17th digit is not printed (0.99/100 prints 0.0099, not the
// shortest round-trip 0.009899999999999999); the printed number is within
// 5e-15 (relative) of the float. Trailing zeros are dropped, exponents
// are used below 1e-4 and from 1e15 (strconv's 'g' format).
const CSVDigits = 15

// rawField returns a cell for CSV: the number at CSVDigits when the cell
// holds one, else its text; "" for NaN without text.
func rawField(c Cell) string {
	if finite(c.Value) {
		return strconv.FormatFloat(c.Value, 'g', CSVDigits, 64)
	}
	return c.Text
}
