package scripts_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
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
	writeRaw(t, path, append([]map[string]any{quick.Cells[0]}, codeCells(cells...)...))
}

// writeCells writes a notebook made of the given code cells only.
func writeCells(t *testing.T, path string, cells ...string) {
	t.Helper()
	writeRaw(t, path, codeCells(cells...))
}

// codeCells returns notebook code cells holding the given sources.
func codeCells(cells ...string) []map[string]any {
	var out []map[string]any
	for i, src := range cells {
		out = append(out, map[string]any{"cell_type": "code", "id": "t" + string(rune('a'+i)),
			"metadata": map[string]any{}, "source": src, "outputs": []any{}, "execution_count": nil})
	}
	return out
}

// writeRaw writes a notebook with the given cells and the gonb kernelspec.
func writeRaw(t *testing.T, path string, cells []map[string]any) {
	t.Helper()
	doc := map[string]any{"nbformat": 4, "nbformat_minor": 5, "cells": cells,
		"metadata": map[string]any{"kernelspec": map[string]any{"name": "gonb", "display_name": "Go (gonb)", "language": "go"}}}
	b, err := json.Marshal(doc)
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

// runawayCell is a cell that ignores SIGINT, SIGTERM and SIGHUP, starts a
// child in its own session (so outside the kernel's process group), writes
// "cellPID childPID pipe pipeBack" to the file %q and then never returns.
const runawayCell = `import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"
)

%%%%
signal.Ignore(os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
child := exec.Command("sleep", "1000")
child.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
if err := child.Start(); err != nil {
	panic(err)
}
info := fmt.Sprintf("%%d %%d %%s %%s", os.Getpid(), child.Process.Pid, os.Getenv("GONB_PIPE"), os.Getenv("GONB_PIPE_BACK"))
if err := os.WriteFile(%q, []byte(info), 0o644); err != nil {
	panic(err)
}
for {
	time.Sleep(time.Second)
}`

// alive reports whether pid runs and is not a zombie.
func alive(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	s := string(b)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	return len(fields) > 0 && fields[0] != "Z"
}

// TestRunnerKillsWhatATimedOutCellStarted: after a cell times out, the
// cell's program (which ignores signals) and the process it started in
// another session are gone when the runner exits, and GoNB's named pipes
// are removed; the report names the cell and the timeout.
func TestRunnerKillsWhatATimedOutCellStarted(t *testing.T) {
	requireKernel(t)
	dir := t.TempDir()
	info := filepath.Join(dir, "pids")
	path := filepath.Join(dir, "97_runaway.ipynb")
	writeCells(t, path, fmt.Sprintf(runawayCell, info))
	cmd := exec.Command("/usr/bin/python3", "nbexec.py", "--out", filepath.Join(dir, "out"), "--timeout", "8", path)
	text, err := cmd.CombinedOutput()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 1 {
		t.Fatalf("runner on a runaway cell: err %v, want exit status 1; output:\n%s", err, text)
	}
	for _, want := range []string{"97_runaway.ipynb", "cell 1 failed", "cell timed out"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("runner output lacks %q:\n%s", want, text)
		}
	}
	b, err := os.ReadFile(info)
	if err != nil {
		t.Fatalf("the cell did not run: %v\n%s", err, text)
	}
	var cellPID, childPID int
	var pipe, pipeBack string
	if _, err := fmt.Sscanf(string(b), "%d %d %s %s", &cellPID, &childPID, &pipe, &pipeBack); err != nil {
		t.Fatalf("pids file %q: %v", b, err)
	}
	for _, pid := range []int{cellPID, childPID} {
		if alive(pid) {
			syscall.Kill(pid, syscall.SIGKILL)
			t.Errorf("process %d survived the runner", pid)
		}
	}
	for _, p := range []string{pipe, pipeBack} {
		if _, err := os.Lstat(p); err == nil {
			os.Remove(p)
			t.Errorf("named pipe %s left behind", p)
		}
	}
}

// TestMakePassesCellTimeout: `make notebooks NBTIMEOUT=s` gives the runner
// its per-cell timeout; without it the runner picks its default.
func TestMakePassesCellTimeout(t *testing.T) {
	out, err := exec.Command("make", "-C", "..", "-n", "notebooks", "NB=00", "NBTIMEOUT=7").Output()
	if err != nil || !strings.Contains(string(out), "scripts/nbexec.py --timeout 7 ") {
		t.Errorf("make -n notebooks NBTIMEOUT=7: %v\n%s", err, out)
	}
	out, err = exec.Command("make", "-C", "..", "-n", "notebooks", "NB=00").Output()
	if err != nil || strings.Contains(string(out), "--timeout") {
		t.Errorf("make -n notebooks: %v\n%s", err, out)
	}
}
