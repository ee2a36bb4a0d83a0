package nb

import (
	"fmt"
	"html"

	"github.com/janpfeifer/gonb/gonbui"

	"github.com/stockbond/sbcorr/progress"
)

// Progress returns a progress.Func that draws a labelled progress bar in
// the notebook, updated in place (gonbui.UpdateHTML on one display block)
// each time the whole percentage changes, so a million calls cost a
// hundred updates. Outside a notebook it returns nil, which estimators
// treat as "do not report" (see progress.Report).
func Progress(label string) progress.Func {
	if !gonbui.IsNotebook {
		return nil
	}
	id := "sbcorr_progress_" + gonbui.UniqueID()
	last := -1
	return func(done, total int) {
		pct := 100
		if total > 0 {
			pct = min(max(100*done/total, 0), 100)
		}
		if pct == last {
			return
		}
		last = pct
		gonbui.UpdateHTML(id, progressHTML(label, done, total, pct))
	}
}

// progressHTML renders a bar filled to pct percent with "label: done/total".
func progressHTML(label string, done, total, pct int) string {
	return fmt.Sprintf(`<div style="font-family:sans-serif;font-size:12px">%s: %d/%d `+
		`<span style="display:inline-block;width:200px;height:10px;border:1px solid #888;vertical-align:middle">`+
		`<span style="display:block;width:%d%%;height:100%%;background:#0072B2"></span></span> %d%%</div>`,
		html.EscapeString(label), done, total, pct, pct)
}
