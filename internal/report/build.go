package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/stockbond/sbcorr/check"
	"github.com/stockbond/sbcorr/datasets"
)

// CheckMIME is the MIME type under which plotting/nb.Check emits its rows
// (kept equal to nb.CheckMIME by a test: this package does not import the
// notebook glue).
const CheckMIME = "application/vnd.sbcorr.check+json"

// ipynb is the part of an executed notebook the report reads.
type ipynb struct {
	Cells []struct {
		CellType string `json:"cell_type"`
		Outputs  []struct {
			OutputType string                     `json:"output_type"`
			Name       string                     `json:"name"`
			Data       map[string]json.RawMessage `json:"data"`
		} `json:"outputs"`
	} `json:"cells"`
}

// Build reads the executed notebooks names (without .ipynb) from dir, their
// check rows and data logs (NAME.data.jsonl, see datasets.EnvDataLog), and
// returns the report; repo is the module's folder (for go.mod and git).
func Build(dir, repo string, names []string) (Report, error) {
	r := Report{Version: Version, Module: module(repo)}
	files := map[string]*DataFile{}
	for _, name := range names {
		nb := Notebook{Name: name, Status: "not run"}
		recs, failed, err := readNotebook(filepath.Join(dir, name+".ipynb"))
		switch {
		case os.IsNotExist(err):
		case err != nil:
			return r, err
		default:
			nb.Status = "ok"
			if failed {
				nb.Status = "failed"
			}
		}
		for i := range recs {
			if recs[i].Notebook == "" { // interactive run: name it
				recs[i].Notebook = name
				recs[i].Key = check.Key(name, recs[i].Table, recs[i].Row)
			}
		}
		nb.Counts = check.Tally(recs)
		r.Rows = append(r.Rows, recs...)
		if nb.Data, err = readDataLog(filepath.Join(dir, name+".data.jsonl"), name, files); err != nil {
			return r, err
		}
		r.Notebooks = append(r.Notebooks, nb)
	}
	if k, dup := check.DuplicateKey(r.Rows); dup {
		return r, fmt.Errorf("report: Build: row key %q appears twice", k)
	}
	r.Counts = check.Tally(r.Rows)
	for _, f := range files {
		sort.Strings(f.Notebooks)
		r.Data = append(r.Data, *f)
	}
	sort.Slice(r.Data, func(i, j int) bool { return r.Data[i].Name < r.Data[j].Name })
	r.group()
	return r, nil
}

// readNotebook returns the check rows an executed notebook emitted and
// whether a cell failed (an error output).
func readNotebook(path string) (recs []check.Record, failed bool, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, false, err
	}
	var nb ipynb
	if err := json.Unmarshal(b, &nb); err != nil {
		return nil, false, fmt.Errorf("report: %s: %w", path, err)
	}
	for _, c := range nb.Cells {
		for _, o := range c.Outputs {
			if o.OutputType == "error" {
				failed = true
			}
			raw, ok := o.Data[CheckMIME]
			if !ok {
				continue
			}
			var doc struct {
				Version int            `json:"version"`
				Rows    []check.Record `json:"rows"`
			}
			if err := json.Unmarshal(raw, &doc); err != nil {
				return nil, false, fmt.Errorf("report: %s: check rows: %w", path, err)
			}
			if doc.Version != check.RecordsVersion {
				return nil, false, fmt.Errorf("report: %s: check rows of version %d, want %d", path, doc.Version, check.RecordsVersion)
			}
			recs = append(recs, doc.Rows...)
		}
	}
	for _, rec := range recs {
		failed = failed || !rec.Pass
	}
	return recs, failed, nil
}

// readDataLog adds the files of a notebook's data log to files and returns
// their catalogue names, sorted and without repeats.
func readDataLog(path, notebook string, files map[string]*DataFile) ([]string, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	seen := map[string]bool{}
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var line datasets.DataLogLine
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			return nil, fmt.Errorf("report: %s: %w", path, err)
		}
		e, prov, err := datasets.Describe(line.File)
		if err != nil {
			return nil, fmt.Errorf("report: %s: %w", path, err)
		}
		if seen[e.Name] {
			continue
		}
		seen[e.Name] = true
		names = append(names, e.Name)
		df := files[e.Name]
		if df == nil {
			df = &DataFile{Name: e.Name, SHA256: prov.SHA256, First: prov.First.Format("2006-01-02"),
				Last: prov.Last.Format("2006-01-02"), Rows: prov.Rows, Source: e.URL}
			files[e.Name] = df
		}
		if df.SHA256 != line.SHA256 {
			return nil, fmt.Errorf("report: Build: %s changed while the notebooks ran (sha256 %s, then %s)", e.Name, line.SHA256, df.SHA256)
		}
		df.Notebooks = append(df.Notebooks, notebook)
	}
	sort.Strings(names)
	return names, sc.Err()
}

// module returns the commit of repo and the versions of the toolchain and
// of the pinned modules in its go.mod.
func module(repo string) Module {
	m := Module{Commit: "unknown", Tools: map[string]string{"go": runtime.Version()}}
	if out, err := exec.Command("git", "-C", repo, "rev-parse", "HEAD").Output(); err == nil {
		m.Commit = strings.TrimSpace(string(out))
		if st, err := exec.Command("git", "-C", repo, "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(bytes.TrimSpace(st)) > 0 {
			m.Commit += "+dirty"
		}
	}
	gomod, err := os.ReadFile(filepath.Join(repo, "go.mod"))
	if err != nil {
		return m
	}
	for _, l := range strings.Split(string(gomod), "\n") {
		f := strings.Fields(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "require")))
		if len(f) < 2 {
			continue
		}
		switch f[0] {
		case "github.com/janpfeifer/gonb":
			m.Tools["gonb"] = f[1]
		case "gonum.org/v1/gonum":
			m.Tools["gonum"] = f[1]
		case "gonum.org/v1/plot":
			m.Tools["gonum/plot"] = f[1]
		}
	}
	return m
}
