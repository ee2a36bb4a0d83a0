package report

import (
	"strconv"
	"unicode"
)

// placeLess orders places naturally: "Table 5" before "Table 17", numbers
// compared as numbers, text as text.
func placeLess(a, b string) bool {
	ta, tb := tokens(a), tokens(b)
	for i := 0; i < len(ta) && i < len(tb); i++ {
		if ta[i] == tb[i] {
			continue
		}
		na, ea := strconv.Atoi(ta[i])
		nb, eb := strconv.Atoi(tb[i])
		if ea == nil && eb == nil {
			return na < nb
		}
		return ta[i] < tb[i]
	}
	return len(ta) < len(tb)
}

// tokens splits s into runs of digits and runs of other characters.
func tokens(s string) []string {
	var out []string
	cur, digit := "", false
	for i, r := range s {
		d := unicode.IsDigit(r)
		if i > 0 && d != digit {
			out = append(out, cur)
			cur = ""
		}
		cur += string(r)
		digit = d
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}
