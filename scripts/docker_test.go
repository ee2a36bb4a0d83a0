package scripts_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestDockerfileWrapsSetup checks what cannot be built here (no Docker
// engine): the Dockerfile runs the same setup script as CI, and the port and
// commands README gives for Docker match the Dockerfile.
func TestDockerfileWrapsSetup(t *testing.T) {
	docker := read(t, "../Dockerfile")
	readme := read(t, "../README.md")
	if !regexp.MustCompile(`(?m)^RUN bash scripts/setup\.sh$`).MatchString(docker) {
		t.Error("Dockerfile does not RUN bash scripts/setup.sh")
	}
	expose := regexp.MustCompile(`(?m)^EXPOSE (\d+)$`).FindStringSubmatch(docker)
	if expose == nil {
		t.Fatal("Dockerfile has no EXPOSE line")
	}
	port := expose[1]
	if !strings.Contains(docker, `"PORT=`+port+`"`) {
		t.Errorf("Dockerfile CMD does not start the server on the exposed port %s", port)
	}
	for _, want := range []string{"docker build -t sbcorr .", "-p 127.0.0.1:" + port + ":" + port, "http://localhost:" + port} {
		if !strings.Contains(readme, want) {
			t.Errorf("README.md lacks %q (Docker usage must match the Dockerfile)", want)
		}
	}
	if regexp.MustCompile(`-p \d+:\d+`).MatchString(readme) {
		t.Error("README.md publishes a port on every host interface (want -p 127.0.0.1:...)")
	}
}

// TestDockerfileUnprivilegedAndPinned: the server and the kernel (which runs
// every cell's code) run as a non-root user, without --allow-root, and the
// base image is the exact Go release go.mod requires.
func TestDockerfileUnprivilegedAndPinned(t *testing.T) {
	docker := read(t, "../Dockerfile")
	users := regexp.MustCompile(`(?m)^USER (\S+)$`).FindAllStringSubmatch(docker, -1)
	if len(users) == 0 || users[len(users)-1][1] == "root" || users[len(users)-1][1] == "0" {
		t.Errorf("the Dockerfile's last USER is %v, want a non-root user", users)
	}
	if strings.Contains(docker, "allow-root") {
		t.Error("the Dockerfile starts Jupyter with --allow-root")
	}
	goVersion := regexp.MustCompile(`(?m)^go (\S+)$`).FindStringSubmatch(read(t, "../go.mod"))
	from := regexp.MustCompile(`(?m)^FROM (\S+)$`).FindStringSubmatch(docker)
	if goVersion == nil || from == nil || !strings.HasPrefix(from[1], "golang:"+goVersion[1]+"-") {
		t.Errorf("FROM %v, want golang:<go.mod's go %v>-...", from, goVersion)
	}
}

// TestReadmeCommandsMatchCI checks that README gives the two commands and that
// .ci/run runs exactly the README's test command.
func TestReadmeCommandsMatchCI(t *testing.T) {
	readme := read(t, "../README.md")
	ci := read(t, "../.ci/run")
	for _, cmd := range []string{"make notebooks", "make test"} {
		if !strings.Contains(readme, "\n"+cmd+"\n") {
			t.Errorf("README.md does not give %q on a line of its own", cmd)
		}
	}
	if !regexp.MustCompile(`(?m)^make test$`).MatchString(ci) {
		t.Error(".ci/run does not run `make test`")
	}
	for _, env := range []string{"SBCORR_DATA=", "SBCORR_REQUIRE_DATA=1"} {
		if !strings.Contains(ci, env) {
			t.Errorf(".ci/run does not set %s", env)
		}
	}
}
