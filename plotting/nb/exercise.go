package nb

import (
	"fmt"
	"html"
	"strings"

	"github.com/stockbond/sbcorr/exercise"
)

// Exercise shows the verdict of a training exercise's check cell
// (notebooks/exercises): "correct: all N checks of TASK hold" when every
// answer holds; otherwise the problems and hints (which input, what was
// expected and about how large, the likely mistake; see package exercise),
// and then it panics with the same text, so that the cell fails with its
// explanation:
//
//	nb.Exercise(exercise.New("bond price").Number("price(5%, 4%, 10)", price(0.05, 0.04, 10), want, 1e-9))
func Exercise(c *exercise.Check) {
	err := c.Err()
	if err == nil {
		HTML(`<div style="font:14px sans-serif;color:#1a7f37">&#10004; ` + html.EscapeString(c.Verdict()) + `</div>`)
		return
	}
	lines := strings.Split(err.Error(), "\n")
	head := c.Task + ": " + strings.TrimPrefix(lines[0], fmt.Sprintf("exercise: Check %q: ", c.Task))
	var b strings.Builder
	b.WriteString(`<div style="font:14px sans-serif;color:#b42318">&#10008; ` + html.EscapeString(head) + `<ul>`)
	for _, l := range lines[1:] {
		if p, ok := strings.CutPrefix(l, "- "); ok {
			b.WriteString("<li>" + html.EscapeString(p) + "</li>")
		}
	}
	b.WriteString("</ul>")
	for _, l := range lines[1:] {
		if h, ok := strings.CutPrefix(l, "Hint: "); ok {
			b.WriteString(`<div style="color:#444"><b>Hint:</b> ` + html.EscapeString(h) + "</div>")
		}
	}
	HTML(b.String() + "</div>")
	panic(err.Error())
}
