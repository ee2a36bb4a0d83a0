// Package report builds the reproduction report of the notebooks: every
// check row the executed notebooks emitted (plotting/nb.Check writes them as
// JSON beside their HTML), grouped by source document and exhibit, with its
// status, our value, the source value and the tolerance; the data files each
// notebook read (sha256 and date range); and the versions of the toolchain
// and of the module. `make report` runs it (cmd/report) and writes
// out/report.json, report.md and report.html. The JSON is stable (sorted,
// no timestamps), so two runs or two commits can be compared with Diff.
package report

import (
	"sort"

	"github.com/stockbond/sbcorr/check"
)

// Version is the layout version of the report's JSON.
const Version = 1

// Report is the reproduction report.
type Report struct {
	Version   int            `json:"version"`
	Module    Module         `json:"module"`
	Counts    check.Counts   `json:"counts"`
	Notebooks []Notebook     `json:"notebooks"`
	Docs      []DocSection   `json:"docs"`
	Data      []DataFile     `json:"data"`
	Rows      []check.Record `json:"rows"` // every row, sorted by key
}

// Module says which code produced the report.
type Module struct {
	Commit string            `json:"commit"` // git HEAD, "+dirty" when the tree had changes
	Tools  map[string]string `json:"tools"`  // "go", "gonb", "gonum", "gonum/plot": versions
}

// Notebook is one executed notebook: its status and its rows per status.
type Notebook struct {
	Name   string       `json:"name"`   // "03_rolling_correlation"
	Status string       `json:"status"` // "ok", "failed" or "not run"
	Counts check.Counts `json:"counts"`
	Data   []string     `json:"data"` // catalogue names of the files it read
}

// DocSection is the part of the report on one source document: its exhibits.
type DocSection struct {
	ID       string       `json:"id"`
	Citation string       `json:"citation"`
	Counts   check.Counts `json:"counts"`
	Exhibits []Exhibit    `json:"exhibits"`
}

// Exhibit is one table, figure, equation or page of a source document and
// the keys of the rows that compare with it.
type Exhibit struct {
	Place string   `json:"place"`
	Keys  []string `json:"keys"`
}

// DataFile is one data file read by the notebooks.
type DataFile struct {
	Name      string   `json:"name"` // catalogue name, e.g. "fred_daily/DGS10"
	SHA256    string   `json:"sha256"`
	First     string   `json:"first"` // first date, YYYY-MM-DD
	Last      string   `json:"last"`
	Rows      int      `json:"rows"`
	Source    string   `json:"source"` // publisher's URL
	Notebooks []string `json:"notebooks"`
}

// docsByID indexes the source documents of package check.
func docsByID() map[string]check.Doc {
	m := map[string]check.Doc{}
	for _, d := range check.Docs {
		m[d.ID] = d
	}
	return m
}

// group fills r.Docs from r.Rows: per document in bibliography order (rows
// naming no document last, under "(no source)"), per place in order of
// first appearance by key.
func (r *Report) group() {
	byID := docsByID()
	order := map[string]int{}
	for i, d := range check.Docs {
		order[d.ID] = i
	}
	docs := map[string]*DocSection{}
	for _, row := range r.Rows {
		d := docs[row.Doc]
		if d == nil {
			d = &DocSection{ID: row.Doc, Citation: byID[row.Doc].Citation}
			if row.Doc == "" {
				d.ID, d.Citation = "", "(no source named)"
			}
			docs[row.Doc] = d
		}
		k := -1
		for i, e := range d.Exhibits {
			if e.Place == row.Place {
				k = i
			}
		}
		if k < 0 {
			d.Exhibits = append(d.Exhibits, Exhibit{Place: row.Place})
			k = len(d.Exhibits) - 1
		}
		d.Exhibits[k].Keys = append(d.Exhibits[k].Keys, row.Key)
	}
	r.Docs = nil
	for _, d := range docs {
		var recs []check.Record
		for _, row := range r.Rows {
			if row.Doc == d.ID {
				recs = append(recs, row)
			}
		}
		d.Counts = check.Tally(recs)
		sort.SliceStable(d.Exhibits, func(i, j int) bool { return placeLess(d.Exhibits[i].Place, d.Exhibits[j].Place) })
		r.Docs = append(r.Docs, *d)
	}
	sort.Slice(r.Docs, func(i, j int) bool {
		oi, ok1 := order[r.Docs[i].ID]
		oj, ok2 := order[r.Docs[j].ID]
		if ok1 != ok2 {
			return ok1
		}
		return oi < oj
	})
}
