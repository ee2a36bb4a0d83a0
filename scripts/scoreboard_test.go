package scripts_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestScoreboardInAKernel runs a notebook whose cells check two tables and
// end with nb.Scoreboard in a real GoNB kernel: the scoreboard counts the
// rows of both earlier cells (each cell is a separate program), and the
// executed notebook holds the rows and the counts as JSON, with keys naming
// the notebook (SBCORR_NOTEBOOK, set by the runner).
func TestScoreboardInAKernel(t *testing.T) {
	requireKernel(t)
	dir, err := os.MkdirTemp(".", "nbexec-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	path := filepath.Join(dir, "97_scoreboard.ipynb")
	writeNotebook(t, path, "sbcorr", "%noautoget",
		"import (\n\t\"github.com/stockbond/sbcorr/check\"\n\t\"github.com/stockbond/sbcorr/plotting/nb\"\n)\n\n%%\n"+
			"nb.Check(check.New(\"A\").From(check.Paper, \"Table 1\").AddPrinted(\"x\", \"38.2%\", 0.382).\n"+
			"\tAddNotReproduced(\"y\", 0.5, 0.08, 0.1, check.Percent(1), \"other data\"))",
		"%%\nnb.Check(check.New(\"B\").NotAttempted(\"synthetic sample\").AddCondition(\"z\", true))",
		"%%\nnb.Scoreboard()")
	out := filepath.Join(dir, "out")
	if text, err := exec.Command("/usr/bin/python3", "nbexec.py", "--out", out, path).CombinedOutput(); err != nil {
		t.Fatalf("runner: %v\n%s", err, text)
	}
	b, err := os.ReadFile(filepath.Join(out, "97_scoreboard.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	var executed struct {
		Cells []struct {
			Outputs []struct {
				Data map[string]json.RawMessage `json:"data"`
			} `json:"outputs"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(b, &executed); err != nil {
		t.Fatal(err)
	}
	var keys []string
	var board struct {
		Notebook string         `json:"notebook"`
		Rows     int            `json:"rows"`
		Counts   map[string]int `json:"counts"`
	}
	for _, c := range executed.Cells {
		for _, o := range c.Outputs {
			if raw, ok := o.Data["application/vnd.sbcorr.check+json"]; ok {
				var v struct {
					Rows []struct{ Key string } `json:"rows"`
				}
				if err := json.Unmarshal(raw, &v); err != nil {
					t.Fatalf("check JSON is not an object: %v: %s", err, raw)
				}
				for _, r := range v.Rows {
					keys = append(keys, r.Key)
				}
			}
			if raw, ok := o.Data["application/vnd.sbcorr.scoreboard+json"]; ok {
				if err := json.Unmarshal(raw, &board); err != nil {
					t.Fatalf("scoreboard JSON: %v: %s", err, raw)
				}
			}
		}
	}
	if len(keys) != 3 || keys[0] != "97_scoreboard/A/x" || keys[2] != "97_scoreboard/B/z" {
		t.Errorf("row keys in the executed notebook: %q", keys)
	}
	if board.Notebook != "97_scoreboard" || board.Rows != 3 || board.Counts["reproduced"] != 1 ||
		board.Counts["not reproduced"] != 1 || board.Counts["not attempted"] != 1 {
		t.Errorf("scoreboard %+v", board)
	}
}
