package nb

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/stockbond/sbcorr/check"
)

// The rows every nb.Check of a notebook run has shown, for Scoreboard.
//
// GoNB runs each cell as a separate program, so the rows of earlier cells
// live in a file: SessionFile, in the directory GoNB v0.11.5 creates for
// each kernel and passes to every cell program as $GONB_TMP_DIR
// (/tmp/gonb_<8 random hex digits>, made with os.Mkdir at kernel start, so
// always new, and removed when the kernel stops). A kernel runs one
// notebook once (Jupyter and nbconvert, through scripts/nbexec.py, start a
// kernel per notebook), so two notebooks or two runs never share the file.
// Outside GoNB (go test, a plain program) the rows stay in the process.

// SessionFile is the name of the file in $GONB_TMP_DIR that collects the
// check rows of a kernel session, one check.Record per line (JSON).
const SessionFile = "sbcorr-checks.jsonl"

// NotebookEnv is the environment variable holding the notebook's name
// (without ".ipynb"), which goes into every row's key. scripts/nbexec.py
// sets it for the kernel, and cell programs inherit it. When it is set the
// notebook runs headless, each cell once, so a key checked by an earlier
// cell is an error; when it is not (an interactive session, where a cell
// may be run again), a key checked again replaces the earlier row.
const NotebookEnv = "SBCORR_NOTEBOOK"

// Notebook returns the notebook's name from NotebookEnv, or "" when unset.
func Notebook() string { return os.Getenv(NotebookEnv) }

var (
	mu     sync.Mutex
	memory []check.Record  // the session outside GoNB
	seen   map[string]bool // keys checked by this program (this cell)
)

// sessionPath returns the session file, or "" outside GoNB.
func sessionPath() string {
	dir := os.Getenv("GONB_TMP_DIR")
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, SessionFile)
}

// record adds recs to the session. It returns an error, and records
// nothing, when a key repeats within recs, repeats a key this program has
// already checked, or, in a headless run (NotebookEnv set), a key an
// earlier cell checked.
func record(recs []check.Record) error {
	mu.Lock()
	defer mu.Unlock()
	if k, dup := check.DuplicateKey(recs); dup {
		return fmt.Errorf("row key %q appears twice in the table", k)
	}
	if seen == nil {
		seen = map[string]bool{}
	}
	for _, r := range recs {
		if seen[r.Key] {
			return fmt.Errorf("row key %q was already checked in this cell", r.Key)
		}
	}
	path := sessionPath()
	if path != "" && Notebook() != "" {
		earlier, err := readSession(path)
		if err != nil {
			return err
		}
		if k, dup := check.DuplicateKey(append(earlier, recs...)); dup {
			return fmt.Errorf("row key %q was already checked in an earlier cell", k)
		}
	}
	if err := appendSession(path, recs); err != nil {
		return err
	}
	for _, r := range recs {
		seen[r.Key] = true
	}
	return nil
}

// appendSession writes recs to the session file at path, or to memory
// when path is "".
func appendSession(path string, recs []check.Record) error {
	if path == "" {
		memory = append(memory, recs...)
		return nil
	}
	var buf []byte
	for _, r := range recs {
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("row %q: %w", r.Key, err)
		}
		buf = append(append(buf, b...), '\n')
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(buf); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readSession reads the records of the session file (none when it does not
// exist yet), naming the line of a record it cannot read.
func readSession(path string) ([]check.Record, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []check.Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for line := 1; sc.Scan(); line++ {
		var r check.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// Checked returns the rows checked so far in this session (this kernel's
// notebook run; this program outside GoNB), in the order they were first
// checked; a row checked again (a cell run again interactively) appears
// once, with its latest values.
func Checked() ([]check.Record, error) {
	mu.Lock()
	defer mu.Unlock()
	recs := append([]check.Record(nil), memory...)
	if path := sessionPath(); path != "" {
		var err error
		if recs, err = readSession(path); err != nil {
			return nil, fmt.Errorf("nb: Checked: %w", err)
		}
	}
	at := map[string]int{}
	var out []check.Record
	for _, r := range recs {
		if i, ok := at[r.Key]; ok {
			out[i] = r
			continue
		}
		at[r.Key] = len(out)
		out = append(out, r)
	}
	return out, nil
}
