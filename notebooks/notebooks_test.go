// Package notebooks holds the GoNB notebooks; this test guards their form.
// Executing them is the job of scripts/nbexec.py (`make notebooks`, `make
// test`), so that each notebook runs exactly once per test command.
package notebooks_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

type notebook struct {
	NBFormat      int `json:"nbformat"`
	NBFormatMinor int `json:"nbformat_minor"`
	Metadata      struct {
		Kernelspec struct {
			Name        string `json:"name"`
			DisplayName string `json:"display_name"`
		} `json:"kernelspec"`
		SBCorr struct {
			BudgetSeconds float64 `json:"budget_seconds"`
		} `json:"sbcorr"`
	} `json:"metadata"`
	Cells []struct {
		ID             string          `json:"id"`
		CellType       string          `json:"cell_type"`
		Source         json.RawMessage `json:"source"`
		Outputs        []any           `json:"outputs"`
		ExecutionCount *int            `json:"execution_count"`
	} `json:"cells"`
}

// source joins a cell source stored as a string or a list of lines.
func source(t *testing.T, raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var lines []string
	if err := json.Unmarshal(raw, &lines); err != nil {
		t.Fatalf("cell source is neither a string nor a list of strings: %v", err)
	}
	return strings.Join(lines, "")
}

func load(t *testing.T, path string) notebook {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var nb notebook
	if err := json.Unmarshal(b, &nb); err != nil {
		t.Fatalf("%s: not a notebook: %v", path, err)
	}
	return nb
}

// suiteBudgetSeconds is the warm time budget of the whole notebook suite on
// the project's 2-core machine (10 minutes); the notebooks' own budgets must
// fit in it.
const suiteBudgetSeconds = 600

var namePattern = regexp.MustCompile(`^[0-9]{2}_[a-z0-9_]+\.ipynb$`)

// The notebooks run on the toolkit's kernel, "Go (sbcorr)" (scripts/setup.sh
// registers it): GoNB started with the repository as its go.work, so a
// notebook imports the toolkit wherever it is saved, with no set-up cell.
// Their first cell only turns off GoNB's `go get` before every cell, which
// the workspace makes useless and which doubles a notebook's warm time.
// (Workspace mode rejects `%goflags -mod=mod`, and a `go mod edit` cell
// breaks outside the repository.)
const (
	kernelName        = "sbcorr"
	kernelDisplayName = "Go (sbcorr)"
	firstCell         = "%noautoget"
)

func TestNotebooksAreCommittedClean(t *testing.T) {
	paths, err := filepath.Glob("*.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	var total float64
	for _, path := range paths {
		nb := load(t, path)
		if !namePattern.MatchString(path) {
			t.Errorf("%s: name must be NN_topic.ipynb", path)
		}
		if nb.NBFormat != 4 || nb.NBFormatMinor < 5 {
			t.Errorf("%s: nbformat %d.%d, want 4.5 or later (cell ids)", path, nb.NBFormat, nb.NBFormatMinor)
		}
		if k := nb.Metadata.Kernelspec; k.Name != kernelName || k.DisplayName != kernelDisplayName {
			t.Errorf("%s: kernelspec %q (%q), want %q (%q)", path, k.Name, k.DisplayName, kernelName, kernelDisplayName)
		}
		if b := nb.Metadata.SBCorr.BudgetSeconds; b <= 0 {
			t.Errorf("%s: metadata.sbcorr.budget_seconds missing: give the notebook a warm time budget (DEVELOPERS.md)", path)
		} else {
			total += b
		}
		if len(nb.Cells) == 0 {
			t.Errorf("%s: no cells", path)
			continue
		}
		if got := source(t, nb.Cells[0].Source); got != firstCell || nb.Cells[0].CellType != "code" {
			t.Errorf("%s: first cell is %q, want the code cell %q (see firstCell)", path, got, firstCell)
		}
		ids := map[string]bool{}
		for i, c := range nb.Cells {
			if c.ID == "" || ids[c.ID] {
				t.Errorf("%s: cell %d: missing or duplicate id %q", path, i+1, c.ID)
			}
			ids[c.ID] = true
			if c.CellType == "code" && (len(c.Outputs) > 0 || c.ExecutionCount != nil) {
				t.Errorf("%s: cell %d has outputs or an execution count: commit notebooks without outputs", path, i+1)
			}
		}
	}
	if total > suiteBudgetSeconds {
		t.Errorf("notebook budgets sum to %gs, over the suite's %gs (warm)", total, float64(suiteBudgetSeconds))
	}
}
