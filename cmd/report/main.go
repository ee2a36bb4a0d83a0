// Command report writes the reproduction report of the executed notebooks
// (see package internal/report): `make report` runs it after the notebooks.
//
// Usage:
//
//	go run ./cmd/report [-dir out] [-repo .] [-base old/report.json] [NOTEBOOK...]
//
// It reads DIR/NAME.ipynb and DIR/NAME.data.jsonl for every notebook of
// notebooks/ (or the names given), writes DIR/report.json, report.md and
// report.html, and prints one line per notebook. With -base it then prints
// the rows whose status, value or source changed since that report.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/stockbond/sbcorr/internal/report"
)

func main() {
	dir := flag.String("dir", "out", "folder of the executed notebooks; the report is written there")
	repo := flag.String("repo", ".", "the module's folder")
	base := flag.String("base", "", "an earlier report.json to compare with")
	flag.Parse()
	if err := run(*dir, *repo, *base, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(dir, repo, base string, names []string) error {
	if len(names) == 0 {
		paths, err := filepath.Glob(filepath.Join(repo, "notebooks", "*.ipynb"))
		if err != nil {
			return err
		}
		for _, p := range paths {
			names = append(names, strings.TrimSuffix(filepath.Base(p), ".ipynb"))
		}
	}
	r, err := report.Build(dir, repo, names)
	if err != nil {
		return err
	}
	js, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		return err
	}
	for name, data := range map[string][]byte{"report.json": append(js, '\n'), "report.md": []byte(r.Markdown()), "report.html": []byte(r.HTML())} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	for _, nb := range r.Notebooks {
		c := nb.Counts
		fmt.Printf("%-38s %-7s %3d rows: %3d reproduced, %3d consistent, %2d not reproduced, %2d not attempted\n",
			nb.Name, nb.Status, c.Total(), c.Reproduced, c.Consistent, c.NotReproduced, c.NotAttempted)
	}
	fmt.Printf("report: %d rows in %s/report.{html,md,json}\n", r.Counts.Total(), dir)
	if base == "" {
		return nil
	}
	b, err := os.ReadFile(base)
	if err != nil {
		return err
	}
	var old report.Report
	if err := json.Unmarshal(b, &old); err != nil {
		return fmt.Errorf("report: %s: %w", base, err)
	}
	changes := report.Diff(old, r)
	fmt.Printf("%d rows changed since %s (commit %s):\n", len(changes), base, old.Module.Commit)
	for _, c := range changes {
		fmt.Println(c)
	}
	return nil
}
