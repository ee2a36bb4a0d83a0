package notebooks_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The training exercises (notebooks/exercises, README's instructor's
// page) follow the notebook rules and the cell bars of the paper's
// notebooks, with two differences: the function a student completes (a
// cell tagged stub-NAME, and its solution) may be longer than
// maxFuncLines, since writing it is the exercise; and their lines count
// toward a total of their own, maxExerciseLines, not toward maxTotalLines,
// which budgets the reproduction of the sources. scripts/exercises.py
// (run by `make test`) executes them; this test guards their form.
const (
	maxExerciseLines = 700 // lines of code cells in all exercises and solutions
	// maxExercisesSeconds is the warm budget of one run of every exercise
	// with its stubs and one with its solutions; the exercises' budgets,
	// counted twice, must fit in it.
	maxExercisesSeconds = 120
)

type taggedNotebook struct {
	Cells []struct {
		CellType string          `json:"cell_type"`
		Source   json.RawMessage `json:"source"`
		Metadata struct {
			Tags []string `json:"tags"`
		} `json:"metadata"`
	} `json:"cells"`
}

// tagged returns, per cell, its tags.
func tagged(t *testing.T, path string) taggedNotebook {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var nb taggedNotebook
	if err := json.Unmarshal(b, &nb); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return nb
}

func stubTag(tags []string) string {
	for _, tag := range tags {
		if strings.HasPrefix(tag, "stub-") {
			return tag
		}
	}
	return ""
}

// checkForm checks the rules every committed notebook follows (kernel,
// format, ids, no outputs) and the cell bars, and returns the lines of its
// code cells.
func checkForm(t *testing.T, path string) int {
	nb, cells := load(t, path), tagged(t, path)
	if k := nb.Metadata.Kernelspec; k.Name != kernelName || k.DisplayName != kernelDisplayName {
		t.Errorf("%s: kernelspec %q (%q), want %q (%q)", path, k.Name, k.DisplayName, kernelName, kernelDisplayName)
	}
	if nb.NBFormat != 4 || nb.NBFormatMinor < 5 {
		t.Errorf("%s: nbformat %d.%d, want 4.5 or later", path, nb.NBFormat, nb.NBFormatMinor)
	}
	ids, total := map[string]bool{}, 0
	for i, c := range nb.Cells {
		if c.ID == "" || ids[c.ID] {
			t.Errorf("%s: cell %d: missing or duplicate id %q", path, i+1, c.ID)
		}
		ids[c.ID] = true
		if c.CellType != "code" {
			continue
		}
		if len(c.Outputs) > 0 || c.ExecutionCount != nil {
			t.Errorf("%s: cell %d has outputs or an execution count: commit notebooks without outputs", path, i+1)
		}
		n, problems := cellStats(source(t, c.Source))
		total += n
		if n > maxCellLines {
			problems = append(problems, fmt.Sprintf("%d lines (max %d)", n, maxCellLines))
		}
		for _, p := range problems {
			if stubTag(cells.Cells[i].Metadata.Tags) != "" && strings.HasPrefix(p, "func ") {
				continue // the function to write may be longer
			}
			t.Errorf("%s cell %d: %s", path, i+1, p)
		}
	}
	return total
}

func TestExercises(t *testing.T) {
	paths, err := filepath.Glob("exercises/*.ipynb")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no exercises in notebooks/exercises (%v)", err)
	}
	lines, budget := 0, 0.0
	for _, path := range paths {
		if !namePattern.MatchString(filepath.Base(path)) {
			t.Errorf("%s: name must be NN_topic.ipynb", path)
		}
		nb := load(t, path)
		if got := source(t, nb.Cells[0].Source); got != firstCell {
			t.Errorf("%s: first cell is %q, want %q", path, got, firstCell)
		}
		if b := nb.Metadata.SBCorr.BudgetSeconds; b <= 0 {
			t.Errorf("%s: metadata.sbcorr.budget_seconds missing", path)
		} else {
			budget += 2 * b
		}
		solution := filepath.Join("exercises", "solutions", filepath.Base(path))
		lines += checkForm(t, path) + checkForm(t, solution)
		checkPairs(t, path, solution)
	}
	t.Logf("%d exercises: %d lines of code (exercises and solutions), budgets %.0fs for both runs", len(paths), lines, budget)
	if lines > maxExerciseLines {
		t.Errorf("exercises hold %d lines of Go, over %d", lines, maxExerciseLines)
	}
	if budget > maxExercisesSeconds {
		t.Errorf("exercise budgets sum to %gs for the two runs, over %ds", budget, maxExercisesSeconds)
	}
}

// checkPairs checks that every stub of the exercise has a solution cell
// with its tag and the other way round, and that a check cell follows
// every stub.
func checkPairs(t *testing.T, path, solution string) {
	var stubs, answers []string
	checkAfter := true
	for _, c := range tagged(t, path).Cells {
		if tag := stubTag(c.Metadata.Tags); tag != "" {
			if !checkAfter {
				t.Errorf("%s: no check cell between the stubs before %s", path, tag)
			}
			stubs, checkAfter = append(stubs, tag), false
		}
		if slices.Contains(c.Metadata.Tags, "check") {
			checkAfter = true
		}
	}
	if len(stubs) == 0 || !checkAfter {
		t.Errorf("%s: want stub cells (tag stub-NAME), each followed by a check cell (tag check)", path)
	}
	for _, c := range tagged(t, solution).Cells {
		if tag := stubTag(c.Metadata.Tags); tag != "" {
			answers = append(answers, tag)
		}
	}
	slices.Sort(stubs)
	slices.Sort(answers)
	if !slices.Equal(stubs, answers) {
		t.Errorf("%s: stubs %v, but %s answers %v", path, stubs, solution, answers)
	}
}
