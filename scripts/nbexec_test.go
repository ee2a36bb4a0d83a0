package scripts_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// requireKernel skips the test when Jupyter or the gonb kernel is missing
// (`make test` runs scripts/setup.sh first, so there they are present).
func requireKernel(t *testing.T) {
	t.Helper()
	if _, err := os.Stat("/usr/bin/jupyter"); err != nil {
		t.Skip("Jupyter is not installed: run scripts/setup.sh")
	}
	out, err := exec.Command("/usr/bin/jupyter", "kernelspec", "list").Output()
	if err != nil || !strings.Contains(string(out), "gonb") {
		t.Skip("the gonb kernel is not registered: run scripts/setup.sh")
	}
}

// writeNotebook writes a notebook whose first cell is the quickstart's and
// whose other cells are the given code sources.
func writeNotebook(t *testing.T, path string, cells ...string) {
	t.Helper()
	var quick struct {
		Cells []map[string]any `json:"cells"`
	}
	b, err := os.ReadFile("../notebooks/00_quickstart.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &quick); err != nil {
		t.Fatal(err)
	}
	nbCells := []map[string]any{quick.Cells[0]}
	for i, src := range cells {
		nbCells = append(nbCells, map[string]any{"cell_type": "code", "id": "t" + string(rune('a'+i)),
			"metadata": map[string]any{}, "source": src, "outputs": []any{}, "execution_count": nil})
	}
	doc := map[string]any{"nbformat": 4, "nbformat_minor": 5, "cells": nbCells,
		"metadata": map[string]any{"kernelspec": map[string]any{"name": "gonb", "display_name": "Go (gonb)", "language": "go"}}}
	b, err = json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRunnerNamesTheFailingCheck breaks a number in a check cell and expects
// the runner to fail naming the notebook, the cell, its source and the panic
// message with the failing row, while still writing the executed notebook.
func TestRunnerNamesTheFailingCheck(t *testing.T) {
	requireKernel(t)
	// The notebook must live inside the module for its first cell to work.
	dir, err := os.MkdirTemp(".", "nbexec-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	path := filepath.Join(dir, "98_broken.ipynb")
	writeNotebook(t, path,
		"import (\n\t\"fmt\"\n\t\"github.com/stockbond/sbcorr/check\"\n\t\"github.com/stockbond/sbcorr/plotting/nb\"\n)\n\n%%\nfmt.Println(\"before the check\")",
		"%%\nt := check.New(\"broken\")\nt.AddPrinted(\"implied correlation\", \"38.2%\", 0.40)\nnb.Check(t)",
		"%%\nfmt.Println(\"never reached\")")
	out := filepath.Join(dir, "out")
	cmd := exec.Command("/usr/bin/python3", "nbexec.py", "--out", out, path)
	text, err := cmd.CombinedOutput()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 1 {
		t.Fatalf("runner on a broken notebook: err %v, want exit status 1; output:\n%s", err, text)
	}
	for _, want := range []string{
		"98_broken.ipynb", "FAIL", "cell 3 failed",
		`t.AddPrinted("implied correlation", "38.2%", 0.40)`,
		"implied correlation: source 38.2%, ours 40.0%",
	} {
		if !strings.Contains(string(text), want) {
			t.Errorf("runner output lacks %q:\n%s", want, text)
		}
	}
	executed, err := os.ReadFile(filepath.Join(out, "98_broken.ipynb"))
	if err != nil {
		t.Fatalf("executed notebook not written: %v", err)
	}
	if !strings.Contains(string(executed), "before the check") || strings.Contains(string(executed), "never reached\\n") {
		t.Errorf("executed notebook should keep outputs up to the failing cell and stop there")
	}
	if _, err := os.Stat(filepath.Join(out, "98_broken.html")); err != nil {
		t.Errorf("HTML report not written: %v", err)
	}
}
