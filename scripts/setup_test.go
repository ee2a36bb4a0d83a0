// Package scripts_test tests the project's shell scripts and the files that
// wrap them (Dockerfile, README), which have no Go package of their own.
package scripts_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fakeBin returns a directory of stand-ins for apt-get, dpkg-query and sudo
// that record any call in the file calls, so a test can prove that setup.sh
// changed nothing.
func fakeBin(t *testing.T) (dir, calls string) {
	dir = t.TempDir()
	calls = filepath.Join(dir, "calls")
	for _, name := range []string{"apt-get", "dpkg-query", "sudo"} {
		script := "#!/bin/sh\necho " + name + " \"$@\" >> " + calls + "\nexit 1\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dir, calls
}

func TestSetupStopsOnNonDebianSystem(t *testing.T) {
	bin, calls := fakeBin(t)
	osRelease := filepath.Join(t.TempDir(), "os-release")
	if err := os.WriteFile(osRelease, []byte("ID=fedora\nID_LIKE=\"rhel centos\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "setup.sh")
	cmd.Env = append(os.Environ(), "SBCORR_OS_RELEASE="+osRelease, "PATH="+bin+":"+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	exit, ok := err.(*exec.ExitError)
	if !ok || exit.ExitCode() != 3 {
		t.Fatalf("setup.sh on Fedora: err %v, want exit status 3; output:\n%s", err, out)
	}
	for _, want := range []string{"not Debian-like", "nothing was changed", "jupyter-nbconvert", "go install tool", "gonb --install"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output does not mention %q:\n%s", want, out)
		}
	}
	if b, err := os.ReadFile(calls); err == nil {
		t.Errorf("setup.sh called package tools on a non-Debian system:\n%s", b)
	}
}

func TestSetupRecognisesDebianDerivatives(t *testing.T) {
	// Only the OS check runs here: a derivative (ID_LIKE=debian) passes it and
	// reaches the package query, which the fake dpkg-query records.
	bin, calls := fakeBin(t)
	osRelease := filepath.Join(t.TempDir(), "os-release")
	if err := os.WriteFile(osRelease, []byte("ID=ubuntu\nID_LIKE=debian\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "setup.sh")
	cmd.Env = append(os.Environ(), "SBCORR_OS_RELEASE="+osRelease, "PATH="+bin+":"+os.Getenv("PATH"))
	out, _ := cmd.CombinedOutput()
	b, err := os.ReadFile(calls)
	if err != nil || !strings.Contains(string(b), "dpkg-query") {
		t.Fatalf("setup.sh did not query packages on a Debian derivative; output:\n%s", out)
	}
	if strings.Contains(string(out), "not Debian-like") {
		t.Errorf("Debian derivative rejected:\n%s", out)
	}
}

// TestKernelInstall: sbcorr_kernel.py writes the "Go (sbcorr)" kernelspec
// (GoNB through the copy of the script beside it, the absolute repository
// path) and, run again, changes nothing and says nothing.
func TestKernelInstall(t *testing.T) {
	dir := t.TempDir()
	install := func() string {
		out, err := exec.Command("/usr/bin/python3", "sbcorr_kernel.py", "install", dir, "--repo", "..", "--gonb", "/x/gonb").CombinedOutput()
		if err != nil {
			t.Fatalf("install: %v\n%s", err, out)
		}
		return string(out)
	}
	if out := install(); !strings.Contains(out, "registered the Go (sbcorr) kernel") {
		t.Errorf("first install said %q", out)
	}
	spec, err := os.ReadFile(filepath.Join(dir, "sbcorr", "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	repo, _ := filepath.Abs("..")
	for _, want := range []string{`"display_name": "Go (sbcorr)"`, `"` + filepath.Join(dir, "sbcorr", "sbcorr_kernel.py") + `"`,
		`"--repo",`, `"` + repo + `"`, `"/x/gonb"`, `"{connection_file}"`, `"interrupt_mode": "message"`} {
		if !strings.Contains(string(spec), want) {
			t.Errorf("kernel.json lacks %s:\n%s", want, spec)
		}
	}
	if out := install(); out != "" {
		t.Errorf("second install said %q, want nothing", out)
	}
}
