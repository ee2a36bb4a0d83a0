package scripts_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// gonbOnPath puts GOPATH/bin on PATH when GoNB is not on it (the Makefile
// does so for `make test`); it reports whether GoNB can then be found.
var gonbOnPath = sync.OnceValue(func() bool {
	if _, err := exec.LookPath("gonb"); err == nil {
		return true
	}
	gopath, err := exec.Command("go", "env", "GOPATH").Output()
	bin := filepath.Join(strings.TrimSpace(string(gopath)), "bin")
	if _, serr := os.Stat(filepath.Join(bin, "gonb")); err != nil || serr != nil {
		return false
	}
	os.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	return true
})

// requireKernel skips the test when Jupyter or GoNB is missing (`make test`
// runs scripts/setup.sh first, so there they are present). The tests that
// start kernels run in parallel: they mostly wait.
func requireKernel(t *testing.T) {
	t.Helper()
	if _, err := os.Stat("/usr/bin/jupyter"); err != nil {
		t.Skip("Jupyter is not installed: run scripts/setup.sh")
	}
	if !gonbOnPath() {
		t.Skip("GoNB is not installed: run scripts/setup.sh")
	}
	t.Parallel()
}

// writeNotebook writes a notebook made of the given code cells, run by the
// named kernel.
func writeNotebook(t *testing.T, path, kernel string, cells ...string) {
	t.Helper()
	var nbCells []map[string]any
	for i, src := range cells {
		nbCells = append(nbCells, map[string]any{"cell_type": "code", "id": "t" + string(rune('a'+i)),
			"metadata": map[string]any{}, "source": src, "outputs": []any{}, "execution_count": nil})
	}
	display := map[string]string{"sbcorr": "Go (sbcorr)", "gonb": "Go (gonb)"}[kernel]
	doc := map[string]any{"nbformat": 4, "nbformat_minor": 5, "cells": nbCells,
		"metadata": map[string]any{"kernelspec": map[string]any{"name": kernel, "display_name": display, "language": "go"}}}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// runNotebooks runs scripts/nbexec.py on the notebooks and returns its
// output, failing the test unless it exits with status want.
func runNotebooks(t *testing.T, want int, args ...string) string {
	t.Helper()
	out, err := exec.Command("/usr/bin/python3", append([]string{"nbexec.py"}, args...)...).CombinedOutput()
	code := 0
	if exit, ok := err.(*exec.ExitError); ok {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if code != want {
		t.Fatalf("nbexec.py %v: exit status %d, want %d; output:\n%s", args, code, want, out)
	}
	return string(out)
}

// section returns the runner's report on notebook name: its status line and
// any failure report that follows, up to the next notebook's line.
func section(out, name string) string {
	i := strings.Index(out, name)
	if i < 0 {
		return ""
	}
	rest := out[i:]
	if j := strings.Index(rest[len(name):], ".ipynb  "); j >= 0 {
		if k := strings.LastIndexByte(rest[:len(name)+j], '\n'); k >= 0 {
			return rest[:k]
		}
	}
	return rest
}

// TestRunnerOutsideTheRepository runs three notebooks saved in a folder
// outside the repository: a copy of the quickstart without its first cell
// (the toolkit's kernel alone makes the packages importable), a notebook
// whose check fails (the runner names the notebook, the cell, its source and
// the failing row, and still writes the executed notebook), and the old
// set-up cell on the plain gonb kernel, whose `go mod edit` fails outside the
// repository (GoNB reports that cell as ok; the runner must blame it, not
// the next cell).
func TestRunnerOutsideTheRepository(t *testing.T) {
	requireKernel(t)
	dir := t.TempDir()
	var quick map[string]any
	b, err := os.ReadFile("../notebooks/00_quickstart.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &quick); err != nil {
		t.Fatal(err)
	}
	quick["cells"] = quick["cells"].([]any)[1:] // no set-up cell at all
	if b, err = json.Marshal(quick); err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(dir, "95_copy.ipynb")
	if err := os.WriteFile(copyPath, b, 0o644); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "96_broken.ipynb")
	writeNotebook(t, broken, "sbcorr", "%noautoget",
		"import (\n\t\"fmt\"\n\t\"github.com/stockbond/sbcorr/check\"\n\t\"github.com/stockbond/sbcorr/plotting/nb\"\n)\n\n%%\nfmt.Println(\"before the check\")",
		"%%\nt := check.New(\"broken\")\nt.AddPrinted(\"implied correlation\", \"38.2%\", 0.40)\nnb.Check(t)",
		"%%\nfmt.Println(\"never reached\")")
	oldSetup := filepath.Join(dir, "97_old_setup.ipynb")
	writeNotebook(t, oldSetup, "gonb",
		"!*go mod edit -require=github.com/stockbond/sbcorr@v0.0.0 -replace=github.com/stockbond/sbcorr=$(cd \"$GONB_DIR\" && go list -m -f '{{.Dir}}')\n%noautoget\n%goflags -mod=mod",
		"import \"github.com/stockbond/sbcorr/check\"\n\n%%\ncheck.New(\"x\")")
	plain := filepath.Join(dir, "98_plain_gonb.ipynb")
	writeNotebook(t, plain, "gonb", readmeSetupCell(t), "import \"github.com/stockbond/sbcorr/check\"\n\n%%\ncheck.New(\"x\")")
	out := filepath.Join(dir, "out")
	text := runNotebooks(t, 1, "--out", out, copyPath, broken, oldSetup, plain)

	if s := section(text, "95_copy.ipynb"); !strings.Contains(s, " ok") {
		t.Errorf("quickstart copy without a set-up cell did not run:\n%s", s)
	}
	if b, err := os.ReadFile(filepath.Join(out, "95_copy.ipynb")); err != nil || !strings.Contains(string(b), "rho* (sigma_S = 15%, sigma_B = 4%)") {
		t.Errorf("the copy's check table is missing from its executed notebook (%v)", err)
	}
	s := section(text, "96_broken.ipynb")
	for _, want := range []string{"FAIL", "cell 3 failed", `t.AddPrinted("implied correlation", "38.2%", 0.40)`,
		"implied correlation: source 38.2%, ours 40.0%"} {
		if !strings.Contains(s, want) {
			t.Errorf("report on the broken check lacks %q:\n%s", want, s)
		}
	}
	executed, err := os.ReadFile(filepath.Join(out, "96_broken.ipynb"))
	if err != nil {
		t.Fatalf("executed notebook not written: %v", err)
	}
	if !strings.Contains(string(executed), "before the check") || strings.Contains(string(executed), "never reached\\n") {
		t.Errorf("executed notebook should keep outputs up to the failing cell and stop there")
	}
	if _, err := os.Stat(filepath.Join(out, "96_broken.html")); err != nil {
		t.Errorf("HTML report not written: %v", err)
	}
	if s := section(text, "98_plain_gonb.ipynb"); !strings.Contains(s, " ok") {
		t.Errorf("README's set-up cell for plain GoNB does not work:\n%s", s)
	}
	s = section(text, "97_old_setup.ipynb")
	for _, want := range []string{"FAIL", "cell 1 failed", "malformed import path", "exit status 1"} {
		if !strings.Contains(s, want) {
			t.Errorf("report on the old set-up cell lacks %q:\n%s", want, s)
		}
	}
}

// readmeSetupCell returns README's set-up cell for GoNB's own kernel (the
// code block holding %goworkfix) with this repository as the path.
func readmeSetupCell(t *testing.T) string {
	t.Helper()
	readme := read(t, "../README.md")
	i := strings.Index(readme, "%goworkfix")
	start := strings.LastIndex(readme[:max(i, 0)], "```\n")
	end := strings.Index(readme[max(i, 0):], "\n```")
	if i < 0 || start < 0 || end < 0 {
		t.Fatalf("README.md has no set-up cell with the %s command", "%goworkfix")
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(readme[start+4:i+end], "/path/to/sbcorr", repo)
}

// TestKernelWithAWrongRepositoryPath registers the toolkit's kernel with a
// repository path that does not exist, as after moving the repository, and
// runs a notebook on it as Jupyter does: the one-line message saying what to
// set is the output of the cell, and the kernel's stderr (the terminal of
// the Jupyter server) holds that line and nothing else.
func TestKernelWithAWrongRepositoryPath(t *testing.T) {
	requireKernel(t)
	dir := t.TempDir()
	repo := filepath.Join(dir, "moved", "sbcorr")
	out, err := exec.Command("/usr/bin/python3", "sbcorr_kernel.py", "install", filepath.Join(dir, "kernels"),
		"--repo", repo, "--gonb", "gonb").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "registered the Go (sbcorr) kernel") {
		t.Fatalf("install: %v\n%s", err, out)
	}
	nbPath := filepath.Join(dir, "new.ipynb")
	writeNotebook(t, nbPath, "sbcorr", "%%\nfmt.Println(\"hello\")")
	cmd := exec.Command("/usr/bin/jupyter", "nbconvert", "--to", "notebook", "--execute", "--output-dir", dir,
		"--output", "executed.ipynb", nbPath)
	cmd.Env = append(os.Environ(), "JUPYTER_PATH="+dir, "SBCORR_REPO=")
	kernelLog := filepath.Join(dir, "kernel.stderr")
	// nbconvert runs the kernel with its own stderr: the server's terminal.
	f, err := os.Create(kernelLog)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr, cmd.Stdout = f, f
	err = cmd.Run()
	f.Close()
	log, _ := os.ReadFile(kernelLog)
	if err == nil {
		t.Fatalf("the notebook ran with a missing repository:\n%s", log)
	}
	want := "sbcorr kernel: no Go module at " + repo + " (no go.mod): run `make setup` in the sbcorr repository " +
		"to register its path, or set SBCORR_REPO=/path/to/sbcorr for the Jupyter server"
	if n := strings.Count(string(log), want+"\n"); n < 2 {
		// once from the kernel's stderr, once in nbconvert's report of the cell's error output
		t.Errorf("the message appears %d times in the server log and cell report, want 2:\n%s", n, log)
	}
	for _, line := range strings.Split(string(log), "\n") {
		if strings.Contains(line, "Debugger") || strings.Contains(line, "frozen") {
			t.Errorf("the kernel log has noise besides the message: %q", line)
		}
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
	writeNotebook(t, path, "sbcorr", "%noautoget", fmt.Sprintf(runawayCell, info))
	text := runNotebooks(t, 1, "--out", filepath.Join(dir, "out"), "--timeout", "15", path)
	for _, want := range []string{"97_runaway.ipynb", "cell 2 failed", "cell timed out", "killed 2 processes left running"} {
		if !strings.Contains(text, want) {
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
