package nb

import (
	"encoding/gob"
	"encoding/json"
	"fmt"

	"github.com/janpfeifer/gonb/gonbui"
	"github.com/janpfeifer/gonb/gonbui/protocol"

	"github.com/stockbond/sbcorr/check"
)

// The MIME types of the machine-readable outputs: a check table's rows
// ({"version", "rows": [check.Record...]}) and a scoreboard's summary
// (check.Scoreboard.JSON). Each is sent in the same display as the HTML:
// Jupyter shows the HTML, and the executed notebook keeps both, so a report
// reads the rows from the .ipynb without parsing HTML.
const (
	CheckMIME      = "application/vnd.sbcorr.check+json"
	ScoreboardMIME = "application/vnd.sbcorr.scoreboard+json"
)

// The JSON objects travel to GoNB as decoded JSON (maps, slices, strings,
// numbers, booleans and nil), which gob sends only for registered types;
// GoNB's kernel registers the same two.
func init() {
	gob.Register(map[string]any{})
	gob.Register([]any{})
}

// Check displays a "source vs ours" table (check.Comparison.HTML: each row's
// status and source) with its rows as JSON (CheckMIME), adds the rows to
// the session's scoreboard, and then panics, naming the rows, when a row
// fails (check.Comparison.Must: out of tolerance, or "not reproduced" while
// inside its claim). It also panics when a row's key
// (notebook/table/row, see check.Key) is not unique: twice in the table,
// twice in this cell, or, in a headless run, checked by an earlier cell
// (see NotebookEnv). Put it last in a check cell.
func Check(t *check.Comparison) {
	recs := t.Records(Notebook())
	err := record(recs)
	display(t.HTML(), CheckMIME, check.RecordsJSON(recs))
	if err != nil {
		panic(fmt.Sprintf("nb: Check %q: %v (keys are notebook/table/row: rename the table or the row)", t.Title, err))
	}
	t.Must()
}

// Scoreboard displays the scoreboard of the notebook run (check.Scoreboard
// of Checked: counts per status, the rows not reproduced with their
// reasons, the reasons rows were not attempted) with its summary as JSON
// (ScoreboardMIME). Every notebook ends with it. It panics if the session
// file cannot be read.
func Scoreboard() {
	recs, err := Checked()
	if err != nil {
		panic(fmt.Sprintf("nb: Scoreboard: %v", err))
	}
	s := check.Scoreboard{Notebook: Notebook(), Records: recs}
	display(s.HTML(), ScoreboardMIME, s.JSON())
}

// display sends one display with html and the JSON object js under mime,
// and waits until GoNB has taken it. Outside a notebook it does nothing.
func display(html, mime string, js []byte) {
	if !gonbui.IsNotebook {
		return
	}
	gonbui.SendData(bundle(html, mime, js))
	syncDisplays()
}

// bundle is the display of html with the JSON object js under mime, the
// object decoded so that Jupyter stores it as JSON, not as a string.
func bundle(html, mime string, js []byte) *protocol.DisplayData {
	var obj any
	if err := json.Unmarshal(js, &obj); err != nil { // js comes from json.Marshal
		panic(fmt.Sprintf("nb: Show: display: %v", err))
	}
	return &protocol.DisplayData{Data: map[protocol.MIMEType]any{protocol.MIMETextHTML: html, protocol.MIMEType(mime): obj}}
}
