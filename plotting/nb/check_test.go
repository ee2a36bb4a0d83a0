package nb

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/janpfeifer/gonb/gonbui/protocol"

	"github.com/stockbond/sbcorr/check"
)

// newCell simulates the start of a new cell program: the process state
// (keys seen, rows kept in memory) starts empty, as in a new process.
func newCell() {
	mu.Lock()
	defer mu.Unlock()
	seen, memory = nil, nil
}

// session makes t run in a GoNB kernel session of its own (GONB_TMP_DIR a
// fresh directory) for notebook name ("" for an interactive session).
func session(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("GONB_TMP_DIR", dir)
	t.Setenv(NotebookEnv, name)
	newCell()
	t.Cleanup(newCell)
	return filepath.Join(dir, SessionFile)
}

// panics returns the message of f's panic, "" when it does not panic.
func panics(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(string)
		}
	}()
	f()
	return ""
}

func cellA() *check.Comparison {
	return check.New("Table 1").From(check.Paper, "Table 1").
		AddPrinted("pi_B", "-0.40%", -0.0040).
		Add("loose", 0.05, 0.2, 0.35, check.Percent(1)).
		AddNotReproduced("pi_S", 0.05, 0.031, 0.01, check.Percent(1), "shorter sample")
}

func cellB() *check.Comparison {
	return check.New("Table 24").From(check.Paper, "Table 24").NotAttempted("synthetic sample in use").
		AddPrinted("1980-1999", "34.2%", 0.9).
		AddCondition("negative after 2000", true)
}

// The scoreboard counts the rows of every cell of a session: two cells,
// two programs, one file.
func TestScoreboardCountsAcrossCells(t *testing.T) {
	path := session(t, "05_risk_premia")
	Check(cellA())
	newCell()
	Check(cellB())
	newCell()
	recs, err := Checked()
	if err != nil {
		t.Fatal(err)
	}
	c := check.Tally(recs)
	want := check.Counts{Reproduced: 1, Consistent: 1, NotReproduced: 1, NotAttempted: 2}
	if c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
	if recs[0].Key != "05_risk_premia/Table 1/pi_B" || recs[4].Key != "05_risk_premia/Table 24/negative after 2000" {
		t.Errorf("keys or order: %q ... %q", recs[0].Key, recs[4].Key)
	}
	b, err := os.ReadFile(path)
	if err != nil || strings.Count(string(b), "\n") != 5 {
		t.Errorf("session file: %v\n%s", err, b)
	}
	Scoreboard() // outside a notebook it displays nothing, but reads the session
}

func TestRepeatedKeyInAHeadlessRunPanics(t *testing.T) {
	session(t, "05_risk_premia")
	Check(cellA())
	newCell()
	msg := panics(func() { Check(cellA()) })
	if !strings.Contains(msg, `nb: Check "Table 1": row key "05_risk_premia/Table 1/pi_B" was already checked in an earlier cell`) {
		t.Errorf("panic %q", msg)
	}
	if recs, _ := Checked(); len(recs) != 3 {
		t.Errorf("the repeated table was recorded: %d rows", len(recs))
	}
}

// Interactively (no notebook name) a cell may run again: its rows replace
// the earlier ones, in place.
func TestCellRunAgainInteractivelyReplacesItsRows(t *testing.T) {
	session(t, "")
	Check(cellA())
	newCell()
	Check(cellB())
	newCell()
	again := check.New("Table 1").From(check.Paper, "Table 1").AddPrinted("pi_B", "-0.40%", -0.0041)
	Check(again)
	recs, err := Checked()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 || recs[0].Key != "/Table 1/pi_B" || *recs[0].Ours != -0.0041 {
		t.Errorf("rows after the re-run: %d, first %+v", len(recs), recs[0])
	}
}

func TestRepeatedKeyInOneCellPanics(t *testing.T) {
	session(t, "")
	Check(cellA())
	if msg := panics(func() { Check(cellA()) }); !strings.Contains(msg, "already checked in this cell") {
		t.Errorf("panic %q", msg)
	}
	dup := check.New("copied")
	dup.Rows = append(dup.Rows, cellA().Rows[0], cellA().Rows[0])
	if msg := panics(func() { Check(dup) }); !strings.Contains(msg, `row key "/copied/pi_B" appears twice in the table`) {
		t.Errorf("panic %q", msg)
	}
}

func TestCheckStillPanicsOnAFailingRow(t *testing.T) {
	session(t, "nb")
	bad := check.New("bad").AddPrinted("implied correlation", "38.2%", 0.40)
	msg := panics(func() { Check(bad) })
	if !strings.Contains(msg, "implied correlation: source 38.2%, ours 40.0%") {
		t.Errorf("panic %q", msg)
	}
	recs, _ := Checked()
	if len(recs) != 1 || recs[0].Pass {
		t.Errorf("a failing row is recorded with pass false: %+v", recs)
	}
}

// Outside GoNB the session is the process.
func TestOutsideGoNBTheSessionIsTheProcess(t *testing.T) {
	t.Setenv("GONB_TMP_DIR", "")
	t.Setenv(NotebookEnv, "")
	newCell()
	t.Cleanup(newCell)
	Check(cellA())
	Check(cellB())
	if recs, err := Checked(); err != nil || len(recs) != 5 {
		t.Errorf("Checked: %d rows, %v", len(recs), err)
	}
}

func TestUnreadableSessionFile(t *testing.T) {
	path := session(t, "nb")
	if err := os.WriteFile(path, []byte("{\"key\":\"a\"}\nnot json\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Checked(); err == nil || !strings.Contains(err.Error(), SessionFile+":2:") {
		t.Errorf("error %v, want one naming line 2", err)
	}
	if msg := panics(Scoreboard); !strings.HasPrefix(msg, "nb: Scoreboard: ") {
		t.Errorf("panic %q", msg)
	}
	if msg := panics(func() { Check(cellA()) }); !strings.Contains(msg, SessionFile+":2:") {
		t.Errorf("panic %q", msg)
	}
}

// The display of a check table survives the trip to GoNB's kernel (gob, as
// gonbui sends it) and back to JSON (as the kernel sends it to Jupyter)
// with its rows unchanged: nulls, booleans, numbers and text.
func TestCheckDisplayTravelsThroughGob(t *testing.T) {
	tab := cellA().Add("nan", 0.1, math.NaN(), 0.1, check.Percent(1)).AddCondition("c", true).Skip("no data")
	js := check.RecordsJSON(tab.Records("nb"))
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(bundle(tab.HTML(), CheckMIME, js)); err != nil {
		t.Fatal(err)
	}
	var got protocol.DisplayData
	if err := gob.NewDecoder(&buf).Decode(&got); err != nil {
		t.Fatal(err)
	}
	back, err := json.Marshal(got.Data[CheckMIME])
	if err != nil {
		t.Fatal(err)
	}
	var want any
	if err := json.Unmarshal(js, &want); err != nil {
		t.Fatal(err)
	}
	wantJS, _ := json.Marshal(want) // the kernel's encoding: map keys sorted
	if !bytes.Equal(back, wantJS) || got.Data[protocol.MIMETextHTML] != tab.HTML() {
		t.Errorf("after gob:\n%s\nwant\n%s", back, wantJS)
	}
}
